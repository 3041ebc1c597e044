/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentSession } from '../../../lib/extension/content-session';
import { defaultSettings, saveSettings } from '../../../lib/extension/settings';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let ctx: ContentScriptContext | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => ctx?.notifyInvalidated());

describe('the badge count a page reports', () => {
  it('arrives soon after the marks, comes coalesced while the page keeps changing, and ends true', async () => {
    document.body.innerHTML = '<main><article id="feed"><p>Muse Spark is out.</p></article></main>';
    const reports: { count: number; at: number }[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const m = message as { type: string; count?: number };
      if (m.type === 'mention-count') reports.push({ count: m.count!, at: performance.now() });
    });
    ctx = new ContentScriptContext('test');
    const start = performance.now();
    await runContentSession(ctx, window as never);
    // A live blog: a post naming Muse Spark every 100 ms for 2.5 s.
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 25; i++) {
      await sleep(100);
      feed.insertAdjacentHTML('beforeend', `<div><p>Update ${i}: Muse Spark again.</p></div>`);
    }
    // The page's rescans back off while it keeps changing (up to 2 s apart), and the report follows.
    for (let waited = 0; reports.at(-1)?.count !== 26 && waited < 5000; waited += 100) await sleep(100);

    expect(reports[0]!.count).toBeGreaterThanOrEqual(1);
    expect(reports[0]!.at - start).toBeLessThan(1000);
    // Coalesced: 25 changes, each report a quarter of a second at least after the one before.
    for (let i = 1; i < reports.length; i++) expect(reports[i]!.at - reports[i - 1]!.at).toBeGreaterThanOrEqual(245);
    expect(reports.length).toBeLessThan(25);
    expect(reports.at(-1)!.count).toBe(26);
  }, 15_000);
});

/** Records every assignment to `root.adoptedStyleSheets`, as the page would see it. */
function watchAdopted(root: Document | ShadowRoot): unknown[][] {
  const writes: unknown[][] = [];
  let adopted: unknown[] = [];
  Object.defineProperty(root, 'adoptedStyleSheets', {
    configurable: true,
    get: () => adopted,
    set: (sheets: unknown[]) => {
      writes.push(sheets);
      adopted = sheets;
    },
  });
  return writes;
}

/**
 * An article naming Muse Spark, with HealthBench Hard in a web component's shadow root; every
 * stylesheet assignment to the document or the shadow root is recorded.
 */
function articleWithShadowMention() {
  document.body.innerHTML = '<main><article><p>Muse Spark is out.</p><x-note id="note"></x-note></article></main>';
  const shadow = document.getElementById('note')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>It leads HealthBench Hard.</p>';
  return { shadow, documentWrites: watchAdopted(document), shadowWrites: watchAdopted(shadow) };
}

/** What Firefox's build adopts (lib/marker/highlighter.ts); Chromium's adopts nothing. */
const firefoxRules = { adoptedMarkRules: '::highlight(muse-spark-context-muse) { background-color: violet; }' };

describe("a page's own stylesheets", () => {
  it('are never touched where the manifest brings the marks’ rules (Chromium)', async () => {
    const { documentWrites, shadowWrites } = articleWithShadowMention();
    const counts: number[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const m = message as { type: string; count?: number };
      if (m.type === 'mention-count') counts.push(m.count!);
    });
    ctx = new ContentScriptContext('test');
    await runContentSession(ctx, window as never);
    for (let waited = 0; counts.at(-1) !== 2 && waited < 2000; waited += 50) await sleep(50);
    // Both mentions show (the badge counts them), in the document and the shadow root, and no
    // stylesheet was assigned to either.
    expect(counts.at(-1)).toBe(2);
    expect([documentWrites, shadowWrites]).toEqual([[], []]);
  });

  it('are left alone while paused, and get our sheet once marks show (Firefox)', async () => {
    const { shadow, documentWrites, shadowWrites } = articleWithShadowMention();
    await saveSettings({ ...defaultSettings, paused: true });
    ctx = new ContentScriptContext('test');
    await runContentSession(ctx, window as never, firefoxRules);
    await sleep(300);
    // Paused: the page is read, but nothing of it is touched.
    expect(documentWrites).toEqual([]);
    expect(shadowWrites).toEqual([]);

    await saveSettings(defaultSettings);
    for (let waited = 0; !shadowWrites.length && waited < 2000; waited += 50) await sleep(50);
    // Marks show: the document and the shadow root (which the document's sheets do not reach) get ours.
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect([documentWrites.length, shadowWrites.length]).toEqual([1, 1]);
  });

  it('are never touched on a page with nothing to mark (Firefox)', async () => {
    document.body.innerHTML = '<main><article><p>An article about the weather.</p></article></main>';
    const documentWrites = watchAdopted(document);
    ctx = new ContentScriptContext('test');
    await runContentSession(ctx, window as never, firefoxRules);
    await sleep(300);
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Still nothing to mark.</p>');
    await sleep(500);
    expect(documentWrites).toEqual([]);

    // The first mention, arriving late, brings our styles with its mark.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Muse Spark, at last.</p>');
    for (let waited = 0; !documentWrites.length && waited < 2000; waited += 50) await sleep(50);
    expect(documentWrites).toHaveLength(1);
  });
});

describe('start-up', () => {
  it('starts reading in the task the script starts in, and sets up the rest in the next', async () => {
    document.body.innerHTML = '<main><article><p>Muse Spark is out.</p></article></main>';
    const listens = vi.spyOn(browser.runtime.onMessage, 'addListener');
    const observes = vi.spyOn(window.MutationObserver.prototype, 'observe');
    ctx = new ContentScriptContext('test');
    const session = runContentSession(ctx, window as never);
    // In the browser's task for the script, reading starts (its first slice queued ahead of whatever
    // the page queues next); the card, the listeners and the settings wait for the next task.
    expect(observes).toHaveBeenCalledWith(document, expect.objectContaining({ subtree: true }));
    expect(listens).not.toHaveBeenCalled();
    await session;
    expect(listens).toHaveBeenCalledTimes(1);
  });
});

describe('the card’s words in a language the reader chose', () => {
  it('are asked of the background when a card is about to show, not as the page loads, and again after a new choice', async () => {
    document.body.innerHTML = '<main><article><p>Muse Spark is out.</p></article></main>';
    await saveSettings({ ...defaultSettings, language: 'de' });
    const asked: string[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const m = message as { type: string; locale?: string };
      if (m.type !== 'ui-messages') return undefined;
      asked.push(m.locale!);
      return { meta_locale: { message: m.locale } };
    });
    let words: { current(): unknown; load(): Promise<void> } | undefined;
    ctx = new ContentScriptContext('test');
    await runContentSession(ctx, window as never, {
      createCard: (_marker, _actions, given) => {
        words = given;
        return { openFor() {}, sync() {}, close() {}, destroy() {} };
      },
    });
    await sleep(300);
    // The page loaded and marked: nothing asked yet, so no page wakes the background for words.
    expect(asked).toEqual([]);
    expect(words!.current()).toBeNull();
    await Promise.all([words!.load(), words!.load()]);
    expect(asked).toEqual(['de']);
    expect(words!.current()).toEqual({ meta_locale: { message: 'de' } });
    // Another choice: the old words go, and the next card asks once for the new ones.
    await saveSettings({ ...defaultSettings, language: 'ja' });
    await sleep(100);
    expect(words!.current()).toBeNull();
    await words!.load();
    expect(asked).toEqual(['de', 'ja']);
    // Back to the browser's language: nothing to ask for.
    await saveSettings({ ...defaultSettings, language: 'browser' });
    await sleep(100);
    await words!.load();
    expect(asked).toEqual(['de', 'ja']);
    expect(words!.current()).toBeNull();
  });
});

describe('the session’s answers to the popup', () => {
  it('list the page’s mentions, and stop once an extension update stops the session', async () => {
    document.body.innerHTML = '<main><article><p>Meta launched Muse Spark today.</p></article></main>';
    ctx = new ContentScriptContext('test');
    const answer = await runContentSession(ctx, window as never);
    let page: unknown;
    for (let waited = 0; waited < 2000; waited += 50) {
      page = await answer({ type: 'get-page-mentions' });
      if ((page as { total?: number }).total) break;
      await sleep(50);
    }
    expect(page).toMatchObject({ total: 1, active: true });
    // What the frame's world still holds after an update (lib/extension/wake.ts) answers nothing.
    ctx.notifyInvalidated();
    expect(answer({ type: 'get-page-mentions' })).toBeUndefined();
    expect(answer({ type: 'next-mention' })).toBeUndefined();
  });
});
