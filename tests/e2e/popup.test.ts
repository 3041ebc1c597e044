import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { browserFactories, wrapPuppeteer, type E2EBrowser, type E2EPage } from '../harness/drivers';
import { chromeBuild, firefoxBuild, launchToolbarChromium, type ToolbarChromium } from '../harness/browsers';
import { startFixtureServer, type FixtureServer } from '../harness/server';
import { useE2ESession } from '../harness/session';
import { everMarkedScript, highlightSizes, waitForMarkCounts, NEWS_ARTICLE_MARKS } from '../harness/page-probes';
import { cardState } from '../harness/card-probes';
import { clickControl, openPopupFor } from '../harness/popup';
import { waitFor } from '../harness/wait';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every figure of the launch chart, in the table's order (benchmarks down, models across). */
const LAUNCH_FIGURES = ['86.4', '65.3', '80.2', '82.8', '60.9', '80.4', '71.3', '42.8', '14.8', '20.6', '40.1', '20.3'];
/** The figures outlets report for ARC AGI 2, in a labelled row of their own under the article's. */
const OUTLET_FIGURES = ['42.5', '76.5', '76.1'];

describe.each(browserFactories)('%s: the popup', (_name, start) => {
  const session = useE2ESession(start);
  let browser: E2EBrowser;
  let server: FixtureServer;
  let article: E2EPage;
  let popup: E2EPage;

  beforeAll(async () => {
    ({ browser, server } = session);
    article = await browser.newPage();
    await article.goto(server.url('news-article.html'));
    // Fully read, so the popup lists every mention.
    await waitForMarkCounts(article, NEWS_ARTICLE_MARKS);
    popup = await openPopupFor(browser, '127.0.0.1');
    await popup.setViewport(380, 600);
  });

  it('holds every launch figure a tab away, fits 380 px without sideways scrolling, and passes axe in every tab', async () => {
    const read = await waitFor(
      () =>
        popup.evaluate(() => ({
          lang: document.documentElement.lang,
          docTitle: document.title,
          selected: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent,
          figures: [...document.querySelectorAll('table tr:not(.outlet-tier) .figure')].map(
            (f) => f.firstChild?.textContent,
          ),
          outletFigures: [...document.querySelectorAll('table tr.outlet-tier .figure')].map(
            (f) => f.firstChild?.textContent,
          ),
          outletRow: document.querySelector('table tr.outlet-tier th')?.textContent,
          notReported: document.querySelectorAll('tr:not(.outlet-tier) > td.not-reported').length,
          scrollWidth: document.documentElement.scrollWidth,
          mentions: document.querySelectorAll('button.mention').length,
        })),
      (r) => r.mentions > 0,
    );
    expect(read.lang).toBe('en');
    expect(read.docTitle).toBe('Muse Spark Context');
    expect(read.selected).toMatch(/^This page/);
    expect(read.figures).toEqual(LAUNCH_FIGURES);
    expect(read.notReported).toBe(2);
    expect(read.outletFigures).toEqual(OUTLET_FIGURES);
    expect(read.outletRow).toBe('† ARC AGI 2, as outlets report it');
    expect(read.scrollWidth).toBeLessThanOrEqual(380);
    await popup.addScript(axeSource);
    for (const tab of ['This page', 'Scores', 'The launch']) {
      await popup.evaluate(clickControl, tab);
      const violations = await popup.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => v.id);
      });
      expect(violations, tab).toEqual([]);
      expect(await popup.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(380);
    }
    await popup.evaluate(clickControl, 'This page');
    expect(popup.errors).toEqual([]);
  });

  it('lists this page’s mentions by term; clicking one scrolls the page to it and opens its card', async () => {
    const names = await popup.evaluate(() =>
      [...document.querySelectorAll('button.mention')].map((b) => b.textContent),
    );
    expect(names).toContain('Muse Spark4');
    expect(names).toContain('HealthBench Hard1');
    await popup.evaluate(clickControl, 'HealthBench Hard1');
    await article.bringToFront();
    const card = await waitFor(
      () => article.evaluate(cardState),
      (s) => s !== null,
      3000,
    );
    expect(card?.title).toBe('HealthBench Hard');
    await article.press('Escape');
  });

  it('a category turned off in Settings leaves the open page at once, and comes back', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.evaluate(clickControl, 'Rival models');
    const noModels = await waitFor(
      () => article.evaluate(highlightSizes),
      (s) => s.model === undefined,
    );
    const { model: _hidden, ...withoutModels } = NEWS_ARTICLE_MARKS;
    expect(noModels).toEqual(withoutModels);
    await options.evaluate(clickControl, 'Rival models');
    await waitForMarkCounts(article, NEWS_ARTICLE_MARKS);
    await options.close();
  });

  it('Off on this site: the page loses its marks, the popup says so with an Undo, and a new page there stays unmarked', async () => {
    await popup.evaluate(clickControl, 'Off on this site');
    const off = await waitFor(
      () => article.evaluate(highlightSizes),
      (s) => Object.keys(s).length === 0,
    );
    expect(off).toEqual({});
    const said = await waitFor(
      () =>
        popup.evaluate(() => document.querySelector('[role="tabpanel"]:not([hidden]) [role="status"]')?.textContent),
      (t) => t?.includes('Undo') ?? false,
    );
    expect(said).toBe('Marks are off on 127.0.0.1.Undo');
    // A page opened on the site while it is off never shows a mark (on, this page's first marks
    // show within a fraction of a second).
    const opened = await browser.newPage();
    await opened.addInitScript(everMarkedScript);
    await opened.goto(server.url('news-article.html'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await opened.evaluate(() => (window as { museSparkTestEverMarked?: boolean }).museSparkTestEverMarked)).toBe(
      false,
    );
    expect(opened.errors).toEqual([]);
    await opened.close();

    await popup.evaluate(clickControl, 'Undo');
    // Turned back on, the page is read afresh: wait for all of it, not the first batch of marks.
    const back = await waitForMarkCounts(article, NEWS_ARTICLE_MARKS);
    expect(back).toEqual(NEWS_ARTICLE_MARKS);
    expect(article.errors).toEqual([]);
  });
});

/** What the popup's page tab says once it has its answer (it says "Reading this page…" until then). */
const pageTabSays = (popup: PuppeteerPage) =>
  waitFor(
    () => popup.evaluate(() => document.querySelector('[role="tabpanel"]:not([hidden])')?.textContent ?? ''),
    (text) => !text.includes('…'),
  );

// The toolbar button itself, which only Chromium lets a test click (Puppeteer's `triggerExtensionAction`;
// Firefox's WebDriver BiDi has no such command). A page that names nothing has a content script that sleeps
// and listens for no message (lib/extension/wake.ts): the click's `activeTab` grant is what lets the popup
// wake it (lib/extension/ask-page.ts).
describe('chromium: the toolbar button', () => {
  let chromium: ToolbarChromium;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;

  beforeAll(async () => {
    [chromium, server] = await Promise.all([launchToolbarChromium(), startFixtureServer()]);
    server.addPage(
      'quiet.html',
      '<!doctype html><html lang="en"><title>Quiet</title><body><main><p>Nothing of note today.</p></main></body></html>',
    );
    return async () => {
      await Promise.all([chromium.close(), server.close()]);
    };
  });

  it('on a page that names nothing, wakes its sleeping content script and says nothing is mentioned', async () => {
    const page = await chromium.browser.newPage();
    const { errors } = wrapPuppeteer(page);
    await page.goto(server.url('generated/quiet.html'));
    const popup = await chromium.clickToolbarButton(page);
    expect(await pageTabSays(popup)).toContain('Nothing here mentions Muse Spark, its rivals or its benchmarks.');
    await popup.close();
    // Woken, the page marks what it adds from now on, and the popup lists it, asked the usual way.
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Meta launched <b>Muse</b> Spark.</p>');
    });
    const again = await waitFor(
      async () => {
        const bubble = await chromium.clickToolbarButton(page);
        const said = await pageTabSays(bubble);
        await bubble.close();
        return said;
      },
      (said) => said.includes('Muse Spark'),
    );
    expect(again).not.toContain('Nothing here mentions');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a page no content script runs in, says extensions cannot read it', async () => {
    const page = await chromium.browser.newPage();
    await page.goto('about:blank');
    const popup = await chromium.clickToolbarButton(page);
    expect(await pageTabSays(popup)).toContain('Extensions can’t read this page.');
    await popup.close();
    await page.close();
  });
});

describe('the built popup.html', () => {
  it('holds the briefing and every launch figure as HTML, on screen before any script runs', () => {
    for (const dir of [chromeBuild, firefoxBuild]) {
      const html = readFileSync(join(dir, 'popup.html'), 'utf8');
      expect(html).toContain('Meta launches Muse Spark, the first model from Meta Superintelligence Labs</h2>');
      // It opens on this page, the score table and the briefing in tabs of their own.
      expect(html).toMatch(/<button[^>]*role="tab"[^>]*aria-selected="true"[^>]*>This page</);
      const figures = [...html.matchAll(/class="figure[^"]*">([\d.]+)/g)].map((m) => m[1]);
      expect(figures).toEqual([...LAUNCH_FIGURES, ...OUTLET_FIGURES]);
      expect(html).toContain('Reading this page…');
      // Its styles come with it: a linked stylesheet would hold the first paint until fetched.
      expect(html).not.toMatch(/<link[^>]+stylesheet/);
      expect(html).toMatch(/<style>[^<]*\.popup\{/);
      // Its module runs after the first paint: a module script tag ran first and held that paint.
      expect(html).not.toContain('type="module"');
      const module = html.match(
        /<script defer src="\/popup-start\.js" data-module="(\/chunks\/popup-[\w-]+\.js)">/,
      )?.[1];
      expect(module && existsSync(join(dir, module))).toBe(true);
      expect(existsSync(join(dir, 'popup-start.js'))).toBe(true);
    }
  });
});
