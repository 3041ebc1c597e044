import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserFactories, type E2EBrowser, type E2EPage } from '../harness/drivers';
import type { FixtureServer } from '../harness/server';
import { clearHighlights, highlightSizes, textBox } from '../harness/page-probes';
import { cardState, waitForCard } from '../harness/card-probes';
import { useE2ESession } from '../harness/session';
import { findTabByHost, sendToTab } from '../harness/popup';
import { sleep, waitFor, waitForSettled } from '../harness/wait';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Box = { x: number; y: number; width: number; height: number };
const center = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

async function openPage(browser: E2EBrowser, url: string): Promise<E2EPage> {
  const page = await browser.newPage();
  await page.goto(url);
  await waitForSettled(
    () => page.evaluate(highlightSizes),
    (s) => (s.muse ?? 0) > 0,
  );
  return page;
}

/** Moves the pointer onto a mention the way a reader does: a short glide, then rest. */
async function hover(page: E2EPage, at: { selector: string; text: string }) {
  const box = await page.evaluate(textBox, at);
  const c = center(box);
  await page.mouseMove(c.x - 30, c.y + 40);
  await page.mouseMove(c.x, c.y, 4);
  return box;
}

function expectWithinViewport(state: NonNullable<Awaited<ReturnType<typeof cardState>>>) {
  expect(state.box.left).toBeGreaterThanOrEqual(8);
  expect(state.box.top).toBeGreaterThanOrEqual(8);
  expect(state.box.right).toBeLessThanOrEqual(state.viewport.width - 8);
  expect(state.box.bottom).toBeLessThanOrEqual(state.viewport.height - 8);
}

describe.each(browserFactories)('%s: the hover card', (_name, start) => {
  const session = useE2ESession(start);
  let browser: E2EBrowser;
  let server: FixtureServer;
  beforeAll(() => ({ browser, server } = session));

  it('opens after the intent delay, beside the line, inside the viewport, on top, with the launch figures', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    const mention = await hover(page, { selector: '#health', text: 'HealthBench Hard' });
    await sleep(150);
    expect(await page.evaluate(cardState), 'not open before the intent delay').toBeNull();
    const state = await waitForCard(page, 'open', 3000);
    expect(state).not.toBeNull();
    expect(state!.title).toBe('HealthBench Hard');
    expect(state!.role).toBe('dialog');
    expect(state!.labelled).toBe(true);
    for (const figure of ['42.8', '14.8', '20.6', '40.1', '20.3']) expect(state!.text).toContain(figure);
    expect(state!.text).toMatch(/42\.8\s*★ best/);
    expect(state!.text).toContain("Meta's launch chart, as covered, 8 April 2026");
    expect(state!.box.width).toBeGreaterThanOrEqual(320);
    expect(state!.box.width).toBeLessThanOrEqual(360);
    expectWithinViewport(state!);
    expect(state!.onTop).toBe(true);
    expect(state!.popoverOpen).toBe(true);
    // Never over the hovered line.
    const overlaps = state!.box.top < mention.y + mention.height && state!.box.bottom > mention.y;
    expect(overlaps).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('flips above a line near the bottom, shifts in from the right edge, follows scroll, hides when scrolled away', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    // Room to scroll, then the HealthBench line 40 px above the bottom edge.
    await page.evaluate(() => {
      document.body.style.padding = '1000px 0 3000px';
      const line = document.querySelector('#health em')!.getBoundingClientRect();
      window.scrollBy(0, line.bottom - innerHeight + 40);
    });
    await sleep(150);
    const mention = await page.evaluate(textBox, { selector: '#health', text: 'HealthBench Hard' });
    expect(mention.y + mention.height).toBeGreaterThan(800);
    await page.click(center(mention).x, center(mention).y);
    const above = await waitForCard(page, 'open', 2000);
    expect(above!.box.bottom).toBeLessThanOrEqual(mention.y);
    expectWithinViewport(above!);

    // It follows the page as it scrolls.
    await page.evaluate(() => window.scrollBy(0, 100));
    const followed = await waitFor(
      () => page.evaluate(cardState),
      (s) => s !== null && Math.abs(s.box.top - (above!.box.top - 100)) <= 2,
      2000,
    );
    expect(Math.abs(followed!.box.top - (above!.box.top - 100))).toBeLessThanOrEqual(2);
    // And hides while its mention is out of sight.
    await page.evaluate(() => window.scrollBy(0, 2000));
    const hidden = await waitForCard(page, (s) => s.visibility === 'hidden', 2000);
    expect(hidden?.visibility).toBe('hidden');
    await page.press('Escape');

    // A narrow window: the card shifts to keep 8 px from the right edge.
    await page.setViewport(420, 800);
    await page.evaluate(() => {
      document.body.style.padding = '';
      window.scrollTo(0, 0);
    });
    await sleep(150);
    const right = await page.evaluate(textBox, { selector: '#charxiv', text: 'Grok 4.2' });
    expect(right.x + 340, 'a card placed at the mention would overflow').toBeGreaterThan(420 - 8);
    await page.click(right.x + right.width - 4, center(right).y);
    const shifted = await waitForCard(page, 'open', 2000);
    expectWithinViewport(shifted!);
    await page.setViewport(1280, 900);
    await page.close();
  });

  it('shows "not reported" and the statement where the article gives no figures', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    await hover(page, { selector: '#arc', text: 'MMMU-Pro' });
    const mmmu = await waitForCard(page, (s) => s.title === 'MMMU Pro', 3000);
    expect(mmmu?.text).toContain('80.4');
    expect(mmmu?.text).toContain('Not reported for Opus 4.6, Gemini 3.1, GPT 5.4 and Grok 4.2.');
    await page.press('Escape');
    await hover(page, { selector: '#arc', text: 'ARC-AGI-2' });
    const arc = await waitForCard(page, (s) => s.title === 'ARC AGI 2', 3000);
    expect(arc?.text).toContain('Muse Spark finishes behind Gemini 3.1 Pro and GPT 5.4');
    await page.close();
  });

  it('a fast sweep across mentions opens nothing', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    const from = await page.evaluate(textBox, { selector: '#charxiv', text: 'ahead of' });
    const to = await page.evaluate(textBox, { selector: '#charxiv', text: 'at 80.2' });
    await page.mouseMove(from.x, from.y + from.height / 2);
    await page.mouseMove(to.x + to.width, to.y + to.height / 2, 3);
    await page.mouseMove(to.x + to.width, to.y + 300, 2);
    await sleep(700);
    expect(await page.evaluate(cardState)).toBeNull();
    await page.close();
  });

  it('stays open while the pointer travels into the card, closes ~300 ms after it leaves, and on Escape', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    await hover(page, { selector: '#charxiv', text: 'CharXiv Reasoning' });
    const open = await waitForCard(page, 'open', 3000);
    const inCard = { x: open!.box.left + 40, y: open!.box.top + 30 };
    await page.mouseMove(inCard.x, inCard.y, 3);
    await sleep(700);
    expect(await page.evaluate(cardState), 'still open with the pointer in it').not.toBeNull();
    await page.mouseMove(5, 5, 2);
    await sleep(100);
    expect(await page.evaluate(cardState), 'not closed at once').not.toBeNull();
    await sleep(600);
    expect(await page.evaluate(cardState), 'closed after the pointer left').toBeNull();

    await hover(page, { selector: '#charxiv', text: 'CharXiv Reasoning' });
    await waitForCard(page, 'open', 3000);
    await page.press('Escape');
    expect(await page.evaluate(cardState)).toBeNull();
    await page.close();
  });

  it('a click pins the card until a click elsewhere, or its close button', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    const box = await page.evaluate(textBox, { selector: '#charxiv', text: 'Grok 4.2' });
    await page.click(center(box).x, center(box).y);
    const pinned = await waitForCard(page, 'open', 1000);
    expect(pinned?.title).toBe('Grok 4.2');
    expect(pinned?.text).toContain('60.9');
    expect(pinned?.text).toContain('86.4');
    await page.mouseMove(5, 5, 2);
    await sleep(700);
    expect(await page.evaluate(cardState), 'a pinned card stays').not.toBeNull();
    await page.click(5, 600);
    expect(await waitForCard(page, 'closed', 2000)).toBeNull();
    // Pinned again, its close button (in view, on top) closes it.
    await page.click(center(box).x, center(box).y);
    await waitForCard(page, 'open', 1000);
    const close = await page.evaluate(() => {
      const host = document.querySelector('muse-spark-context-ui')!;
      const r = host.shadowRoot!.querySelector('button.close')!.getBoundingClientRect();
      return {
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
        hit: document.elementFromPoint(r.left + 4, r.top + 4) === host,
      };
    });
    expect(close.hit).toBe(true);
    await page.click(close.x, close.y);
    expect(await waitForCard(page, 'closed', 2000)).toBeNull();
    await page.close();
  });

  it('touch: a tap on a mention opens its card, a tap elsewhere closes it', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    const box = await page.evaluate(textBox, { selector: '#arc', text: 'SimpleVQA' });
    await page.tap(center(box).x, center(box).y);
    const open = await waitForCard(page, 'open', 2000);
    expect(open?.title).toBe('SimpleVQA');
    await page.tap(20, 700);
    expect(await waitForCard(page, 'closed', 2000)).toBeNull();
    await page.close();
  });

  it('on a page with a strict CSP and hostile CSS, marks show and the card is legible and on top', async () => {
    const page = await openPage(browser, server.url('csp-hostile.html'));
    const clip = await page.evaluate(textBox, { selector: '#p1', text: 'Muse Spark' });
    const marked = await page.screenshot({ clip });
    await hover(page, { selector: '#p1', text: 'Muse Spark' });
    const state = await waitForCard(page, 'open', 3000);
    expect(state?.title).toBe('Muse Spark');
    expect(state?.text).toMatch(/CharXiv Reasoning\s*86\.4\s*★ best of 5/);
    expect(state?.text).toMatch(/HealthBench Hard\s*42\.8\s*★ best of 5/);
    expect(state!.box.width).toBeGreaterThanOrEqual(320);
    expect(state!.fontSize).toBeGreaterThanOrEqual(12);
    expect(state!.onTop).toBe(true);
    expect(state!.popoverOpen).toBe(true);
    expect(state!.visibility).toBe('visible');
    expectWithinViewport(state!);
    await page.press('Escape');
    await page.evaluate(clearHighlights);
    expect(marked.equals(await page.screenshot({ clip })), 'marks are painted despite the CSP').toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the keyboard command opens the next mention with focus inside; Tab reaches close and the actions; Escape returns focus', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    // The background's command handler sends exactly this message to the active tab's top frame.
    const ext = await browser.openExtensionPage('popup.html');
    const tabId = await ext.evaluate(findTabByHost, '127.0.0.1');
    expect(tabId).not.toBeNull();
    const sent = await ext.evaluate(sendToTab, { tabId: tabId!, message: { type: 'next-mention' } });
    expect(sent).toBe(true);
    await ext.close();
    await page.bringToFront();
    const state = await waitForCard(page, 'open', 3000);
    expect(state?.title).toBe('Muse Spark');
    expect(state?.focusInside).toBe(true);
    // Tab reaches the close button first, then the actions.
    await page.press('Tab');
    expect((await page.evaluate(cardState))?.activeInCard).toBe('×');
    await page.press('Tab');
    expect((await page.evaluate(cardState))?.activeInCard).toBe('Full briefing');
    await page.press('Escape');
    expect(await page.evaluate(cardState)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
    await page.close();
  });

  it('on a right-to-left page in another language, the card still reads left to right, in English', async () => {
    const page = await openPage(browser, server.url('rtl-article.html'));
    await hover(page, { selector: '#p1', text: 'Muse Spark' });
    const state = await waitForCard(page, 'open', 3000);
    expect(state?.title).toBe('Muse Spark');
    expectWithinViewport(state!);
    const layout = await page.evaluate(() => {
      const panel = document.querySelector('muse-spark-context-ui')!.shadowRoot!.querySelector('.card')!;
      const title = panel.querySelector('h2')!;
      const range = document.createRange();
      range.selectNodeContents(title);
      // The language a screen reader speaks the card in: the nearest lang, up through the shadow root.
      let lang: string | null = null;
      for (let n: Node | null = title; n && lang === null; n = n instanceof ShadowRoot ? n.host : n.parentNode)
        if (n instanceof Element && n.hasAttribute('lang')) lang = n.getAttribute('lang');
      return {
        direction: getComputedStyle(title).direction,
        lang,
        titleFromLeft: range.getBoundingClientRect().left - panel.getBoundingClientRect().left,
      };
    });
    expect(layout.direction).toBe('ltr');
    expect(layout.lang).toBe('en');
    // The title starts at the card's left edge (its padding), not pushed to the right as in Arabic text.
    expect(layout.titleFromLeft).toBeLessThan(24);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('axe-core finds no accessibility violations in an open card', async () => {
    const page = await openPage(browser, server.url('news-article.html'));
    await hover(page, { selector: '#health', text: 'HealthBench Hard' });
    await waitForCard(page, 'open', 3000);
    await page.addScript(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; help: string }[] }> };
        }
      ).axe;
      const result = await axe.run(document.querySelector('muse-spark-context-ui'), { resultTypes: ['violations'] });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} ${JSON.stringify((v as unknown as { nodes: { target: unknown; failureSummary: string }[] }).nodes.map((n) => [n.target, n.failureSummary]))}`,
      );
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
