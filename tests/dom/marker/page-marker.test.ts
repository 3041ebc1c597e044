/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { outermost, PageMarker } from '../../../lib/marker/page-marker';
import { isOwnUi } from '../../../lib/card/ui-host';
import { claimFinder } from '../../../lib/claims/dom-tables';
import type { ClaimFinder } from '../../../lib/claims/finder';
import { termCatalogue } from '../../../lib/text/terms';
import { createMatcher } from '../../../lib/text/matcher';
import { readTextRuns } from '../../../lib/reader/read-text';
import { liveRange } from '../../../lib/card/hit-test';

// happy-dom gives import.meta.url a page URL, so fixtures are found from the project root.
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures', name), 'utf8');

function load(html: string): void {
  // Stylesheets are left out: happy-dom does not load them, and the tests read text, not layout.
  document.documentElement.innerHTML = html
    .replace(/^<!doctype html>/i, '')
    .replace(/<\/?html[^>]*>/g, '')
    .replace(/<link[^>]*>/g, '');
}

let marker: PageMarker | undefined;
afterEach(() => marker?.stop());

function markPage(): PageMarker {
  marker = new PageMarker({ window: window as unknown as Window & typeof globalThis, isOwnUi, claimFinder });
  marker.start();
  marker.flushNow();
  return marker;
}

/**
 * Each mark's term and the text it covers now, through a live range over its static one (as in
 * browsers: see tests/harness/happy-dom-range.ts).
 */
const found = (m: PageMarker) => m.visibleMentions().map((x) => [x.termId, liveRange(document, x).toString()]);
/** Mentions of terms, without the figures the claim check marks. */
const termMentions = (m: PageMarker) => m.visibleMentions().filter((x) => !x.claim);

describe('a wire-copy news article', () => {
  it('finds every mention, in order, and no near-miss', () => {
    load(fixture('news-article.html'));
    const m = markPage();
    expect(termMentions(m).map((x) => x.text.replace(/\s+/g, ' '))).toEqual([
      'Muse Spark', // headline
      'Muse Spark', // split across a link
      'Meta Superintelligence Labs',
      'Muse Spark', // no-break space
      'CharXiv Reasoning',
      'GPT-5.4',
      'Gemini 3.1 Pro (High)',
      'Claude Opus 4.6 (Max)',
      'Grok 4.2',
      'MUSE SPARK',
      'HealthBench Hard', // split across <em>
      'ARC-AGI-2',
      'LiveCodeBench Pro',
      'MMMU-Pro',
      'SimpleVQA',
      '"Thinking" mode',
      'Contemplating mode',
      'evaluation awareness',
      'Advanced AI Scaling Framework',
      'personal superintelligence',
    ]);
  });

  it('checks the figures it gives against the launch chart, and no other number', () => {
    load(fixture('news-article.html'));
    const m = markPage();
    const claims = m.visibleMentions().flatMap((x) => (x.claim ? [[x.text, x.claim.model, x.claim.verdict]] : []));
    expect(claims).toEqual([
      ['86.4', 'muse-spark', 'matches'],
      ['82.8', 'gpt-5-4', 'matches'],
      ['80.2', 'gemini-3-1-pro-high', 'matches'],
      ['65.3', 'claude-opus-4-6-max', 'matches'],
      ['60.9', 'grok-4-2', 'matches'],
      ['42.8', 'muse-spark', 'matches'],
    ]);
    // "more than 1,000 physicians" sits in a sentence about HealthBench Hard and is still not a score.
    expect(claims.some(([text]) => text!.includes('1,000'))).toBe(false);
  });

  it('maps a split mention onto the right text nodes', () => {
    load(fixture('news-article.html'));
    const m = markPage();
    const split = m.visibleMentions().find((x) => x.range.startContainer.parentElement?.id === 'muse-link')!;
    expect(split.range.startContainer.textContent).toBe('Muse');
    expect(split.range.endContainer.textContent?.startsWith(' Spark')).toBe(true);
    expect(split.range.endOffset).toBe(' Spark'.length);
  });

  it('counts per term for the popup and the badge', () => {
    load(fixture('news-article.html'));
    const m = markPage();
    const summary = Object.fromEntries(m.registry.summary().map((s) => [s.termId, s.count]));
    expect(summary['muse-spark']).toBe(4);
    expect(summary['gpt-5-4']).toBe(1);
    expect(termMentions(m)).toHaveLength(20);
  });

  it('scans code when asked to', () => {
    load(fixture('news-article.html'));
    marker = new PageMarker({ window: window as never, isOwnUi, claimFinder, scanCode: true });
    marker.start();
    marker.flushNow();
    expect(marker.visibleMentions().filter((x) => x.termId === 'muse-spark')).toHaveLength(5);
  });

  it('hides a category at once and brings it back without a rescan', () => {
    load(fixture('news-article.html'));
    const m = markPage();
    m.showCategories(new Set(['muse', 'benchmark', 'keyterm']));
    expect(m.visibleMentions().some((x) => x.category === 'model')).toBe(false);
    m.showCategories(new Set(['muse', 'benchmark', 'keyterm', 'model']));
    expect(termMentions(m)).toHaveLength(20);
  });
});

/** `n` short paragraphs that name nothing, as a live blog's filler. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Update ${i} with <a href="#">a link</a>.</p>`);

describe('a client-rendered page that changes after load', () => {
  it('marks added text, re-reads edits, drops removed text, and ignores its own UI', async () => {
    load('<main><p id="a">Loading…</p><div id="feed"></div></main>');
    const m = markPage();
    expect(m.visibleMentions()).toHaveLength(0);

    const feed = document.getElementById('feed')!;
    feed.insertAdjacentHTML('beforeend', '<p id="b">Muse <a href="#">Spark</a> lands.</p><p id="c">GPT-5.4 too.</p>');
    document.getElementById('a')!.firstChild!.textContent = 'Now on ARC-AGI-2.';
    await new Promise((r) => setTimeout(r, 150));
    m.flushNow();
    expect(found(m).map(([id]) => id)).toEqual(['arc-agi-2', 'muse-spark', 'gpt-5-4']);

    document.getElementById('c')!.remove();
    document.body.append(document.createElement('muse-spark-context-ui'));
    await new Promise((r) => setTimeout(r, 150));
    m.flushNow();
    expect(found(m).map(([id]) => id)).toEqual(['arc-agi-2', 'muse-spark']);
  });

  it('an edit inside any inline element re-reads the whole paragraph and drops the stale mark', async () => {
    load('<main><p id="p">Muse <label id="l">Spark</label> is here.</p></main>');
    const m = markPage();
    expect(found(m).map(([id]) => id)).toEqual(['muse-spark']);
    document.getElementById('l')!.firstChild!.textContent = 'Sparkle';
    await new Promise((r) => setTimeout(r, 150));
    m.flushNow();
    expect(found(m)).toEqual([]);
  });

  it('a route change that replaces the whole article is read afresh', async () => {
    load('<main id="app"><article><p>Muse Spark first.</p></article></main>');
    const m = markPage();
    document.getElementById('app')!.innerHTML = '<article><h1>SimpleVQA explained</h1><p>Plain text.</p></article>';
    await new Promise((r) => setTimeout(r, 150));
    m.flushNow();
    expect(found(m).map(([id]) => id)).toEqual(['simplevqa']);
  });

  it('a live blog: every post is read, whole-tested or sieved, small or big', async () => {
    load('<main><article id="feed"><p>Live: the launch.</p></article></main>');
    const m = markPage();
    const feed = document.getElementById('feed')!;
    const post = (paragraphs: string[]) => feed.insertAdjacentHTML('beforeend', `<div>${paragraphs.join('')}</div>`);
    post(filler(40)); // no name anywhere: tested whole and passed over
    post([...filler(3), '<p>Scores for <b>Health</b>Bench Hard are in.</p>']); // small, walked
    const big = filler(30);
    big[17] = '<p>Then <a href="#">Muse</a> Spark took the lead.</p>';
    post(big); // over 64 elements: sieved
    const huge = filler(1200); // over 2,048 elements: sieved without the whole test
    huge[1100] = '<p>MMMU-Pro, at last.</p>';
    post(huge);
    await new Promise((r) => setTimeout(r, 150));
    m.flushNow();
    expect(found(m).map(([, text]) => text)).toEqual(['HealthBench Hard', 'Muse Spark', 'MMMU-Pro']);

    // A post edited in place: one that gains a name is marked, one that loses it is not.
    feed.children[2]!.lastElementChild!.textContent = 'Scores are in.';
    feed.children[1]!.firstElementChild!.textContent = 'ARC-AGI-2 first.';
    await new Promise((r) => setTimeout(r, 150));
    m.flushNow();
    expect(found(m).map(([, text]) => text)).toEqual(['ARC-AGI-2', 'Muse Spark', 'MMMU-Pro']);
  });

  it('reads each changed part once: the outermost of nested and repeated parts, shadow trees apart', () => {
    load('<main><div id="a"><p id="b"><b id="c">x</b></p></div><p id="d"></p><div id="host"></div></main>');
    const [a, b, c, d, host] = ['a', 'b', 'c', 'd', 'host'].map((id) => document.getElementById(id)!);
    const inShadow = host!.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
    // A node inside another is read with it; a shadow tree's node is not inside its host's tree.
    expect(outermost([c!, b!, d!, a!, c!, inShadow, host!])).toEqual([d, a, inShadow, host]);
  });

  it('stop removes every mark; start restores them', () => {
    load(fixture('news-article.html'));
    const m = markPage();
    m.stop();
    expect(m.visibleMentions()).toHaveLength(0);
    m.start();
    m.flushNow();
    expect(termMentions(m)).toHaveLength(20);
  });
});

/** The checked figures marked, with their verdicts. */
const claimsOf = (m: PageMarker) => m.visibleMentions().flatMap((x) => (x.claim ? [[x.text, x.claim.verdict]] : []));

/** A claim check on its way, arriving when the test resolves it. */
function claimFinderArriving() {
  let resolve: ((finder: ClaimFinder) => void) | undefined;
  const promise = new Promise<ClaimFinder>((r) => (resolve = r));
  return { promise, resolve: (finder: ClaimFinder) => resolve?.(finder) };
}

/** A results table of `rows` rows, each naming a benchmark with a figure beside it. */
const leaderboard = (rows: number) =>
  `<table>${Array.from({ length: rows }, (_, i) => `<tr><td>Model ${i}</td><td>HealthBench Hard</td><td>${i}.5</td></tr>`).join('')}</table>`;

describe('the claim check, loaded when a page may need it', () => {
  it('checks the figures read before it arrived, as they read when it does', async () => {
    load(
      '<main><p id="a">Muse Spark scored 42.8 on HealthBench Hard.</p><p id="b">On CharXiv Reasoning, GPT-5.4 scored 82.8.</p></main>',
    );
    const arrival = claimFinderArriving();
    const loadFinder = vi.fn(() => arrival.promise);
    marker = new PageMarker({ window: window as never, isOwnUi, loadClaimFinder: loadFinder });
    marker.start();
    marker.flushNow();
    expect(loadFinder).toHaveBeenCalledTimes(1);
    expect(termMentions(marker)).toHaveLength(4);
    expect(claimsOf(marker)).toEqual([]);

    // Edited while the check is on its way: the figure it gives now is the one checked.
    document.getElementById('b')!.firstChild!.textContent = 'On CharXiv Reasoning, GPT-5.4 scored 81.0.';
    await new Promise((r) => setTimeout(r, 150));
    arrival.resolve(claimFinder);
    await new Promise((r) => setTimeout(r, 20));
    marker.flushNow();
    expect(claimsOf(marker)).toEqual([
      ['42.8', 'matches'],
      ['81.0', 'differs'],
    ]);
    expect(loadFinder).toHaveBeenCalledTimes(1);
  });

  it('is never sent for where the only digits are in the names', () => {
    load('<main><p>GPT-5.4 and Muse Spark were both run on ARC-AGI-2 and MMMU-Pro.</p></main>');
    const loadFinder = vi.fn(() => Promise.resolve(claimFinder));
    marker = new PageMarker({ window: window as never, isOwnUi, loadClaimFinder: loadFinder });
    marker.start();
    marker.flushNow();
    expect(termMentions(marker)).toHaveLength(4);
    expect(loadFinder).not.toHaveBeenCalled();
  });

  it('is never sent for a leaderboard too big to be a comparison table, and is for one that may be', () => {
    for (const [rows, sent] of [
      [201, false],
      [200, true],
    ] as const) {
      load(`<main>${leaderboard(rows)}</main>`);
      const loadFinder = vi.fn(() => Promise.resolve(claimFinder));
      marker = new PageMarker({ window: window as never, isOwnUi, loadClaimFinder: loadFinder });
      marker.start();
      marker.flushNow();
      expect(termMentions(marker), `${rows} rows`).toHaveLength(rows);
      expect(loadFinder.mock.calls.length > 0, `${rows} rows`).toBe(sent);
      marker.stop();
    }
  });
});

describe('a page naming nothing', () => {
  it('never looks up the highlight API (its objects cost a page that shows no mark)', () => {
    load('<main><h1>Weather</h1><p>Rain later, clearing by the evening.</p></main>');
    const touched: string[] = [];
    const restore = (['CSS', 'Highlight'] as const).map((name) => {
      const own = Object.getOwnPropertyDescriptor(window, name);
      const value = (window as unknown as Record<string, unknown>)[name];
      Object.defineProperty(window, name, {
        configurable: true,
        get: () => {
          touched.push(name);
          return value;
        },
      });
      return () =>
        own ? Object.defineProperty(window, name, own) : delete (window as unknown as Record<string, unknown>)[name];
    });
    try {
      const m = markPage();
      expect(found(m)).toEqual([]);
      expect(touched).toEqual([]);
      // The same watch sees the lookup once there is something to mark.
      m.stop();
      load('<main><p>Now with Muse Spark.</p></main>');
      expect(found(markPage())).toEqual([['muse-spark', 'Muse Spark']]);
      expect(touched.length).toBeGreaterThan(0);
    } finally {
      for (const r of restore) r();
    }
  });
});

describe('a page read in parts', () => {
  it('reads a mention 3,000 levels down, where parts are sieved at every level', () => {
    load('<main id="top"></main>');
    let el = document.getElementById('top')!;
    for (let i = 0; i < 3000; i++) el = el.appendChild(document.createElement('div'));
    el.append('Deep down: ', Object.assign(document.createElement('b'), { textContent: 'Muse' }), ' Spark.');
    marker = new PageMarker({ window: window as never, isOwnUi, sieveAbove: 0 });
    marker.start();
    marker.flushNow();
    expect(found(marker)).toEqual([['muse-spark', 'Muse Spark']]);
  });
});

/**
 * Options for reading with the real matcher's quick tests, as the marker reads: every part with
 * elements sieved, and a changed part read where its text's test finds a first word.
 */
function sievedOptions() {
  const m = createMatcher(termCatalogue);
  return {
    scanCode: false,
    mayContain: m.mayContain,
    mayHold: m.mayHold,
    namesAt: m.namesAt,
    mentionAt: m.mentionAt,
    sieveAbove: 0,
  };
}

/** The runs a sieved read of `root` yields, as text. */
function runTexts(root: Node): string[] {
  return [...readTextRuns(root, sievedOptions())].flatMap((item) => (item.kind === 'run' ? [item.run.text] : []));
}

/** The terms named in the runs a sieved read of `root` yields, in order. */
function namesRead(root: Node): string[] {
  const matcher = createMatcher(termCatalogue);
  return runTexts(root).flatMap((text) => matcher.findMatches(text).map((m) => m.termId));
}

describe('a long list of children, tested in runs', () => {
  it.each([
    ['in a long list, wherever the runs end', false],
    ['in a part the page changed, read where its text names one', true],
  ])('finds a name split between two children %s', (_where, asPart) => {
    // Runs of children grow while they fail (8, 16, 32, 64...), so every split point from 0 to 140
    // falls at a run's end somewhere. A name split inside a word is no name in either half.
    for (const [first, second, id] of [
      ['Health', 'Bench Hard', 'healthbench-hard'],
      ['Muse', ' Spark', 'muse-spark'],
      ['Mu', 'se Spark', 'muse-spark'],
    ] as const) {
      document.body.innerHTML = `<main><p id="post">${'<span> lorem </span>'.repeat(150)}</p></main>`;
      const post = document.getElementById('post')!;
      const spans = [...post.children];
      for (let at = 0; at < 140; at++) {
        spans[at]!.textContent = first;
        spans[at + 1]!.textContent = second;
        expect(namesRead(asPart ? post : document.body), `${first}|${second} at ${at}`).toEqual([id]);
        spans[at]!.textContent = ' lorem ';
        spans[at + 1]!.textContent = ' lorem ';
      }
    }
  });

  it('finds a name split across children of a changed part with a comment between the halves', () => {
    document.body.innerHTML =
      '<main><p id="post"><span>Intro.</span> <span>Mu</span><!-- ad --><span>se Spark</span> ends.</p></main>';
    expect(namesRead(document.getElementById('post')!)).toEqual(['muse-spark']);
  });

  it('never reads a big skipped child of a part the page changed, and reads the names beside it', () => {
    const lines = Array.from({ length: 80 }, (_, i) => `<span>line ${i}</span>\n`).join('');
    document.body.innerHTML = `<main><div id="post"><p>Muse Spark leads.</p><pre><code>${lines}MMMU Pro</code></pre>
      <div contenteditable="true"><p>${lines}</p><p>ARC-AGI-2</p></div><p>Then GPT-5.4.</p></div></main>`;
    expect(namesRead(document.getElementById('post')!)).toEqual(['muse-spark', 'gpt-5-4']);
  });

  it('finds names far apart among hundreds of paragraphs, and none in a script among them', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) =>
      i === 5 || i === 333 || i === 599 ? `<p>Item ${i}: MMMU Pro rose.</p>` : `<p>Filler paragraph ${i}.</p>`,
    );
    paragraphs.splice(200, 0, '<script>var x = "Muse Spark";</script>');
    load(`<main><article>${paragraphs.join('\n')}</article></main>`);
    expect(runTexts(document.body)).toEqual([5, 333, 599].map((i) => `Item ${i}: MMMU Pro rose.`));
  });

  it('reads each name once, in order, when the page adds or removes paragraphs while the read pauses', () => {
    // The read pauses between runs, and inside a run, where it gives a name's text.
    const changes = {
      prepend: (article: Element) => {
        for (let i = 0; i < 70; i++) article.prepend(Object.assign(document.createElement('p'), { textContent: 'x' }));
      },
      'remove-before': (article: Element) => {
        for (let i = 0; i < 20; i++) article.firstElementChild!.remove();
      },
      'remove-ahead': (article: Element) => removeParagraphs(article, 60, 70),
      // The paragraphs right after the name just read.
      'remove-next': (article: Element) => removeParagraphs(article, 51, 53),
    };
    for (const [change, pause] of [
      ['prepend', 'progress'],
      ['remove-before', 'progress'],
      ['remove-ahead', 'progress'],
      ['prepend', 'run'],
      ['remove-before', 'run'],
      ['remove-ahead', 'run'],
      ['remove-next', 'run'],
    ] as const) {
      const names = [30, 50, 53, 147, 244, 341];
      // The first pause at or after the second name: the read then goes on past paragraphs it counted.
      const texts = readWhileChanging(names, pause, 2, changes[change]);
      expect(texts, `${change} at a ${pause}`).toEqual(itemTexts(names));
    }
  });
});

describe('a page that removes what the read was to read next', () => {
  it('goes on from what now stands in its place: between runs, inside one, and child by child', () => {
    const cases = {
      // Runs of 8, then 16 children. A name far off: the read pauses first between runs, where the
      // second run (8 to 24) is to start.
      'between runs': { names: [300], pause: 'progress', from: 8 },
      // A name at 20: the read pauses as it gives that name's text, inside the second run, which the
      // third run is to follow from 24.
      'inside a run': { names: [20, 300], pause: 'run', from: 24 },
      // Every child of the second run names something, so children are tested one by one after it; the
      // read pauses after the eighth that names nothing (31), which also brings back runs.
      'child by child': { names: [...Array.from({ length: 16 }, (_, i) => 8 + i), 300], pause: 'progress', from: 32 },
    } as const;
    for (const [at, { names, pause, from }] of Object.entries(cases)) {
      // Four paragraphs go, from the one the read was to go on from.
      const texts = readWhileChanging(names, pause, names.length - 1, (article) =>
        removeParagraphs(article, from, from + 4),
      );
      expect(texts, at).toEqual(itemTexts(names));
    }
  });
});

const itemTexts = (names: readonly number[]) => names.map((i) => `Item ${i}: SimpleVQA.`);

/** Removes the article's paragraphs from `from` up to `to`. */
function removeParagraphs(article: Element, from: number, to: number): void {
  for (const p of [...article.children].slice(from, to)) p.remove();
}

/**
 * Reads (sieved) an article of 400 paragraphs, with a name in those at `names`, and changes it once:
 * at the first pause of kind `pause` after `after` names were read. Returns the texts read.
 */
function readWhileChanging(
  names: readonly number[],
  pause: 'run' | 'progress',
  after: number,
  change: (article: Element) => void,
): string[] {
  const paragraphs = Array.from({ length: 400 }, (_, i) =>
    names.includes(i) ? `<p>Item ${i}: SimpleVQA.</p>` : `<p>Filler paragraph ${i}.</p>`,
  );
  load(`<main><article>${paragraphs.join('')}</article></main>`);
  const article = document.querySelector('article')!;
  const texts: string[] = [];
  let changed = false;
  for (const item of readTextRuns(document.body, sievedOptions())) {
    if (item.kind === 'run') texts.push(item.run.text);
    if (item.kind !== pause || texts.length < after || changed) continue;
    changed = true;
    change(article);
  }
  expect(changed).toBe(true);
  return texts;
}

describe('a page carrying its data in an inline script', () => {
  it('never searches the text of a long script (its inline data), only the page’s prose', () => {
    // A live blog's posts or a framework's page state, as JSON in the body: often hundreds of kB.
    const posts = JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, text: 'Muse Spark leads again.' })));
    load(`<main><p>Muse Spark is out.</p></main><script type="application/json">${posts}</script>`);
    const searched: string[] = [];
    const mayContain = (text: string) => (searched.push(text), /muse/i.test(text));
    const runs = [...readTextRuns(document.body, { scanCode: false, mayContain })].flatMap((item) =>
      item.kind === 'run' ? [item.run.text] : [],
    );
    expect(runs).toEqual(['Muse Spark is out.']);
    expect(searched.filter((t) => t.includes('"id"'))).toEqual([]);
    // And the page is marked as a reader sees it.
    expect(found(markPage())).toEqual([['muse-spark', 'Muse Spark']]);
  });
});

describe('web components', () => {
  it('reads open shadow roots', () => {
    load('<main><p>Intro.</p><x-callout id="x"></x-callout></main>');
    const host = document.getElementById('x')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Muse Spark leads <b>HealthBench</b> Hard.</p>';
    const m = markPage();
    expect(found(m).map(([id]) => id)).toEqual(['muse-spark', 'healthbench-hard']);
  });

  it('lists the mentions inside a web component in their place on the page', () => {
    load('<main><p>Muse Spark leads.</p><x-callout id="x"></x-callout><p>ARC-AGI-2 next.</p></main>');
    const outer = document.getElementById('x')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>GPT-5.4 trails.</p><x-note id="inner"></x-note><p>Grok 4.2 last.</p>';
    outer.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>SimpleVQA too.</p>';
    const m = markPage();
    // The order the popup lists them in and the keyboard command steps through them.
    expect(found(m).map(([id]) => id)).toEqual(['muse-spark', 'gpt-5-4', 'simplevqa', 'grok-4-2', 'arc-agi-2']);
  });

  it('searches a whole page for hosts in a time slice of its own, not after a slice of reading', () => {
    load('<main><p>Muse Spark leads.</p><x-callout id="x"></x-callout></main>');
    document.getElementById('x')!.attachShadow({ mode: 'open' }).innerHTML = '<p>GPT-5.4 trails.</p>';
    marker = new PageMarker({ window: window as unknown as Window & typeof globalThis, isOwnUi, claimFinder });
    // Which time slice the search for hosts runs in.
    let slice = 0;
    const events: string[] = [];
    // The marker's time slicer (lib/marker/time-slicer.ts) runs each slice.
    const slicer = (marker as unknown as { slicer: { runSlice(budget: number): void } }).slicer;
    const read = slicer.runSlice.bind(slicer);
    vi.spyOn(slicer, 'runSlice').mockImplementation((budget) => {
      slice++;
      read(budget);
    });
    const query = Element.prototype.querySelectorAll;
    vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(function (this: Element, selector: string) {
      if (selector.startsWith(':not(')) events.push(`search for hosts in slice ${slice}`);
      return query.call(this, selector);
    });
    marker.start();
    marker.flushNow();
    // The document's text is read in slice 1; the search starts slice 2, which then reads the host's text.
    expect(events).toEqual(['search for hosts in slice 2']);
    expect(found(marker).map(([id]) => id)).toEqual(['muse-spark', 'gpt-5-4']);
  });

  it('reads a host inside another shadow root, whatever standard name its own begins with', () => {
    load('<main><p>Intro.</p><x-callout id="x"></x-callout><table-note id="t"></table-note></main>');
    const outer = document.getElementById('x')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Scores:</p><p-note id="inner"></p-note>';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<small>ARC-AGI-2 is hard.</small>';
    document.getElementById('t')!.attachShadow({ mode: 'open' }).innerHTML = '<p>See SimpleVQA.</p>';
    const m = markPage();
    expect(
      found(m)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['arc-agi-2', 'simplevqa']);
  });
});

// Property: on random news-like pages, marking changes nothing in the page, finds every planted
// mention exactly once, and marks nothing inside elements that are never read.
const FILLER = ['the', 'report', 'said', 'today', 'chart', 'model', 'scores', 'launch', 'new', 'results', 'its'];
const SEPARATORS = [' ', '\u00a0', '\n', '  '];
const EXCLUDED = [
  (t: string) => `<code>${t}</code>`,
  (t: string) => `<textarea>${t}</textarea>`,
  (t: string) => `<script>/* ${t} */</script>`,
  (t: string) => `<div contenteditable="true">${t}</div>`,
  (t: string) => `<noscript>${t}</noscript>`,
];

const plantedArb = fc.record({
  term: fc.constantFrom(...termCatalogue.filter((t) => !t.variants.some((v) => v.includes('"')))),
  variant: fc.nat(),
  sep: fc.constantFrom(...SEPARATORS),
  splitWithLink: fc.boolean(),
  splitMidWord: fc.boolean(),
});
type Planted = {
  term: (typeof termCatalogue)[number];
  variant: number;
  sep: string;
  splitWithLink: boolean;
  splitMidWord: boolean;
};

/** Whether glueing a word to a term's first word hides every spelling of it: no name follows inside. */
function gluedNameHidesWhole(term: Planted['term']): boolean {
  return term.variants.every((v) => {
    const rest = v.split(' ').slice(1).join(' ').toLowerCase();
    return !termCatalogue.some((o) => o.variants.some((ov) => rest.includes(ov.toLowerCase())));
  });
}

function plantedHtml(p: Planted): string {
  const variant = p.term.variants[p.variant % p.term.variants.length]!;
  const words = variant.split(' ');
  if (p.splitWithLink && words.length > 1) return `<a href="#">${words[0]}</a>${p.sep}${words.slice(1).join(p.sep)}`;
  // "Health<b>Bench</b> Hard": a word split across elements, each half on its own no name at all.
  if (p.splitMidWord && words[0]!.length > 3) {
    return `${words[0]!.slice(0, 2)}<b>${words[0]!.slice(2)}</b>${[' ', ...words.slice(1)].join(p.sep).slice(1)}`;
  }
  return words.join(p.sep);
}

const pieceArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FILLER).map((w) => ({ html: w, planted: null as Planted | null })) },
  { weight: 1, arbitrary: plantedArb.map((p) => ({ html: plantedHtml(p), planted: p as Planted | null })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...EXCLUDED), plantedArb)
      .map(([wrap, p]) => ({ html: wrap(plantedHtml(p)), planted: null as Planted | null })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('<em>the</em>', '<span>new</span>', '<br>').map((h) => ({ html: h, planted: null })),
  },
  // A label the page lays out apart from the name right after it (a rank, a tag chip, a username on
  // its own line), with no space between them in the text: still a mention.
  {
    weight: 1,
    // (happy-dom computes no table display values; the e2e tests lay out table cells in real browsers.)
    arbitrary: fc
      .tuple(fc.constantFrom('block', 'inline-block', 'flex', 'list-item', 'grid', 'inline-flex'), plantedArb)
      .map(([display, p]) => ({
        html: `<span style="display:${display}">7</span>${plantedHtml(p)}`,
        planted: p as Planted | null,
      })),
  },
  // The same label inline, touching the name: one longer word to a reader, so no mention (of a term
  // whose name holds no other name after its first word, as "Claude Opus 4.6" holds "Opus 4.6").
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('<span>x7</span>', '<b style="display:inline">k</b>'), plantedArb)
      .filter(([, p]) => gluedNameHidesWhole(p.term))
      .map(([label, p]) => ({ html: `${label}${plantedHtml(p)}`, planted: null as Planted | null })),
  },
);
const blockArb = fc.tuple(
  fc.constantFrom('p', 'h2', 'li', 'div', 'blockquote'),
  fc.array(pieceArb, { minLength: 1, maxLength: 8 }),
);

describe('property: random news-like pages', () => {
  // Read as they are (small pages are walked node by node), and with every part of the page that
  // has elements sieved first, as the parts of a big page are.
  // And with many blocks, so long lists of children are tested in runs (see `sieve`).
  it.each([
    ['walked', undefined, 1, 12, 1000],
    ['sieved at every level', 0, 1, 12, 1000],
    ['sieved, long lists of children in runs', 0, 16, 80, 200],
  ])(
    'page unchanged, every planted mention found once, nothing excluded marked (%s)',
    (_how, sieveAbove, least, most, runs) => {
      fc.assert(
        fc.property(fc.array(blockArb, { minLength: least, maxLength: most, size: 'max' }), (blocks) => {
          const html = blocks
            .map(([tag, pieces]) => `<${tag}>${pieces.map((p) => p.html).join(' ')}. </${tag}>`)
            .join('');
          document.body.innerHTML = `<main>${html}</main>`;
          const before = document.body.innerHTML;
          const m = new PageMarker({ window: window as never, isOwnUi, sieveAbove });
          m.start();
          m.flushNow();
          const got = m.visibleMentions();
          m.stop();
          expect(document.body.innerHTML).toBe(before);
          const planted = blocks.flatMap(([, pieces]) => pieces.flatMap((p) => (p.planted ? [p.planted.term.id] : [])));
          expect(got.map((x) => x.termId)).toEqual(planted);
          for (const x of got) {
            expect(
              x.range.startContainer.parentElement?.closest('code,textarea,script,noscript,[contenteditable]'),
            ).toBeNull();
          }
        }),
        // At least 1,000 random pages on every run (200 of the long ones).
        { numRuns: runs },
      );
    },
    // A fixed amount of work, about 5 s of it on this two-core machine: vitest's default 5 s timeout
    // failed it whenever the other test files ran beside it.
    30_000,
  );
});

describe('property: random news-like parts a page adds', () => {
  // A part the page added or changed (a live blog's post) is read where its whole text's test found
  // a first word; here every part with elements is, and its named children are sieved in turn.
  it('every planted mention found once, nothing excluded read', () => {
    const matcher = createMatcher(termCatalogue);
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 40 }), (blocks) => {
        const html = blocks
          .map(([tag, pieces]) => `<${tag}>${pieces.map((p) => p.html).join(' ')}. </${tag}>`)
          .join('');
        document.body.innerHTML = `<main><div id="post">${html}</div></main>`;
        const post = document.getElementById('post')!;
        const before = document.body.innerHTML;
        // Text may be read twice (text beside blocks belongs to the part's own block, read whole), as
        // the marker's registry keeps one mark per place: each run counts once, by its first text node.
        const runs = new Map<Node, string>();
        for (const item of readTextRuns(post, sievedOptions())) {
          if (item.kind === 'run') runs.set(item.run.segments[0]!.node, item.run.text);
        }
        const ids = [...runs.values()].flatMap((text) => matcher.findMatches(text).map((m) => m.termId));
        expect(document.body.innerHTML).toBe(before);
        const planted = blocks.flatMap(([, pieces]) => pieces.flatMap((p) => (p.planted ? [p.planted.term.id] : [])));
        expect(ids).toEqual(planted);
      }),
      { numRuns: 1000 },
    );
    // A fixed amount of work: 6-12 s alone on this machine (happy-dom's computed styles for the laid-out
    // labels are slow), more beside the other test files.
  }, 60_000);
});

const claimsOn = (m: PageMarker) =>
  m.visibleMentions().flatMap((x) => (x.claim ? [`${x.text} ${x.claim.model} ${x.claim.verdict}`] : []));

describe('the claim check on a live page', () => {
  it('rechecks a table when one of its cells changes, and a sentence when it is edited', async () => {
    load(`<main>
      <table><tr><th>Model</th><th>HealthBench Hard</th><th>CharXiv Reasoning</th></tr>
        <tr><td>Muse Spark</td><td id="cell">42.8</td><td>86.4</td></tr></table>
      <p id="prose">GPT-5.4 scored 40.1 on HealthBench Hard.</p></main>`);
    const m = markPage();
    expect(claimsOn(m)).toEqual(['42.8 muse-spark matches', '86.4 muse-spark matches', '40.1 gpt-5-4 matches']);

    document.getElementById('cell')!.firstChild!.textContent = '42.1';
    document.getElementById('prose')!.firstChild!.textContent = 'GPT-5.4 scored 41.0 on HealthBench Hard.';
    await new Promise((r) => setTimeout(r, 150));
    m.flushNow();
    expect(claimsOn(m)).toEqual(['42.1 muse-spark differs', '86.4 muse-spark matches', '41.0 gpt-5-4 differs']);
  });

  it('marks every checked figure again after a pause, or Off on this site, then back on', () => {
    load(`<main>
      <table><tr><th>Model</th><th>HealthBench Hard</th><th>CharXiv Reasoning</th></tr>
        <tr><td>Muse Spark</td><td>42.8</td><td>86.4</td></tr>
        <tr><td>GPT-5.4</td><td>40.1</td><td>82.8</td></tr></table>
      <p>GPT-5.4 scored 40.1 on HealthBench Hard.</p></main>`);
    const m = markPage();
    const before = claimsOn(m);
    expect(before).toHaveLength(5);
    // Pause (or Off on this site) stops the marker; Resume starts the same one again.
    m.stop();
    expect(claimsOn(m)).toEqual([]);
    m.start();
    m.flushNow();
    expect(claimsOn(m)).toEqual(before);
  });

  it('has its own switch: hiding claims keeps every mention, and brings them back without a rescan', () => {
    load('<p>Muse Spark scored 42.1 on HealthBench Hard.</p>');
    const m = markPage();
    expect(claimsOn(m)).toEqual(['42.1 muse-spark differs']);
    m.showCategories(new Set(['muse', 'benchmark', 'model', 'keyterm']));
    expect(claimsOn(m)).toEqual([]);
    expect(termMentions(m).map((x) => x.termId)).toEqual(['muse-spark', 'healthbench-hard']);
    m.showCategories(new Set(['muse', 'benchmark', 'model', 'keyterm', 'claim']));
    expect(claimsOn(m)).toEqual(['42.1 muse-spark differs']);
  });

  it('does not count checked figures as mentions for the badge or the popup’s list', () => {
    load('<p>Muse Spark scored 42.1 on HealthBench Hard.</p>');
    const m = markPage();
    expect(m.registry.count(m.visibleCategories)).toBe(2);
    expect(m.registry.summary().map((s) => s.termId)).toEqual(['muse-spark', 'healthbench-hard']);
  });
});

describe('a paragraph of thousands of inline elements', () => {
  it('is marked in parts: every name once, figures checked once, nothing at the parts’ edges invented', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `<span>w${i}</span> `);
    const names = [3, 255, 256, 257, 511, 1024, 2999];
    for (const at of names) words[at] = '<a href="#">Muse</a> Spark ';
    words[1500] = 'Muse Spark scored 42.8 on HealthBench Hard ';
    words[2000] = '<span>Muse Spark</span><span>le</span> ';
    load(`<main><p>${words.join('')}</p></main>`);
    const m = markPage();
    expect(termMentions(m).filter((x) => x.termId === 'muse-spark')).toHaveLength(names.length + 1);
    expect(claimsOn(m)).toEqual(['42.8 muse-spark matches']);
  });
});

describe('a page that never stops changing', () => {
  afterEach(() => vi.useRealTimers());

  it('is reread less and less often (at most every 2 s), and ends with the right marks', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    load('<main><p id="tick">Muse Spark 0</p><p>GPT-5.4 as well.</p></main>');
    const m = markPage();
    const rescans = vi.spyOn(m as unknown as { readChanges(): void }, 'readChanges');
    const text = document.getElementById('tick')!.firstChild as Text;
    // 20 seconds of a rewrite every 10 ms: 2,000 changes.
    let n = 0;
    const timer = setInterval(() => (text.data = `Muse Spark ${++n}`), 10);
    // Async, so the observer's callbacks (microtasks) run between the page's timers.
    await vi.advanceTimersByTimeAsync(20_000);
    clearInterval(timer);
    // Backing off from 60 ms, doubling to 2 s: a handful of rereads, not one per change.
    expect(rescans.mock.calls.length).toBeGreaterThan(5);
    expect(rescans.mock.calls.length).toBeLessThanOrEqual(16);
    await vi.advanceTimersByTimeAsync(2_500);
    m.flushNow();
    expect(termMentions(m).map((x) => x.termId)).toEqual(['muse-spark', 'gpt-5-4']);
  });
});
