import type { Clip, E2EPage } from './drivers';
import { waitFor } from './wait';

/**
 * Functions that run inside a test page (serialised by the driver), so each one is
 * self-contained: no imports, no outer variables.
 */

/** How many ranges each of the extension's highlights holds, in this document. */
export function highlightSizes(): Record<string, number> {
  const out: Record<string, number> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  for (const [name, h] of registry ?? []) if (name.startsWith('muse-spark-context-')) out[name.slice(19)] = h.size;
  return out;
}

/** Clears the extension's highlights from this document and its iframes, to compare pixels without them. */
export function clearHighlights(): void {
  const frames = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow as typeof window | null);
  for (const win of [window, ...frames]) {
    const registry = (win?.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    for (const name of registry?.keys() ?? []) if (name.startsWith('muse-spark-context-')) registry!.delete(name);
  }
}

/**
 * Test side (not page side): for each clip of the page, whether the extension's marks show in its
 * pixels, from a screenshot with them and one after `clearHighlights` (which they do not come back from).
 */
export async function marksPainted(page: E2EPage, clips: Clip[]): Promise<boolean[]> {
  const marked = await Promise.all(clips.map((clip) => page.screenshot({ clip })));
  await page.evaluate(clearHighlights);
  const bare = await Promise.all(clips.map((clip) => page.screenshot({ clip })));
  return marked.map((shot, i) => !shot.equals(bare[i]!));
}

/**
 * Test side: waits until the page's highlights hold the `expected` number of marks of each kind (or
 * the wait runs out), and returns what they hold then, for the test to assert on.
 */
export function waitForMarkCounts(page: E2EPage, expected: Record<string, number>): Promise<Record<string, number>> {
  return waitFor(
    () => page.evaluate(highlightSizes),
    (s) => sameCounts(s, expected),
  );
}

/**
 * The viewport box of the first occurrence of `text` inside `selector`: in a shadow root when
 * `host` is given, in a same-origin iframe when `frame` is.
 */
export function textBox(arg: { selector: string; text: string; host?: string; frame?: string }) {
  const frame = arg.frame ? (document.querySelector(arg.frame) as HTMLIFrameElement) : null;
  const doc = frame ? frame.contentDocument! : document;
  const scope: ParentNode = arg.host ? doc.querySelector(arg.host)!.shadowRoot! : doc;
  const el = scope.querySelector(arg.selector);
  if (!el) throw new Error(`no ${arg.selector}`);
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const full = nodes.map((n) => n.data).join('');
  const at = full.indexOf(arg.text);
  if (at < 0) throw new Error(`no "${arg.text}" in ${arg.selector}`);
  const range = doc.createRange();
  let pos = 0;
  for (const n of nodes) {
    const end = pos + n.data.length;
    if (at >= pos && at <= end) range.setStart(n, at - pos);
    if (at + arg.text.length >= pos && at + arg.text.length <= end) {
      range.setEnd(n, at + arg.text.length - pos);
      break;
    }
    pos = end;
  }
  const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const box = frame?.getBoundingClientRect();
  const dx = box ? box.left + frame!.clientLeft : 0;
  const dy = box ? box.top + frame!.clientTop : 0;
  return {
    x: Math.floor(r.left + dx),
    y: Math.floor(r.top + dy),
    width: Math.ceil(r.width),
    height: Math.ceil(r.height),
  };
}

/**
 * Installed before the page's scripts: notes, frame by frame, whether any of the extension's
 * highlights was ever registered (so painted), in `window.museSparkTestEverMarked`.
 */
export const everMarkedScript = `
  window.museSparkTestEverMarked = false;
  (function poll() {
    const names = CSS.highlights ? [...CSS.highlights.keys()] : [];
    if (names.some((n) => n.startsWith('muse-spark-context-'))) window.museSparkTestEverMarked = true;
    else requestAnimationFrame(poll);
  })();
`;

/**
 * Installed before the page's scripts: from DOMContentLoaded on (the parser is done, and the
 * extension runs later, at document_idle) records every change to the page's DOM outside the
 * extension's own UI host.
 */
export const pageWatchScript = `
  window.museSparkTestMutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (nodes.length && nodes.every((n) => n.localName === 'muse-spark-context-ui')) continue;
        window.museSparkTestMutations.push(r.type + ':' + (r.target.nodeName || '') + ':' + (r.attributeName || ''));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

export function pageMutations(): string[] {
  return (window as unknown as { museSparkTestMutations: string[] }).museSparkTestMutations;
}

/** Every page element's box, to show that marks move nothing. */
export function elementBoxes(): string[] {
  return [...document.querySelectorAll('body *')]
    .filter((e) => e.localName !== 'muse-spark-context-ui')
    .map((e) => {
      const r = e.getBoundingClientRect();
      return [e.localName, r.x, r.y, r.width, r.height].join(',');
    });
}

/** The text under each range of the extension's highlights, by highlight, in document order. */
export function highlightTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const [name, h] of registry ?? []) {
    if (!name.startsWith('muse-spark-context-')) continue;
    const texts = [...h].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return { text: live.toString(), range: live };
    });
    texts.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    out[name.slice(19)] = texts.map((t) => t.text);
  }
  return out;
}

/** Installed before the page's scripts: records each `pageshow`, and whether it came from the back/forward cache. */
export const pageShowScript = `
  window.museSparkTestShows = [];
  addEventListener('pageshow', (e) => window.museSparkTestShows.push(e.persisted));
`;

export function pageShows(): boolean[] {
  return (window as unknown as { museSparkTestShows?: boolean[] }).museSparkTestShows ?? [];
}

// Test side (not serialised into pages).

/** The news article's marks once it is fully read: 20 mentions, and the 6 launch figures it quotes. */
export const NEWS_ARTICLE_MARKS: Record<string, number> = {
  muse: 4,
  benchmark: 6,
  model: 4,
  keyterm: 6,
  'claim-matches': 6,
};

/** The same highlight sizes, in whatever order the highlights were made. */
const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);
