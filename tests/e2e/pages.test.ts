import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserFactories, type E2EBrowser, type E2EPage } from '../harness/drivers';
import type { FixtureServer } from '../harness/server';
import { useE2ESession } from '../harness/session';
import { highlightSizes } from '../harness/page-probes';
import { cardState, waitForCard } from '../harness/card-probes';
import { badgeText, clickControl, findTabByHost, openPopupFor, sendToTab } from '../harness/popup';
import { waitFor, waitForSettled } from '../harness/wait';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: E2EPage): Promise<string[]> {
  await page.addScript(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => v.id);
  });
}

/** Page side: where an element matching `selector` (and holding `text`) sits, and whether it is drawn. */
function boxOf(arg: { selector: string; text?: string }) {
  const el = [...document.querySelectorAll(arg.selector)].find((e) => !arg.text || e.textContent?.includes(arg.text));
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, shown: r.width > 0 && r.height > 0 };
}

/** Page side: clicks a control the way a reader does, at its centre, returning where that is. */
function centreOf(arg: { selector: string; text: string; inCard?: boolean }) {
  const root: ParentNode = arg.inCard ? document.querySelector('muse-spark-context-ui')!.shadowRoot! : document;
  const el = [...root.querySelectorAll(arg.selector)].find((e) => e.textContent?.includes(arg.text));
  if (!el) throw new Error(`no ${arg.selector} "${arg.text}"`);
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

async function clickAt(page: E2EPage, arg: { selector: string; text: string; inCard?: boolean }): Promise<void> {
  const at = await page.evaluate(centreOf, arg);
  await page.click(at.x, at.y);
}

/** Waits until the page shows no marks, or shows Muse Spark's again; returns the marks it saw last. */
const marksGone = (page: E2EPage) =>
  waitFor(
    () => page.evaluate(highlightSizes),
    (s) => Object.keys(s).length === 0,
  );
const marksBack = (page: E2EPage) =>
  waitFor(
    () => page.evaluate(highlightSizes),
    (s) => (s.muse ?? 0) > 0,
  );

/** Waits until a tab's badge, read from an extension page, is what `want` accepts. */
const badgeOf = (extensionPage: E2EPage, tabId: number, want: (text: string) => boolean) =>
  waitFor(() => extensionPage.evaluate(badgeText, tabId), want);

/** Page side: whatever is on the clipboard now (allowed by the launch: E2EBrowser.allowClipboardReads). */
const readClipboard = () => navigator.clipboard.readText();

describe.each(browserFactories)(
  '%s: the popup on a page, the undo, the options, briefing and welcome pages',
  (_name, start) => {
    const session = useE2ESession(start);
    let browser: E2EBrowser;
    let server: FixtureServer;
    beforeAll(() => ({ browser, server } = session));

    async function openArticle(file: string): Promise<E2EPage> {
      const page = await browser.newPage();
      await page.goto(server.url(file));
      await waitForSettled(
        () => page.evaluate(highlightSizes),
        (s) => (s.muse ?? 0) > 0,
      );
      return page;
    }

    it('installing opened the welcome page', () => {
      expect(browser.welcomeOpened).toBe(true);
    });

    it('the popup’s first 600 px answer what this page says: the count, and first the figures that differ', async () => {
      const article = await openArticle('claims-article.html');
      const popup = await openPopupFor(browser, '127.0.0.1');
      await popup.setViewport(380, 600);
      await waitFor(
        () => popup.evaluate(boxOf, { selector: '.differs-first' }),
        (b) => b !== null,
      );
      const lead = await popup.evaluate(boxOf, { selector: '.lead-line' });
      const differs = await popup.evaluate(boxOf, { selector: '.differs-first' });
      const firstDiffering = await popup.evaluate(boxOf, { selector: '.differs-first button.mention' });
      const scoresTab = await popup.evaluate(boxOf, { selector: '[role="tab"]', text: 'Scores' });
      for (const [what, box] of Object.entries({ lead, differs, firstDiffering, scoresTab })) {
        expect(box?.shown, what).toBe(true);
        expect(box!.bottom, what).toBeLessThanOrEqual(600);
      }
      expect(await popup.evaluate(() => document.querySelector('.lead-line')?.textContent)).toMatch(
        /^\d+ mentions of the launch on this page\.$/,
      );
      // The differing figures come before everything else the page lists.
      expect(await popup.evaluate(() => document.querySelector('[role="tabpanel"] section')?.className)).toContain(
        'differs-first',
      );
      // The score table is one key away: the tabs take arrow keys.
      await popup.evaluate(() => (document.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement).focus());
      await popup.press('ArrowRight');
      const table = await waitFor(
        () => popup.evaluate(boxOf, { selector: '#panel-scores table' }),
        (b) => b?.shown === true,
      );
      expect(table!.top).toBeLessThan(600);
      expect(popup.errors).toEqual([]);
      await popup.close();
      await article.close();
    });

    it('paused reads as paused, with the badge; Resume undoes it', async () => {
      const article = await openArticle('news-article.html');
      const popup = await openPopupFor(browser, '127.0.0.1');
      const tabId = await popup.evaluate(findTabByHost, '127.0.0.1');
      await popup.evaluate(clickControl, 'Pause everywhere');
      const status = await waitFor(
        () => popup.evaluate(() => document.querySelector('.status')?.textContent ?? ''),
        (t) => t.includes('Paused'),
      );
      expect(status).toBe('Paused everywhere: no marks on any page.Resume');
      expect(await marksGone(article)).toEqual({});
      expect(await badgeOf(popup, tabId!, (t) => t === '❚❚')).toBe('❚❚');
      await popup.evaluate(clickControl, 'Resume');
      expect(await marksBack(article)).toHaveProperty('muse');
      expect(await badgeOf(popup, tabId!, (t) => /^\d+$/.test(t))).toMatch(/^\d+$/);
      await popup.close();
      await article.close();
    });

    it('the card’s “Off on this site” shows an Undo on the page, which brings the marks back', async () => {
      const article = await openArticle('news-article.html');
      const probe = await browser.openExtensionPage('popup.html');
      const tabId = await probe.evaluate(findTabByHost, '127.0.0.1');
      await probe.evaluate(sendToTab, {
        tabId: tabId!,
        message: { type: 'reveal-mention', termId: 'muse-spark', index: 0 },
      });
      await article.bringToFront();
      await waitForCard(article, 'open');
      await clickAt(article, { selector: 'button', text: 'Off on this site', inCard: true });
      const notice = await waitFor(
        () =>
          article.evaluate(() => {
            const hosts = [...document.querySelectorAll('muse-spark-context-ui')];
            const el = hosts.map((h) => h.shadowRoot!.querySelector('.notice')).find(Boolean);
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return {
              text: el.textContent,
              inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
            };
          }),
        (n) => n !== null,
      );
      expect(notice).toEqual({ text: 'Marks are off on 127.0.0.1.Undo×', inView: true });
      expect(await marksGone(article)).toEqual({});
      expect(await badgeOf(probe, tabId!, (t) => t === 'off')).toBe('off');
      const undo = await article.evaluate(() => {
        const host = [...document.querySelectorAll('muse-spark-context-ui')].find((h) =>
          h.shadowRoot!.querySelector('.notice'),
        )!;
        const r = host.shadowRoot!.querySelector('.notice button')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await article.click(undo.x, undo.y);
      expect(await marksBack(article)).toHaveProperty('muse');
      expect(await article.evaluate(() => document.querySelectorAll('muse-spark-context-ui').length)).toBe(1);
      expect(article.errors).toEqual([]);
      await probe.close();
      await article.close();
    });

    it('copies the score table as Markdown and CSV from the popup, and a claim’s verdict from its card', async () => {
      await browser.allowClipboardReads();
      const article = await openArticle('claims-article.html');
      const popup = await openPopupFor(browser, '127.0.0.1');
      await popup.evaluate(clickControl, 'Scores');
      await clickAt(popup, { selector: 'button', text: 'Copy as Markdown' });
      const markdown = await waitFor(
        () => popup.evaluate(readClipboard),
        (t) => t.startsWith('| Benchmark'),
      );
      expect(markdown).toContain('| HealthBench Hard | 42.8 | 14.8 | 20.6 | 40.1 | 20.3 |');
      expect(markdown).toContain("Source: Meta's launch chart, as covered, 8 April 2026.");
      await clickAt(popup, { selector: 'button', text: 'Copy as CSV' });
      const csv = await waitFor(
        () => popup.evaluate(readClipboard),
        (t) => t.startsWith('Benchmark,'),
      );
      expect(csv).toContain('HealthBench Hard,42.8,14.8,20.6,40.1,20.3');
      expect(csv).toContain('"Source: Meta\'s launch chart, as covered, 8 April 2026.');
      expect(await popup.evaluate(() => document.querySelector('.copy-table [role="status"]')?.textContent)).toBe(
        'Copied the table as CSV.',
      );
      await popup.evaluate(sendToTab, {
        tabId: (await popup.evaluate(findTabByHost, '127.0.0.1'))!,
        message: { type: 'reveal-mention', termId: 'claim', index: 0 },
      });
      await article.bringToFront();
      await waitForCard(article, (s) => s.title === 'Differs from the launch chart');
      await clickAt(article, { selector: 'button', text: 'Copy verdict', inCard: true });
      const sentence = await waitFor(
        () => article.evaluate(readClipboard),
        (t) => t.startsWith('This page'),
      );
      expect(sentence).toBe(
        "This page gives Muse Spark 42.1 on HealthBench Hard; the launch chart gives 42.8, so the page's figure is 0.7 lower than the chart (Meta's launch chart, as covered, 8 April 2026).",
      );
      expect((await article.evaluate(cardState))?.text).toContain('Copied');
      expect(article.errors).toEqual([]);
      await popup.close();
      await article.close();
    });

    it('Settings: old settings migrate to sites, each listed with a button to turn it back on; axe finds nothing', async () => {
      // Settings as an older version stored them, hostnames and all (an update, or sync from another machine).
      const options = await browser.openExtensionPage('options.html');
      await options.evaluate(async () => {
        type Api = { storage: { sync: { set(items: object): Promise<void> } } };
        const settings = {
          paused: false,
          disabledSites: ['www.example.com', 'example.com', 'news.bbc.co.uk'],
          categories: { muse: true, benchmark: true, model: true, keyterm: true, claim: true },
          scanCode: false,
        };
        await (globalThis as unknown as { chrome: Api }).chrome.storage.sync.set({ settings });
      });
      const sites = await waitFor(
        () => options.evaluate(() => [...document.querySelectorAll('.site-list li > span')].map((s) => s.textContent)),
        (s) => s.length === 2,
      );
      expect(sites).toEqual(['example.com', 'bbc.co.uk']);
      expect(await axeViolations(options)).toEqual([]);
      await options.evaluate(clickControl, 'for bbc.co.uk');
      expect(
        await waitFor(
          () =>
            options.evaluate(() => [...document.querySelectorAll('.site-list li > span')].map((s) => s.textContent)),
          (s) => s.length === 1,
        ),
      ).toEqual(['example.com']);
      // Styled as designed (the styles it shares with the popup arrive too): one switch a line.
      expect(await options.evaluate(() => getComputedStyle(document.querySelector('label.toggle')!).display)).toBe(
        'flex',
      );
      // Every setting is here.
      const labels = await options.evaluate(() => [...document.querySelectorAll('label')].map((l) => l.textContent));
      expect(labels).toEqual([
        'Pause: no marks on any page',
        'Muse Spark',
        'Benchmarks',
        'Rival models',
        'Key terms',
        'Figures vs the launch chart',
        'Also in code blocks',
      ]);
      expect(options.errors).toEqual([]);
      await options.close();
    });

    it('the briefing fills a window: summary, key points, every benchmark with bars, the table, sources; axe finds nothing', async () => {
      const page = await browser.openExtensionPage('briefing.html');
      await page.setViewport(1366, 657);
      const read = await waitFor(
        () =>
          page.evaluate(() => ({
            h1: document.querySelector('h1')?.textContent,
            sections: [...document.querySelectorAll('main > section')].map((s) => s.id),
            benchmarks: document.querySelectorAll('.benchmark').length,
            bars: document.querySelectorAll('.benchmark .bar-row').length,
            width: document.querySelector('main')!.getBoundingClientRect().width,
            columns: new Set([...document.querySelectorAll('.benchmark')].map((b) => b.getBoundingClientRect().left))
              .size,
            sources: document.querySelector('#sources')?.textContent ?? '',
          })),
        (r) => r.benchmarks > 0,
      );
      expect(read.h1).toBe('Meta launches Muse Spark, the first model from Meta Superintelligence Labs');
      expect(read.sections).toEqual(['summary', 'model', 'benchmarks', 'table', 'terms', 'sources']);
      expect(read.benchmarks).toBe(6);
      expect(read.bars).toBe(5 * 4 + 3);
      // Laid out for a window: a wide column, benchmarks side by side.
      expect(read.width).toBeGreaterThan(800);
      expect(read.columns).toBeGreaterThan(1);
      expect(read.sources).toContain('Reuters, Axios, The Verge, Business Insider');
      expect(await axeViolations(page)).toEqual([]);
      // In a narrow window, one column and no sideways scrolling.
      await page.setViewport(400, 800);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('the welcome page: the marks, the shortcut as set, turning a site off, privacy; axe finds nothing', async () => {
      const page = await browser.openExtensionPage('welcome.html');
      await page.setViewport(1280, 720);
      const read = await waitFor(
        () =>
          page.evaluate(() => ({
            headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
            samples: [...document.querySelectorAll('.legend .sample')].map(
              (s) => getComputedStyle(s).textDecorationLine,
            ),
            shortcut: document.querySelector('kbd')?.textContent,
            text: document.body.textContent ?? '',
          })),
        (r) => r.shortcut !== undefined,
      );
      expect(read.headings).toEqual(['What the marks mean', 'Cards', 'Keyboard', 'Turning it off', 'Privacy']);
      expect(read.samples).toHaveLength(8);
      expect(read.samples.every((d) => d.includes('underline'))).toBe(true);
      expect(read.shortcut).toBe('Alt+Shift+M');
      expect(read.text).toContain('chrome://extensions/shortcuts');
      expect(read.text).toContain('Manage Extension Shortcuts');
      expect(read.text).toContain('sends nothing anywhere');
      expect(await axeViolations(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  },
);
