import { beforeAll, describe, expect, it } from 'vitest';
import { browserFactories, type E2EBrowser, type E2EPage } from '../harness/drivers';
import type { FixtureServer } from '../harness/server';
import { useE2ESession } from '../harness/session';
import { highlightTexts, textBox } from '../harness/page-probes';
import { waitForCard } from '../harness/card-probes';
import { clickControl, openPopupFor } from '../harness/popup';
import { waitFor } from '../harness/wait';

const EXPECTED = {
  'claim-differs': ['42.1', '73.1'],
  'claim-matches': ['40.1', '86.4', '82.8', '42.8', '20.3'],
  'claim-unlisted': ['79.9'],
};

/** Whether a page's marks (by highlight) hold any of this kind. */
const isChecked = (kind: string) => (t: Record<string, string[]>) => (t[kind]?.length ?? 0) > 0;

describe.each(browserFactories)('%s: the claim check', (_name, start) => {
  const session = useE2ESession(start);
  let browser: E2EBrowser;
  let server: FixtureServer;
  beforeAll(() => ({ browser, server } = session));

  /** The fixture article, once every figure on it is marked. */
  async function openClaimsArticle(): Promise<E2EPage> {
    const page = await browser.newPage();
    await page.goto(server.url('claims-article.html'));
    await waitFor(
      () => page.evaluate(highlightTexts),
      (t) => Object.entries(EXPECTED).every(([kind, want]) => t[kind]?.length === want.length),
    );
    return page;
  }

  it('marks matching, differing and unlisted figures apart, and no ordinary number', async () => {
    const page = await openClaimsArticle();
    const texts = await page.evaluate(highlightTexts);
    for (const [kind, want] of Object.entries(EXPECTED)) expect(texts[kind], kind).toEqual(want);
    // Prices, counts, dates, a share move and a margin sit beside the claims and stay unmarked.
    const marked = Object.values(texts).flat();
    for (const ordinary of ['2.4%', '262', '1,000', '1 billion', '19.99', '2026', '2.7', '20', '30']) {
      expect(marked, ordinary).not.toContain(ordinary);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('hovering a differing figure shows what the page says, the launch figure and the gap', async () => {
    const page = await openClaimsArticle();
    const box = await page.evaluate(textBox, { selector: '#health', text: '42.1' });
    await page.mouseMove(box.x - 20, box.y + 30);
    await page.mouseMove(box.x + box.width / 2, box.y + box.height / 2, 4);
    const card = await waitForCard(page, (s) => s.title === 'Differs from the launch chart');
    expect(card).not.toBeNull();
    expect(card!.text).toContain('Claim check · HealthBench Hard');
    expect(card!.text).toContain('This pageMuse Spark: 42.1');
    expect(card!.text).toContain('Launch chart42.8');
    expect(card!.text).toContain('0.7 lower than the chart');
    expect(card!.onTop).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the popup lists the page’s claims with their verdicts, and a click goes to the figure', async () => {
    const page = await openClaimsArticle();
    const popup = await openPopupFor(browser, '127.0.0.1');
    const rows = await waitFor(
      () =>
        popup.evaluate(() =>
          [...document.querySelectorAll('.claims button.mention')].map((b) => ({
            text: (b.firstElementChild?.textContent ?? '').replace(
              b.querySelector('.claim-detail')?.textContent ?? '',
              '',
            ),
            verdict: b.querySelector('.verdict')?.getAttribute('aria-label'),
          })),
        ),
      (r) => r.length === 8,
    );
    // The two that differ first, then the rest in page order.
    expect(rows).toEqual([
      { text: 'Muse Spark · HealthBench Hard: 42.1', verdict: 'Differs from the launch chart' },
      { text: 'Muse Spark · SimpleVQA: 73.1', verdict: 'Differs from the launch chart' },
      { text: 'GPT 5.4 · HealthBench Hard: 40.1', verdict: 'Matches the launch chart' },
      { text: 'Muse Spark · CharXiv Reasoning: 86.4', verdict: 'Matches the launch chart' },
      { text: 'GPT 5.4 · CharXiv Reasoning: 82.8', verdict: 'Matches the launch chart' },
      { text: 'GPT 5.4 · MMMU Pro: 79.9', verdict: 'Not in the launch chart' },
      { text: 'Muse Spark · HealthBench Hard: 42.8', verdict: 'Matches the launch chart' },
      { text: 'Grok 4.2 · HealthBench Hard: 20.3', verdict: 'Matches the launch chart' },
    ]);
    expect(await popup.evaluate(() => [...document.querySelectorAll('.claims h2')].map((h) => h.textContent))).toEqual([
      '2 figures differ from the launch chart',
      'Other figures checked',
    ]);
    // The table's differing SimpleVQA figure: the popup sends the page there and opens its card.
    await popup.evaluate(() => (document.querySelectorAll('.claims button.mention')[1] as HTMLElement).click());
    const card = await waitForCard(page, (s) => s.text.includes('SimpleVQA: 73.1'));
    expect(card!.title).toBe('Differs from the launch chart');
    expect(card!.text).toContain('71.3');
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('after Pause then Resume, every checked figure is marked again, in the tables too', async () => {
    const page = await openClaimsArticle();
    const popup = await openPopupFor(browser, '127.0.0.1');
    await popup.evaluate(clickControl, 'Pause everywhere');
    const paused = await waitFor(
      () => page.evaluate(highlightTexts),
      (t) => !Object.keys(EXPECTED).some((kind) => isChecked(kind)(t)),
    );
    expect(Object.keys(EXPECTED).filter((kind) => isChecked(kind)(paused))).toEqual([]);
    await popup.evaluate(clickControl, 'Resume');
    const resumed = await waitFor(
      () => page.evaluate(highlightTexts),
      (t) => Object.entries(EXPECTED).every(([kind, want]) => t[kind]?.length === want.length),
    );
    for (const [kind, want] of Object.entries(EXPECTED)) expect(resumed[kind], kind).toEqual(want);
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('attributes figures as a careful reader would: a heading, an outlet report, a decorated cell', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('attribution.html'));
    const texts = await waitFor(
      () => page.evaluate(highlightTexts),
      (t) => (t['claim-matches']?.length ?? 0) >= 3 && (t['claim-matches-outlets']?.length ?? 0) >= 1,
    );
    // 42.8 under the Muse Spark heading matches its chart figure; 40.1 there would contradict it, and a
    // guessed owner never does, so it is no claim. 76.5 is what outlets report for Gemini on ARC-AGI-2.
    expect(texts['claim-matches']).toEqual(['42.8', '86.4', '82.8']);
    expect(texts['claim-matches-outlets']).toEqual(['76.5']);
    expect(texts['claim-differs']).toBeUndefined();
    const box = await page.evaluate(textBox, { selector: '#outlets', text: '76.5' });
    await page.mouseMove(box.x - 20, box.y + 30);
    await page.mouseMove(box.x + box.width / 2, box.y + box.height / 2, 4);
    const card = await waitForCard(page, (s) => s.title === 'Matches outlet reports');
    expect(card!.text).toContain('Launch chartno figure for this pair');
    expect(card!.text).toContain('Outlets report76.5 (reported by outlets; not in the launch article)');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
