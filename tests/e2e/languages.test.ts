import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChromium, startFirefox, type E2EBrowser, type E2EPage } from '../harness/drivers';
import { root } from '../harness/browsers';
import { useE2ESession } from '../harness/session';
import { fitProblems, revealCard } from '../harness/card-probes';
import { clickControl, findTabByHost, toolbarPopup } from '../harness/popup';
import { highlightSizes } from '../harness/page-probes';
import { sleep, waitFor, waitForSettled } from '../harness/wait';
import { messagesOf } from '../harness/locales';
import { uiLocales } from '../../lib/i18n/languages';

/**
 * A reader whose browser speaks German or Japanese gets the card, the toolbar popup and the pages in
 * that language, with the same figures written the language's way (42,8 in German), and can choose
 * another language in the settings. Chromium is started with --lang (and LANGUAGE), Firefox with
 * intl.locale.requested; both need Debian's language packs, which .ci/run installs.
 */

const shots = join(root, 'tests/.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

interface Language {
  lang: string;
  popupFile: string;
  tabs: string[];
  /** The Scores tab's HealthBench Hard figure for Muse Spark, as the language writes it. */
  figure: string;
  cards: { termId: string; index?: number; title: string; kind: string; figures: string[] }[];
  briefingHeading: string;
}

/**
 * What a reader of `locale` should see, from that language's own messages: six cards of every kind
 * (the longest ones: Muse Spark's standings, the outlets' tier, a claim), titled and labelled in it,
 * with their figures written its way.
 */
async function languageOf(locale: string): Promise<Language> {
  const m = await messagesOf(locale);
  const say = (key: string, words: Record<string, string> = {}) =>
    m[key]!.message.replace(/\{(\w+)\}/g, (_, name: string) => words[name] ?? `{${name}}`);
  const figure = (v: string) => v.replace('.', say('meta_decimal'));
  const figures = (...values: string[]) => values.map(figure);
  return {
    lang: locale.replace('_', '-'),
    popupFile: locale === 'en' ? 'popup.html' : `popup-${locale}.html`,
    tabs: [say('popup_tabPage'), say('popup_tabScores'), say('popup_tabLaunch')],
    figure: figure('42.8'),
    cards: [
      {
        termId: 'muse-spark',
        title: 'Muse Spark',
        kind: say('card_kindMuse'),
        figures: figures('86.4', '80.4', '71.3', '42.8'),
      },
      {
        termId: 'healthbench-hard',
        title: 'HealthBench Hard',
        kind: say('card_kindBenchmark_health'),
        figures: figures('42.8', '14.8', '20.6', '40.1', '20.3'),
      },
      {
        termId: 'arc-agi-2',
        title: 'ARC AGI 2',
        kind: say('card_kindBenchmark_reasoning'),
        figures: figures('42.5', '76.5', '76.1'),
      },
      {
        termId: 'claude-opus-4-6-max',
        title: 'Claude Opus 4.6 Max',
        kind: say('card_kindRival', { vendor: 'Anthropic' }),
        figures: figures('65.3', '86.4', '14.8', '42.8'),
      },
      {
        termId: 'evaluation-awareness',
        title: say('keyterm_evaluation_awareness_name'),
        kind: say('card_kindKeyterm'),
        figures: [],
      },
      // The page's own figure as it prints it (86.1), beside the chart's in the reader's way.
      {
        termId: 'claim',
        index: 0,
        title: say('claim_verdict_differs'),
        kind: say('card_kindClaim', { benchmark: 'CharXiv Reasoning' }),
        figures: ['86.1', figure('86.4')],
      },
    ],
    briefingHeading: say('briefing_atAGlance'),
  };
}

const GERMAN = await languageOf('de');
const JAPANESE = await languageOf('ja');
const EVERY_LANGUAGE = await Promise.all(uiLocales.map(languageOf));

/** The laptop screen, and 1280x720 at 200 % zoom: where German, the longest language, has least room. */
const VIEWPORTS = [
  { name: '1366x657', width: 1366, height: 657 },
  { name: '640x360', width: 640, height: 360 },
];

/** Opens each card on the fixture page and lists what is wrong with it: words, figures, fit. */
async function cardProblems(browser: E2EBrowser, page: E2EPage, language: Language, viewport: string) {
  const probe = await browser.openExtensionPage('popup.html');
  const tabId = await probe.evaluate(findTabByHost, '127.0.0.1');
  await page.bringToFront();
  const problems: string[] = [];
  for (const card of language.cards) {
    const layout = await revealCard(probe, page, tabId!, card);
    const where = `${card.title} at ${viewport}`;
    if (!layout) {
      problems.push(`${where}: no card titled so`);
      continue;
    }
    if (!layout.text.includes(card.kind)) problems.push(`${where}: no "${card.kind}"`);
    if (layout.lang !== language.lang) problems.push(`${where}: lang="${layout.lang}"`);
    if (layout.dir !== 'ltr') problems.push(`${where}: dir="${layout.dir}"`);
    problems.push(...fitProblems(layout, where, card.figures));
    const slug = `${card.termId}${card.index ?? ''}`;
    await page.screenshot({ path: join(shots, `card-${language.lang}-${browser.name}-${viewport}-${slug}.png`) });
    await page.press('Escape');
  }
  await probe.close();
  return problems;
}

const popupText = () => ({
  lang: document.documentElement.lang,
  tabs: [...document.querySelectorAll('[role="tab"]')].map((t) => t.textContent ?? ''),
  scores: document.querySelector('#panel-scores')?.textContent ?? '',
  title: document.title,
});

const sessions = (language: Language) =>
  [
    ['chromium', () => startChromium({ lang: language.lang })],
    ['firefox', () => startFirefox({ lang: language.lang })],
  ] as const;

describe.each([GERMAN, JAPANESE])('in $lang', (language) => {
  describe.each(sessions(language))('%s', (name, start) => {
    const session = useE2ESession(start);

    it('the toolbar popup opens in the language, its first frame too, with the figures written its way', async () => {
      const { browser } = session;
      const probe = await browser.openExtensionPage('popup.html');
      // The background points the toolbar button at this language's popup once it has started.
      const { popup, title } = await waitFor(
        () => probe.evaluate(toolbarPopup, null),
        (p) => p.popup === language.popupFile,
      );
      expect(popup).toBe(language.popupFile);
      expect(title).toBe('Muse Spark Context');
      // The file itself, before any script: its prerendered frame is already in the language.
      const html = await probe.evaluate((file) => fetch(`/${file}`).then((r) => r.text()), popup);
      for (const tab of language.tabs) expect(html).toContain(tab);
      expect(html).toContain(`lang="${language.lang}"`);
      await probe.close();

      const page = await browser.openExtensionPage(popup);
      await page.setViewport(380, 600);
      const seen = await waitFor(
        () => page.evaluate(popupText),
        (t) => t.tabs.join() === language.tabs.join(),
      );
      expect(seen.lang).toBe(language.lang);
      expect(seen.scores).toContain(language.figure);
      if (language.lang === 'de') expect(seen.scores).not.toContain('42.8');
      await page.evaluate(clickControl, language.tabs[1]!);
      await sleep(100);
      await page.screenshot({ path: join(shots, `popup-${language.lang}-${name}.png`) });
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it.each(language.lang === 'de' ? VIEWPORTS : VIEWPORTS.slice(0, 1))(
      'cards speak the language and fit at $name, nothing cut short',
      async (vp) => {
        const { browser, server } = session;
        const page = await browser.newPage();
        // Closed whatever happens: the next test finds its page by host, and must not find this one.
        try {
          await page.setViewport(vp.width, vp.height);
          await page.goto(server.url('every-card.html'));
          await waitForSettled(
            () => page.evaluate(highlightSizes),
            (s) => (s['claim-differs'] ?? 0) > 0,
          );
          expect(await cardProblems(browser, page, language, vp.name)).toEqual([]);
          expect(page.errors).toEqual([]);
        } finally {
          await page.close();
        }
      },
    );

    it('the briefing and the settings page speak it too', async () => {
      const { browser } = session;
      const briefing = await browser.openExtensionPage('briefing.html');
      const heading = await waitFor(
        () => briefing.evaluate(() => document.querySelector('#model-title')?.textContent ?? ''),
        (h) => h === language.briefingHeading,
      );
      expect(heading).toBe(language.briefingHeading);
      expect(await briefing.evaluate(() => document.documentElement.lang)).toBe(language.lang);
      await briefing.close();
    });
  });
});

describe.each(sessions(GERMAN))(
  'a German browser with another language chosen in the settings (%s)',
  (_name, start) => {
    const session = useE2ESession(start);

    it('the settings page, the toolbar popup and the cards switch to Japanese, every language fits, and back', async () => {
      const { browser, server } = session;
      const page = await browser.newPage();
      await page.setViewport(1366, 657);
      await page.goto(server.url('every-card.html'));
      await waitForSettled(
        () => page.evaluate(highlightSizes),
        (s) => (s['claim-differs'] ?? 0) > 0,
      );

      const options = await browser.openExtensionPage('options.html');
      await waitFor(
        () => options.evaluate(() => document.querySelector('select') !== null),
        (ok) => ok,
      );
      const choose = (value: string) =>
        options.evaluate((v) => {
          const select = document.querySelector('select')!;
          select.value = v;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
      await choose('ja');
      // The page itself follows at once, in its own words.
      const heading = await waitFor(
        () => options.evaluate(() => document.querySelector('h1')?.textContent ?? ''),
        (h) => h.includes('設定'),
      );
      expect(heading).toBe('Muse Spark Context：設定');
      expect(await options.evaluate(() => document.documentElement.lang)).toBe('ja');
      const { popup } = await waitFor(
        () => options.evaluate(toolbarPopup, null),
        (p) => p.popup === 'popup-ja.html',
      );
      expect(popup).toBe('popup-ja.html');

      // A card opened now speaks Japanese, in a German browser.
      expect(await cardProblems(browser, page, JAPANESE, '1366x657 (chosen)')).toEqual([]);

      // Every language's cards fit the hardest screen, 1280x720 at 200 % zoom, nothing cut short.
      await page.setViewport(640, 360);
      const problems: string[] = [];
      for (const other of EVERY_LANGUAGE) {
        await choose(other.lang.replace('-', '_'));
        await waitFor(
          () => options.evaluate(() => document.documentElement.lang),
          (lang) => lang === other.lang,
        );
        // The page hears of the change through storage; its card asks the background for the words.
        await sleep(300);
        problems.push(...(await cardProblems(browser, page, other, `640x360 in ${other.lang}`)));
      }
      expect(problems).toEqual([]);
      await page.setViewport(1366, 657);

      await choose('browser');
      await waitFor(
        () => options.evaluate(() => document.querySelector('h1')?.textContent ?? ''),
        (h) => h === 'Muse Spark Context: Einstellungen',
      );
      expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(options.errors).toEqual([]);
      expect(page.errors).toEqual([]);
      await options.close();
      await page.close();
    });
  },
);
