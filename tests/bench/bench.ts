/**
 * `npm run bench`: what the content script costs a page, in one run, side by side with the floor
 * (a bare TreeWalker pass over the same page, in the page's world and in an isolated world like the
 * content script's; on the live pages, a content script that only reads each text the page shows:
 * tests/bench/live-floor) and with mark.js marking the same terms.
 * Prints figures, ratios and budgets, and writes tests/.artifacts/bench.json.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import {
  assertBuilt,
  builtManifest,
  chromeBuild,
  firefoxBuild,
  launchChromium,
  launchToolbarChromium,
  root,
  type ChromiumSession,
} from '../harness/browsers';
import { startFixtureServer } from '../harness/server';
import { termCatalogue } from '../../lib/text/terms';
import { AFTER_STREAM_MS, articlePage, inlineBlockPage, liveBlogPage, STREAM_STARTS } from './pages';
import { realPages } from './real-pages';
import { firefoxRealPages, firefoxVersion, type FirefoxRow } from './firefox';
import { variantPattern } from '../../lib/text/spellings';

/** The fixture server, with the pages the benchmark generates registered on it. */
type BenchServer = Awaited<ReturnType<typeof startFixtureServer>>;

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
/**
 * Opens of the popup and of the plain file, in turn. A first paint falls on one of the bubble's frames,
 * so single opens scatter by frames, and a median of 7 moved by a frame from one run to the next
 * (docs/performance.md, "The popup's figure").
 */
const POPUP_OPENS = 25;
const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
/** The middle value, or the mean of the two middle values of an even count (the real-page set has 8 pages). */
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : s.length ? (s[mid - 1]! + s[mid]!) / 2 : NaN;
};

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread actually ran during the event. */
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string; message?: string }; worldName?: string };
}

/** Records a Chrome trace around `during`, returning its events. */
async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await during();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The extension's name, which is also the name of its content script's JavaScript world. */
const extensionName = builtManifest(chromeBuild).name;

/**
 * Whether a trace event is the extension's script running: FunctionCall / EvaluateScript events
 * whose script URL is the extension's, and for the parts imported as modules on first use (the
 * card's view, the claim check: lib/extension/lazy-part.ts) their compilation, by URL, and evaluation, by the
 * content script's world.
 */
function isExtensionScript(e: TraceEvent, origin: string): boolean {
  if (e.ph !== 'X' || e.dur === undefined) return false;
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compileModule') {
    return e.args?.data?.url?.startsWith(origin) ?? false;
  }
  return e.name === 'v8.evaluateModule' && e.args?.worldName === extensionName;
}

/**
 * Main-thread time spent in the extension's scripts, merged where nested so nothing counts twice:
 * as wall time (what the budgets use), and as thread time, which leaves out the moments the thread
 * was waiting for a core (on this 2-core machine the browser's other threads compete during a load).
 */
function extensionTime(
  events: TraceEvent[],
  origin: string,
  streamFrom = Infinity,
): { total: number; longest: number; threadTotal: number; threadLongest: number; stream: number } {
  const spans = events
    .filter((e) => isExtensionScript(e, origin))
    .map((e) => [e.ts, e.ts + e.dur!, e.tid, e.tdur ?? e.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let longest = 0;
  let threadTotal = 0;
  let threadLongest = 0;
  let stream = 0;
  // [start, end, thread, thread time of its outermost events]
  let cur: [number, number, number, number] | null = null;
  const close = () => {
    if (!cur) return;
    total += cur[1] - cur[0];
    if (cur[0] >= streamFrom) stream += cur[1] - cur[0];
    longest = Math.max(longest, cur[1] - cur[0]);
    threadTotal += cur[3];
    threadLongest = Math.max(threadLongest, cur[3]);
  };
  for (const [s, e, tid, thread] of spans) {
    if (cur && tid === cur[2] && s <= cur[1]) {
      // Nested in the span (its thread time is already in its parent's), or running on from its end.
      if (e > cur[1]) cur[3] += thread;
      cur[1] = Math.max(cur[1], e);
    } else {
      close();
      cur = [s, e, tid, thread];
    }
  }
  close();
  return {
    total: total / 1000,
    longest: longest / 1000,
    threadTotal: threadTotal / 1000,
    threadLongest: threadLongest / 1000,
    stream: stream / 1000,
  };
}

/**
 * The page's own style recalculation on its main thread (the thread that parsed it). Not the
 * extension's script, but work it can cause: a stylesheet adopted late restyles every element.
 */
function pageStyleMs(events: TraceEvent[]): number {
  const tid = events.find((e) => e.name === 'ParseHTML')?.tid;
  return (
    events
      .filter((e) => e.tid === tid && e.ph === 'X' && e.name === 'UpdateLayoutTree')
      .reduce((t, e) => t + e.dur!, 0) / 1000
  );
}

/** In the page's world, before its scripts: when load fired and when the first mark appeared. */
const FIRST_MARK_PROBE = `
  window.benchProbe = { load: null, firstMark: null };
  addEventListener('load', () => { window.benchProbe.load = performance.now(); });
  (function poll() {
    if (CSS.highlights && CSS.highlights.size > 0) { window.benchProbe.firstMark = performance.now(); return; }
    requestAnimationFrame(poll);
  })();
`;

async function settle(page: Page, live: boolean): Promise<void> {
  if (live) {
    await page.waitForFunction(() => (window as unknown as { liveDone?: boolean }).liveDone === true, null, {
      timeout: 20_000,
    });
  }
  // Give the sliced scan and any trailing rescans time to finish; after a stream, its last posts wait up
  // to the longest back-off before they are read.
  await page.waitForTimeout(live ? AFTER_STREAM_MS : 1200);
}

interface WithExtension {
  scriptMs: number;
  longestTaskMs: number;
  scriptThreadMs: number;
  longestTaskThreadMs: number;
  pageStyleMs: number;
  firstMarkAfterLoadMs: number | null;
  marks: number;
  /** On a live page, the part of `scriptMs` from the first appended post on (the rest is start-up). */
  streamMs: number | null;
}

async function measureWithExtension(session: ChromiumSession, url: string, live: boolean): Promise<WithExtension> {
  const page = await session.context.newPage();
  await page.addInitScript({ content: FIRST_MARK_PROBE });
  const cdp = await session.context.newCDPSession(page);
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await settle(page, live);
  });
  const streamStart = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === STREAM_STARTS)?.ts;
  const { total, longest, threadTotal, threadLongest, stream } = extensionTime(
    events,
    session.extensionOrigin,
    streamStart,
  );
  const probe = await page.evaluate(() => {
    const b = (window as unknown as { benchProbe: { load: number | null; firstMark: number | null } }).benchProbe;
    let marks = 0;
    for (const h of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()) marks += h.size;
    return { ...b, marks };
  });
  await cdp.detach();
  await page.close();
  return {
    scriptMs: total,
    longestTaskMs: longest,
    scriptThreadMs: threadTotal,
    longestTaskThreadMs: threadLongest,
    pageStyleMs: pageStyleMs(events),
    firstMarkAfterLoadMs:
      probe.firstMark === null || probe.load === null ? null : Math.max(0, probe.firstMark - probe.load),
    marks: probe.marks,
    streamMs: live && streamStart !== undefined ? stream : null,
  };
}

/**
 * The floor: a bare TreeWalker pass reading every text node of the page, returning its time in ms.
 * A string, so it runs the same in the page's world and in an isolated world.
 */
const FLOOR_WALK = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  window.floorChars = chars;
  return performance.now() - t0;
})()`;

/**
 * Collects the loaded page's garbage: before its heap is read, and before a floor is walked. Left to
 * chance, a walk's first allocations now and then set off a collection of what loading the page left
 * behind, longer than the walk itself, so a floor's median moved by a third from one run to the next;
 * our content script, which runs as the page is parsed, meets next to no collection
 * (docs/performance.md, "The floors walked after a collection").
 */
async function collectPageGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
}

/**
 * The same floor walked from an isolated world, as a content script reads a page: its DOM objects
 * cost more to make there than in the page's own world. The long article's budget is set against it
 * (issue 31), the no-mentions page's against the page's world; both are printed for every page. Its
 * own load, so neither walk finds the other's work done.
 */
async function isolatedFloor(session: ChromiumSession, url: string): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(page, false);
  await collectPageGarbage(cdp);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'bench-floor',
  })) as { executionContextId: number };
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: FLOOR_WALK,
    contextId: executionContextId,
    returnByValue: true,
  })) as { result: { value: number } };
  await cdp.detach();
  await page.close();
  return result.value;
}

interface Bare {
  floorMs: number;
  markJsMs: number;
  pageStyleMs: number;
}

async function measureBare(session: ChromiumSession, url: string): Promise<Bare> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  // Loaded and left as long as with the extension, so the page's own style work compares.
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await settle(page, false);
  });
  await collectPageGarbage(cdp);
  await cdp.detach();
  const floorMs = (await page.evaluate(FLOOR_WALK)) as number;
  await page.evaluate(markJs);
  const variants = termCatalogue.flatMap((t) => t.variants);
  const markJsMs = await page.evaluate((terms) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { mark(t: string[], o: object): void } }).Mark;
    const t0 = performance.now();
    new Mark(document.body).mark(terms, { separateWordSearch: false, accuracy: 'exactly', acrossElements: true });
    return performance.now() - t0;
  }, variants);
  await page.close();
  return { floorMs, markJsMs, pageStyleMs: pageStyleMs(events) };
}

async function heapUsed(session: ChromiumSession, url: string): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(page, false);
  await collectPageGarbage(cdp);
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  await page.close();
  return usedSize;
}

/** A page's first contentful paint, and its time origin (epoch ms); a string, so it runs as written. */
const FIRST_CONTENT = `new Promise((resolve) => {
  const done = (at) => resolve({ fcp: at, timeOrigin: performance.timeOrigin });
  const seen = performance.getEntriesByName('first-contentful-paint')[0];
  if (seen) return done(seen.startTime);
  new PerformanceObserver((list) => {
    const e = list.getEntriesByName('first-contentful-paint')[0];
    if (e) done(e.startTime);
  }).observe({ type: 'paint', buffered: true });
})`;

/** The service worker's `chrome.action`, as far as the benchmark calls it there. */
declare const chrome: { action: { setPopup(details: { popup: string }): Promise<void>; openPopup(): Promise<void> } };

interface PopupTimes {
  /** First contentful paint after the popup's navigation began: the budget's figure. */
  firstContentMs: number;
  /** The same paint counted from the `action.openPopup()` call, as from a click on the toolbar button. */
  fromOpenMs: number;
}

/**
 * The toolbar popup as a user opens it: `action.openPopup()`, called from the service worker, opens
 * it in its bubble, which sizes itself to the page (a tab gives the page the window's size, and
 * painted the popup no later than a plain file; in the bubble the popup comes 1.1-1.4× later). Each
 * file in `files` is set as the popup in turn, so the popup is measured beside a plain file of the
 * extension opened the same way. Playwright does not attach to the popup's target; Puppeteer does.
 */
async function realPopupTimes(files: string[], opens: number): Promise<Record<string, PopupTimes>> {
  const { browser, worker, extensionOrigin: origin, close } = await launchToolbarChromium();
  try {
    // A window with a page in it, as the popup opens over one.
    await (await browser.newPage()).goto('about:blank');
    const times: Record<string, { fcp: number[]; fromOpen: number[] }> = {};
    for (let i = 0; i < opens; i++) {
      for (const file of files) {
        await worker.evaluate((popup) => chrome.action.setPopup({ popup }), file);
        const opened = browser.waitForTarget((t) => t.url() === `${origin}/${file}`, { timeout: 15_000 });
        const calledAt = await worker.evaluate(async () => {
          const at = Date.now();
          await chrome.action.openPopup();
          return at;
        });
        const popup = await (await opened).asPage();
        const { fcp, timeOrigin } = (await popup.evaluate(FIRST_CONTENT)) as { fcp: number; timeOrigin: number };
        const t = (times[file] ??= { fcp: [], fromOpen: [] });
        t.fcp.push(fcp);
        t.fromOpen.push(timeOrigin + fcp - calledAt);
        await popup.close();
      }
    }
    return Object.fromEntries(
      Object.entries(times).map(([file, t]) => [
        file,
        { firstContentMs: median(t.fcp), fromOpenMs: median(t.fromOpen) },
      ]),
    );
  } finally {
    await close();
  }
}

/** A live page's script time before its first post (each a median of its own, so the parts need not add up). */
const beforeStream = (e: WithExtension) => e.scriptMs - (e.streamMs ?? NaN);
const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '—' : n.toFixed(digits));
/** `n` as a multiple of `of`, or a dash where there is nothing to compare with (the live pages). */
const times = (n: number, of: number | null, digits = 2) => (of ? `${fmt(n / of, digits)}×` : '—');

/** Prints rows under a header, each column right-aligned to its widest cell. */
function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

/**
 * `BENCH_BASELINE=<another Chrome build's folder> npm run bench`: this build and that one, loaded in
 * turn on the same pages (the order flips every load), so a change is judged against run-to-run noise
 * rather than against another day's run. Prints both builds' medians and their ratio.
 */
/** The median first mark after `load` over some loads, or null on a page that names nothing. */
function firstMark(runs: WithExtension[]): number | null {
  const delays = runs.map((r) => r.firstMarkAfterLoadMs).filter((d): d is number => d !== null);
  return delays.length ? median(delays) : null;
}

async function compareBuilds(server: BenchServer, baselineDir: string): Promise<void> {
  const builds = { this: await launchChromium(), baseline: await launchChromium({ extensionDir: baselineDir }) };
  const rows: string[][] = [];
  // BENCH_PAGES=huge,long: only those pages, for a closer look with more loads.
  const only = process.env.BENCH_PAGES?.split(',');
  // The real-page set too, as real-<name> (real-tiny, real-live-burst, ...).
  const real = Object.entries(realPages()).map(([name, page]) => ({ name: `real-${name}`, ...page }));
  for (const { name, html } of real) server.addPage(`${name}.html`, html);
  const names = ['long', 'huge', 'live', 'live-none', 'none', 'inline', ...real.map((r) => r.name)];
  for (const name of names) {
    if (only ? !only.includes(name) : name.startsWith('real-')) continue;
    const url = server.url(`generated/${name}.html`);
    const live = name.startsWith('live') || real.some((r) => r.name === name && r.live);
    const runs: Record<keyof typeof builds, WithExtension[]> = { this: [], baseline: [] };
    for (let i = 0; i < LOADS; i++) {
      const order = i % 2 ? (['baseline', 'this'] as const) : (['this', 'baseline'] as const);
      for (const build of order) runs[build].push(await measureWithExtension(builds[build], url, live));
    }
    const m = (build: keyof typeof builds, key: 'scriptMs' | 'scriptThreadMs' | 'longestTaskMs') =>
      median(runs[build].map((r) => r[key]));
    rows.push([
      name,
      fmt(m('this', 'scriptMs')),
      fmt(m('baseline', 'scriptMs')),
      times(m('this', 'scriptMs'), m('baseline', 'scriptMs')),
      fmt(m('this', 'scriptThreadMs')),
      fmt(m('baseline', 'scriptThreadMs')),
      times(m('this', 'scriptThreadMs'), m('baseline', 'scriptThreadMs')),
      fmt(m('this', 'longestTaskMs')),
      fmt(m('baseline', 'longestTaskMs')),
      `${median(runs.this.map((r) => r.marks))} / ${median(runs.baseline.map((r) => r.marks))}`,
      `${fmt(firstMark(runs.this), 0)} / ${fmt(firstMark(runs.baseline), 0)} ms`,
    ]);
  }
  console.log(`\nThis build against ${baselineDir}, alternating, medians of ${LOADS} loads each:`);
  printTable(
    [
      'page',
      'script',
      'baseline',
      'ratio',
      'thread',
      'baseline',
      'ratio',
      'longest task',
      'baseline',
      'marks',
      'first mark',
    ],
    rows,
  );
  await Promise.all(Object.values(builds).map((b) => b.close()));
}

/** The floor extension (tests/bench/floor-extension), with the one regex of every name's spellings written in. */
function floorExtensionDir(): string {
  const dir = join(root, 'tests/bench/floor-extension');
  // Every spelling of every name, as the matcher accepts it, with none of its word boundaries or context.
  const names = termCatalogue
    .flatMap((t) => t.variants)
    .map(variantPattern)
    .join('|');
  writeFileSync(join(dir, 'names.js'), `var FLOOR_NAMES = new RegExp(${JSON.stringify(names)}, 'iu');\n`);
  return dir;
}

interface RealPageRow {
  page: string;
  ours: number;
  floor: number;
  ratio: number;
  /** The same in thread time: the waits for a core left out (docs/performance.md, "The real-page set's two clocks"). */
  oursThread: number;
  floorThread: number;
  oursLongest: number;
  floorLongest: number;
  marks: number;
  /** The same page in Firefox: each add-on's main-thread ms a load, from the Gecko profiler's samples. */
  firefox?: FirefoxRow;
}

/**
 * The real-page set (tests/bench/real-pages.ts): our main-thread time and longest slice beside the floor
 * extension's, loaded in turn (the order flips every load), medians of `LOADS` loads. Each extension in a
 * browser of its own, both launched here, so neither comes to the set after the other's history (the
 * huge page's loads, say).
 */
async function realPageSet(server: BenchServer): Promise<RealPageRow[]> {
  const floorDir = floorExtensionDir();
  const ours = await launchChromium();
  const floor = await launchChromium({ extensionDir: floorDir });
  const rows: RealPageRow[] = [];
  const urls: Record<string, { url: string; live: boolean }> = {};
  for (const [name, { html, live }] of Object.entries(realPages())) {
    server.addPage(`real-${name}.html`, html);
    const url = server.url(`generated/real-${name}.html`);
    urls[name] = { url, live };
    const runs = { ours: [] as WithExtension[], floor: [] as WithExtension[] };
    for (let i = 0; i < LOADS; i++) {
      const order = i % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const);
      for (const which of order)
        runs[which].push(await measureWithExtension(which === 'ours' ? ours : floor, url, live));
    }
    const m = (which: 'ours' | 'floor', key: 'scriptMs' | 'scriptThreadMs' | 'longestTaskMs') =>
      median(runs[which].map((r) => r[key]));
    rows.push({
      page: name,
      ours: m('ours', 'scriptMs'),
      floor: m('floor', 'scriptMs'),
      ratio: m('ours', 'scriptMs') / m('floor', 'scriptMs'),
      oursThread: m('ours', 'scriptThreadMs'),
      floorThread: m('floor', 'scriptThreadMs'),
      oursLongest: m('ours', 'longestTaskMs'),
      floorLongest: m('floor', 'longestTaskMs'),
      marks: median(runs.ours.map((r) => r.marks)),
    });
  }
  await Promise.all([ours.close(), floor.close()]);
  // `BENCH_FIREFOX=0` leaves Firefox out, for a quicker look at Chromium alone.
  if (process.env.BENCH_FIREFOX !== '0') {
    for (const row of await firefoxRealPages(urls, floorDir, LOADS)) {
      rows.find((r) => r.page === row.page)!.firefox = row;
    }
  }
  return rows;
}

/** Issue 31's budgets on the real-page set: ratios to the floor extension measured in the same run. */
function realPageBudgets(rows: RealPageRow[]): [string, boolean, string][] {
  const ratio = median(rows.map((r) => r.ratio));
  const tiny = rows.find((r) => r.page === 'tiny')!;
  const worst = rows.reduce((a, b) => (b.oursLongest > a.oursLongest ? b : a));
  return [
    ['real pages: median ≤ 2× the floor extension', ratio <= 2, `${fmt(ratio, 2)}×`],
    [
      // Everything we run on a page of nine text nodes that names nothing is start-up, or an upper bound on it.
      'nine text nodes, no names: all our script ≤ 2× the floor extension’s whole cost',
      tiny.ours <= 2 * tiny.floor,
      `${fmt(tiny.ours)} ms against ${fmt(tiny.floor)} ms, ${fmt(tiny.ours / tiny.floor, 2)}×`,
    ],
    ['real pages: no slice over 16 ms', worst.oursLongest <= 16, `${fmt(worst.oursLongest)} ms on ${worst.page}`],
  ];
}

function printRealPages(rows: RealPageRow[]): void {
  console.log(
    `\nReal-page set (tests/bench/real-pages.ts): main-thread script time against the floor extension (a content\n` +
      `script that reads every text node once and tests one regex of the names), medians of ${LOADS} loads each:`,
  );
  const firefox = (r: RealPageRow) =>
    r.firefox
      ? [fmt(r.firefox.ours), fmt(r.firefox.floor), `${fmt(r.firefox.ours / r.firefox.floor, 2)}×`]
      : ['—', '—', '—'];
  const withFirefox = rows.filter((r) => r.firefox);
  const firefoxMedian = withFirefox.length
    ? [
        fmt(median(withFirefox.map((r) => r.firefox!.ours))),
        fmt(median(withFirefox.map((r) => r.firefox!.floor))),
        `${fmt(median(withFirefox.map((r) => r.firefox!.ours / r.firefox!.floor)), 2)}×`,
      ]
    : ['—', '—', '—'];
  printTable(
    [
      'page',
      'ours ms',
      'floor ms',
      'ours/floor',
      'thread: ours / floor',
      'longest slice ours',
      'longest slice floor',
      'marks',
      'Firefox ours ms',
      'Firefox floor ms',
      'Firefox ours/floor',
    ],
    [
      ...rows.map((r) => [
        r.page,
        fmt(r.ours),
        fmt(r.floor),
        `${fmt(r.ratio, 2)}×`,
        `${fmt(r.oursThread)} / ${fmt(r.floorThread)}, ${fmt(r.oursThread / r.floorThread, 2)}×`,
        fmt(r.oursLongest),
        fmt(r.floorLongest),
        String(r.marks),
        ...firefox(r),
      ]),
      [
        'median',
        fmt(median(rows.map((r) => r.ours))),
        fmt(median(rows.map((r) => r.floor))),
        `${fmt(median(rows.map((r) => r.ratio)), 2)}×`,
        `${fmt(median(rows.map((r) => r.oursThread / r.floorThread)), 2)}×`,
        fmt(median(rows.map((r) => r.oursLongest))),
        fmt(median(rows.map((r) => r.floorLongest))),
        '',
        ...firefoxMedian,
      ],
    ],
  );
  if (withFirefox.length) {
    console.log(
      `Firefox (${firefoxVersion()}): both add-ons in one Firefox, the Gecko profiler sampling every page process's\n` +
        `main thread each 0.5 ms; an add-on's time is its samples (stacks running its scripts) a load, means of ${LOADS} loads.`,
    );
  }
}

/**
 * `BENCH_SET=startup`: our trace events on a page of nine text nodes that names nothing (where the content
 * script only looks), and on the same page naming Muse Spark once (where it starts its work).
 */
async function startupProfile(server: BenchServer, loads: number): Promise<void> {
  const tiny = realPages().tiny!.html;
  const pages = { 'names nothing': tiny, 'names Muse Spark': tiny.replace('One line.', 'Muse Spark, one line.') };
  const session = await launchChromium();
  for (const [which, html] of Object.entries(pages)) {
    const file = `startup-${which.replace(/ /g, '-')}.html`;
    server.addPage(file, html);
    const perLoad: Map<string, number>[] = [];
    for (let i = 0; i < loads; i++) perLoad.push(await startupEvents(session, server.url(`generated/${file}`)));
    const keys = [...new Set(perLoad.flatMap((m) => [...m.keys()]))];
    const rows = keys.map((k) => [k, median(perLoad.map((m) => m.get(k) ?? 0))] as const).sort((x, y) => y[1] - x[1]);
    console.log(
      `\nStart-up on a page of nine text nodes that ${which}, by trace event (nested events overlap), medians of ${loads} loads:`,
    );
    printTable(
      ['event and file', 'ms'],
      rows.map(([k, v]) => [k, fmt(v, 2)]),
    );
  }
  await session.close();
}

/** One load's main-thread trace events of ours, summed by name and file. */
async function startupEvents(session: ChromiumSession, url: string): Promise<Map<string, number>> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, false);
  });
  const parse = events.find((e) => e.name === 'ParseHTML')?.tid;
  const sums = new Map<string, number>();
  for (const e of events) {
    const eventUrl = e.args?.data?.url ?? '';
    const ours = eventUrl.startsWith(session.extensionOrigin) || e.args?.worldName === extensionName;
    if (e.ph !== 'X' || e.dur === undefined || !ours || e.tid !== parse) continue;
    const key = `${e.name} ${eventUrl.split('/').pop() || '(content script world)'}`;
    sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
  }
  await cdp.detach();
  await page.close();
  return sums;
}

async function main() {
  // Both builds before anything is measured: a missing Firefox build would otherwise end the run at its last step.
  assertBuilt(chromeBuild);
  if (process.env.BENCH_FIREFOX !== '0') assertBuilt(firefoxBuild);
  const server = await startFixtureServer();
  const pages = {
    long: articlePage(4000, 20),
    huge: articlePage(20000, 20),
    live: liveBlogPage(),
    // Not a budget of its own: how little a stream that names nothing costs beside one that does.
    'live-none': liveBlogPage(false),
    none: articlePage(4000, null),
    // One <p> of 10,000 inline elements: read in parts, so no slice grows with it.
    inline: inlineBlockPage(10_000),
  };
  for (const [name, html] of Object.entries(pages)) server.addPage(`${name}.html`, html);
  if (process.env.BENCH_BASELINE) {
    await compareBuilds(server, process.env.BENCH_BASELINE);
    await server.close();
    return;
  }

  if (process.env.BENCH_SET === 'popup') {
    // `BENCH_SET=popup`: the popup beside a plain file, and any other page of the build
    // named in BENCH_POPUP_FILES (a variant of popup.html, say), opened the same way.
    const files = ['popup.html', 'manifest.json', ...(process.env.BENCH_POPUP_FILES?.split(',') ?? [])];
    const popupTimes = await realPopupTimes(files, POPUP_OPENS);
    printTable(
      ['file', 'first content ms', 'from openPopup() ms'],
      files.map((f) => [f, fmt(popupTimes[f]!.firstContentMs), fmt(popupTimes[f]!.fromOpenMs)]),
    );
    await server.close();
    return;
  }
  if (process.env.BENCH_SET === 'startup') {
    // `BENCH_SET=startup`: the start-up profile alone (docs/performance.md, "Where start-up goes").
    await startupProfile(server, LOADS);
    await server.close();
    return;
  }
  if (process.env.BENCH_SET === 'real') {
    // `BENCH_SET=real`: only the real-page set and its budgets, for a quicker look.
    const rows = await realPageSet(server);
    printRealPages(rows);
    for (const [name, met, value] of realPageBudgets(rows))
      console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name} (${value})`);
    await server.close();
    return;
  }
  const withExt = await launchChromium();
  const bare = await launchChromium({ extension: false });
  const liveFloor = await launchChromium({ extensionDir: join(root, 'tests/bench/live-floor') });
  const results: Record<string, unknown> = {};
  const table: string[][] = [];
  const threadTable: string[][] = [];
  const streamLines: string[] = [];

  for (const name of ['long', 'huge', 'live', 'live-none', 'none', 'inline'] as const) {
    const url = server.url(`generated/${name}.html`);
    const live = name.startsWith('live');
    const ext: WithExtension[] = [];
    const base: Bare[] = [];
    const isolated: number[] = [];
    const floorExt: WithExtension[] = [];
    for (let i = 0; i < LOADS; i++) {
      ext.push(await measureWithExtension(withExt, url, live));
      if (live) {
        floorExt.push(await measureWithExtension(liveFloor, url, live));
        continue;
      }
      base.push(await measureBare(bare, url));
      isolated.push(await isolatedFloor(bare, url));
    }
    const r = {
      scriptMs: median(ext.map((e) => e.scriptMs)),
      longestTaskMs: median(ext.map((e) => e.longestTaskMs)),
      scriptThreadMs: median(ext.map((e) => e.scriptThreadMs)),
      longestTaskThreadMs: median(ext.map((e) => e.longestTaskThreadMs)),
      firstMarkAfterLoadMs: median(
        ext.flatMap((e) => (e.firstMarkAfterLoadMs === null ? [] : [e.firstMarkAfterLoadMs])),
      ),
      marks: median(ext.map((e) => e.marks)),
      streamMs: live ? median(ext.map((e) => e.streamMs ?? NaN)) : null,
      startMs: live ? median(ext.map(beforeStream)) : null,
      floorMs: live ? null : median(base.map((b) => b.floorMs)),
      // On a live page the floor is a content script of its own (an isolated world, start-up included).
      isolatedFloorMs: live ? median(floorExt.map((e) => e.scriptMs)) : median(isolated),
      isolatedFloorThreadMs: live ? median(floorExt.map((e) => e.scriptThreadMs)) : null,
      floorStreamMs: live ? median(floorExt.map((e) => e.streamMs ?? NaN)) : null,
      floorStartMs: live ? median(floorExt.map(beforeStream)) : null,
      markJsMs: live ? null : median(base.map((b) => b.markJsMs)),
      pageStyleMs: median(ext.map((e) => e.pageStyleMs)),
      pageStyleWithoutMs: live ? null : median(base.map((b) => b.pageStyleMs)),
    };
    results[name] = r;
    table.push([
      name,
      fmt(r.scriptMs),
      fmt(r.longestTaskMs),
      fmt(r.floorMs),
      times(r.scriptMs, r.floorMs),
      fmt(r.isolatedFloorMs),
      times(r.scriptMs, r.isolatedFloorMs),
      fmt(r.markJsMs),
      r.markJsMs ? times(r.markJsMs, r.scriptMs, 1) : '—',
      fmt(r.firstMarkAfterLoadMs, 0),
      String(r.marks),
      live ? '—' : `${fmt(r.pageStyleMs, 0)} / ${fmt(r.pageStyleWithoutMs, 0)}`,
    ]);
    threadTable.push([
      name,
      fmt(r.scriptThreadMs),
      fmt(r.longestTaskThreadMs),
      times(r.scriptThreadMs, r.floorMs),
      // The live floor's own thread time where it has one; the static floors are timed inside the page.
      times(r.scriptThreadMs, r.isolatedFloorThreadMs ?? r.isolatedFloorMs),
    ]);
    if (live) {
      streamLines.push(
        `  ${name}: ${fmt(r.startMs)} ms before the first post, ${fmt(r.streamMs)} ms over the stream ` +
          `(live floor: ${fmt(r.floorStartMs)} and ${fmt(r.floorStreamMs)} ms)`,
      );
    }
  }

  const real = await realPageSet(server);
  results.real = real;

  const hugeUrl = server.url('generated/huge.html');
  const heapWith = await heapUsed(withExt, hugeUrl);
  const heapWithout = await heapUsed(bare, hugeUrl);
  // The manifest, shown as text: no script, no style, one line. What any extension page costs here.
  const popupTimes = await realPopupTimes(['popup.html', 'manifest.json'], POPUP_OPENS);
  const popupFcp = popupTimes['popup.html']!.firstContentMs;
  const plainFileFcp = popupTimes['manifest.json']!.firstContentMs;
  // Every script each page runs: those the manifest runs (the content script and the early start
  // before it), and the module the content script imports as it starts (lib/extension/parts.ts).
  const scriptFiles = [...builtManifest(chromeBuild).content_scripts.flatMap((c) => c.js), 'content-session.js'];
  const sizes = scriptFiles.map((file) => {
    const code = readFileSync(join(chromeBuild, file));
    return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  });
  const size = { raw: sizes.reduce((t, s) => t + s.raw, 0), gzip: sizes.reduce((t, s) => t + s.gzip, 0) };
  await withExt.close();
  await bare.close();
  await liveFloor.close();
  await server.close();

  const header = [
    'page',
    'ext script ms',
    'longest task ms',
    'floor ms',
    'ext/floor',
    'isolated floor ms',
    'ext/isolated',
    'mark.js ms',
    'mark.js/ext',
    'first mark ms after load',
    'marks',
    'page style ms with / without',
  ];

  console.log(`\nMedians of ${LOADS} loads each (Chromium ${withExt.context.browser()?.version() ?? ''}).`);
  printTable(header, table);
  console.log(
    "\nThe same loads in thread time (the time the page's main thread ran our script, leaving out waits for a core;\n" +
      'not what the budgets use):',
  );
  printTable(['page', 'ext script ms', 'longest task ms', 'ext/floor', 'ext/isolated'], threadTable);
  console.log(
    '\nOn the live pages the isolated floor is a content script that reads each text the page shows, once\n' +
      '(tests/bench/live-floor). Script time split at the first appended post (medians of each part):',
  );
  for (const line of streamLines) console.log(line);
  printRealPages(real);
  const heapExtMb = (heapWith - heapWithout) / 1024 / 1024;
  console.log(
    `\ncontent scripts (${scriptFiles.join(', ')}): ${(size.raw / 1024).toFixed(1)} kB raw, ${(size.gzip / 1024).toFixed(1)} kB gzip`,
  );
  console.log(
    `popup first content, opened in its bubble: ${fmt(popupFcp)} ms (a plain text file of the extension as the popup: ${fmt(plainFileFcp)} ms, ${times(popupFcp, plainFileFcp)});\n` +
      `  from the openPopup() call: ${fmt(popupTimes['popup.html']!.fromOpenMs)} ms (plain file: ${fmt(popupTimes['manifest.json']!.fromOpenMs)} ms)`,
  );
  console.log(
    `JS heap on the huge page: ${(heapWith / 1024 / 1024).toFixed(1)} MB with, ${(heapWithout / 1024 / 1024).toFixed(1)} MB without (extension ≈ ${heapExtMb.toFixed(1)} MB)`,
  );

  const R = results as Record<
    string,
    {
      scriptMs: number;
      longestTaskMs: number;
      firstMarkAfterLoadMs: number;
      floorMs: number;
      isolatedFloorMs: number;
      markJsMs: number;
      streamMs: number;
      floorStreamMs: number;
    }
  >;
  // The budget's ratio against the page-world floor, and beside it the ratio against the isolated one.
  const ratios = (r: (typeof R)[string]) =>
    `${times(r.scriptMs, r.floorMs)}; ${times(r.scriptMs, r.isolatedFloorMs)} the isolated floor`;
  const budgets: [string, boolean, string][] = [
    [
      'long article: script ≤ 1.3× the isolated walk',
      R.long!.scriptMs <= 1.3 * R.long!.isolatedFloorMs,
      `${times(R.long!.scriptMs, R.long!.isolatedFloorMs)}; ${times(R.long!.scriptMs, R.long!.floorMs)} the page-world walk`,
    ],
    [
      'long article: ≥ 20× less than mark.js',
      R.long!.markJsMs >= 20 * R.long!.scriptMs,
      times(R.long!.markJsMs, R.long!.scriptMs, 1),
    ],
    ['huge page: no task over 16 ms', R.huge!.longestTaskMs <= 16, `${fmt(R.huge!.longestTaskMs)} ms`],
    [
      'one block of 10,000 inline elements: no task over 16 ms',
      R.inline!.longestTaskMs <= 16,
      `${fmt(R.inline!.longestTaskMs)} ms`,
    ],
    [
      'huge page: first mark ≤ 100 ms after load',
      R.huge!.firstMarkAfterLoadMs <= 100,
      `${fmt(R.huge!.firstMarkAfterLoadMs, 0)} ms`,
    ],
    [
      'live blog: its stream ≤ 3× the live floor’s',
      R.live!.streamMs <= 3 * R.live!.floorStreamMs,
      `${fmt(R.live!.streamMs)} ms against ${fmt(R.live!.floorStreamMs)} ms, ${times(R.live!.streamMs, R.live!.floorStreamMs)}`,
    ],
    ['live blog: no task over 8 ms', R.live!.longestTaskMs <= 8, `${fmt(R.live!.longestTaskMs)} ms`],
    ['no mentions: script ≤ 2× floor', R.none!.scriptMs <= 2 * R.none!.floorMs, ratios(R.none!)],
    ['content scripts ≤ 25 kB gzip', size.gzip <= 25 * 1024, `${(size.gzip / 1024).toFixed(1)} kB`],
    ...realPageBudgets(real),
    [
      'popup first content ≤ 1.1× a plain file of the extension opened the same way',
      popupFcp <= 1.1 * plainFileFcp,
      `${fmt(popupFcp)} ms against ${fmt(plainFileFcp)} ms, ${times(popupFcp, plainFileFcp)}`,
    ],
  ];
  console.log('\nBudgets:');
  for (const [name, met, value] of budgets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name} (${value})`);

  mkdirSync(join(root, 'tests/.artifacts'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    loads: LOADS,
    pages: results,
    contentScript: size,
    popupFirstContentMs: popupFcp,
    plainExtensionFileFirstContentMs: plainFileFcp,
    popupFromOpenMs: popupTimes['popup.html']!.fromOpenMs,
    plainExtensionFileFromOpenMs: popupTimes['manifest.json']!.fromOpenMs,
    heap: { withBytes: heapWith, withoutBytes: heapWithout },
    budgets: budgets.map(([name, met, value]) => ({ name, met, value })),
  };
  writeFileSync(join(root, 'tests/.artifacts/bench.json'), JSON.stringify(report, null, 2));
  console.log('\nReport: tests/.artifacts/bench.json');
  process.exitCode = budgets.every(([, met]) => met) ? 0 : 1;
}

await main();
