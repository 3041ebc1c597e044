import { beforeAll, describe, expect, it } from 'vitest';
import { browserFactories, type E2EBrowser } from '../harness/drivers';
import type { FixtureServer } from '../harness/server';
import { useE2ESession } from '../harness/session';
import {
  elementBoxes,
  highlightSizes,
  waitForMarkCounts,
  marksPainted,
  NEWS_ARTICLE_MARKS,
  pageMutations,
  pageWatchScript,
  textBox,
} from '../harness/page-probes';
import { waitFor } from '../harness/wait';

const NEWS_EXPECTED = NEWS_ARTICLE_MARKS;

describe.each(browserFactories)('%s: the built extension on served news pages', (_name, start) => {
  const session = useE2ESession(start);
  let browser: E2EBrowser;
  let server: FixtureServer & { addPage(name: string, html: string): void };
  beforeAll(() => ({ browser, server } = session));

  it('loads, runs its content script on a served page, and its popup shows the article title', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('news-article.html'));
    const sizes = await waitFor(
      () => page.evaluate(highlightSizes),
      (s) => (s.muse ?? 0) > 0,
    );
    expect(sizes.muse).toBeGreaterThan(0);
    const popup = await browser.openExtensionPage('popup.html');
    const title = await waitFor(
      () => popup.evaluate(() => document.querySelector('.briefing-title')?.textContent ?? ''),
      (t) => t !== '',
    );
    expect(title).toBe('Meta launches Muse Spark, the first model from Meta Superintelligence Labs');
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('marks every mention and no near-miss, leaving the DOM and layout untouched', async () => {
    const page = await browser.newPage();
    await page.addInitScript(pageWatchScript);
    await page.goto(server.url('news-article.html'));
    const sizes = await waitForMarkCounts(page, NEWS_EXPECTED);
    expect(sizes).toEqual(NEWS_EXPECTED);
    expect(await page.evaluate(pageMutations), 'the page saw no change to its DOM').toEqual([]);

    const mentions = [
      { selector: '#lede', text: 'Muse Spark' }, // split across a link
      { selector: '#charxiv', text: 'Spark scored' }, // after a no-break space
      { selector: '#health', text: 'HealthBench Hard' }, // split across <em>
      { selector: '#health', text: 'MUSE SPARK' },
      { selector: '#charxiv', text: 'Claude' }, // a model name wrapped over two lines
      { selector: '#arc', text: 'ARC-AGI-2' },
    ];
    const nearMisses = [
      { selector: '#near-misses', text: 'Apache Spark' },
      { selector: '#near-misses', text: 'Muse Sparkle' },
      { selector: '#near-misses', text: 'ARC-AGI-1' },
      { selector: '#near-misses', text: 'GPT 5.45' },
      { selector: '#weak-spots', text: 'Muse' }, // a heading never joins the next paragraph
      { selector: '#after-heading', text: 'Spark' },
      { selector: '#code-sample', text: 'Muse Spark' }, // code is not scanned by default
    ];
    const boxes = await Promise.all([...mentions, ...nearMisses].map((m) => page.evaluate(textBox, m)));
    const layoutMarked = await page.evaluate(elementBoxes);
    const painted = await marksPainted(page, boxes);
    mentions.forEach((m, i) => expect(painted[i], `${m.text} looks marked`).toBe(true));
    nearMisses.forEach((m, i) => expect(painted[mentions.length + i], `${m.text} looks unmarked`).toBe(false));

    expect(layoutMarked, 'marks move or resize nothing').toEqual(await page.evaluate(elementBoxes));
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks read on a dark page too', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('dark-article.html'));
    await waitFor(
      () => page.evaluate(highlightSizes),
      (s) => (s.keyterm ?? 0) > 0,
    );
    const mentions = ['Muse Spark', 'CharXiv Reasoning', 'GPT-5.4', 'Contemplating mode'];
    const boxes = await Promise.all(mentions.map((text) => page.evaluate(textBox, { selector: '#p1', text })));
    const painted = await marksPainted(page, boxes);
    mentions.forEach((text, i) => expect(painted[i], `${text} looks marked`).toBe(true));
    await page.close();
  });

  it('follows a live page: new entries are marked, edits re-read, removed text loses its marks', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('live-blog.html'));
    // Entries 1–3 arrive, entry 0 is corrected to mention Muse Spark, entry 3 (ARC-AGI-2) is withdrawn.
    // A category with no mention has no highlight at all. The one checked figure is GPT-5.4's 40.1.
    const expected = { muse: 2, benchmark: 1, model: 1, 'claim-matches': 1 };
    const sizes = await waitForMarkCounts(page, expected);
    expect(sizes).toEqual(expected);
    const clip = await page.evaluate(textBox, { selector: '#entry-0', text: 'Muse Spark' });
    expect(await marksPainted(page, [clip]), 'Muse Spark looks marked').toEqual([true]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks text inside open shadow roots (one inside another) and same-origin iframes', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('components.html'));
    // HealthBench Hard in the callout's shadow root, ARC-AGI-2 in the one nested in it, SimpleVQA in the page.
    const sizes = await waitFor(
      () => page.evaluate(highlightSizes),
      (s) => s.muse === 1 && s.benchmark === 3,
    );
    expect(sizes).toMatchObject({ muse: 1, benchmark: 3 });
    const frameSizes = await waitFor(
      () =>
        page.evaluate(() => {
          const w = (document.getElementById('embed') as HTMLIFrameElement).contentWindow as unknown as {
            CSS: { highlights?: Map<string, Set<unknown>> };
          };
          return w.CSS.highlights?.get('muse-spark-context-benchmark')?.size ?? 0;
        }),
      (n) => n === 1,
    );
    expect(frameSizes).toBe(1);
    const clips = await Promise.all([
      page.evaluate(textBox, { host: '#callout', selector: '#inner', text: 'HealthBench Hard' }),
      page.evaluate(textBox, { frame: '#embed', selector: '#quote', text: 'CharXiv Reasoning' }),
    ]);
    // The shadow root's mention, then the iframe's.
    expect(await marksPainted(page, clips), 'both mentions are painted').toEqual([true, true]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a page that names nothing marks a name it adds later, split or not', async () => {
    // The content script's work sleeps on such a page (lib/extension/wake.ts); the reader must not notice.
    // (The toolbar button waking it is tested in Chromium, which lets a test click it: tests/e2e/popup.test.ts.)
    server.addPage(
      'quiet.html',
      '<!doctype html><html lang="en"><title>Quiet</title><body><main id="feed"><p>Nothing of note today.</p></main></body></html>',
    );
    const page = await browser.newPage();
    await page.goto(server.url('generated/quiet.html'));
    await page.evaluate(() => {
      document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<p>Update: <b>Muse</b> Spark is out.</p>');
    });
    expect(await waitForMarkCounts(page, { muse: 1 })).toEqual({ muse: 1 });
    // Asleep until now on a second page: a name added later wakes it.
    const second = await browser.newPage();
    await second.goto(server.url('generated/quiet.html'));
    await second.evaluate(() => {
      setTimeout(() => {
        document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<p>On <i>Health</i>Bench Hard today.</p>');
      }, 300);
    });
    expect(await waitForMarkCounts(second, { benchmark: 1 })).toEqual({ benchmark: 1 });
    expect([...page.errors, ...second.errors]).toEqual([]);
    await Promise.all([page.close(), second.close()]);
  });
});
