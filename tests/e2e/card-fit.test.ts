import { describe, expect, it } from 'vitest';
import { browserFactories } from '../harness/drivers';
import { useE2ESession } from '../harness/session';
import { fitProblems, revealCard } from '../harness/card-probes';
import { findTabByHost } from '../harness/popup';
import { waitForSettled } from '../harness/wait';
import { highlightSizes } from '../harness/page-probes';

/**
 * Every kind of card, whole on real screens: a 1366x657 laptop, 1280x720, a 400x800 narrow window,
 * and 1280x720 at 200 % zoom, which lays the page out in 640x360 CSS pixels. Each card is opened as
 * the keyboard shortcut and the popup open it: its mention scrolled to the middle of the window, the
 * hardest place to fit a card beside.
 */
const VIEWPORTS = [
  { name: '1366x657 laptop', width: 1366, height: 657 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '400x800 narrow window', width: 400, height: 800 },
  { name: '1280x720 at 200 % zoom', width: 640, height: 360 },
];

/** Each kind: Muse Spark, every benchmark, every rival, a key term, and claims (differs; matches outlets). */
const CARDS: { termId: string; index?: number; title: string; figures: string[] }[] = [
  { termId: 'muse-spark', title: 'Muse Spark', figures: ['86.4', '80.4', '71.3', '42.8'] },
  { termId: 'charxiv-reasoning', title: 'CharXiv Reasoning', figures: ['86.4', '65.3', '80.2', '82.8', '60.9'] },
  { termId: 'mmmu-pro', title: 'MMMU Pro', figures: ['80.4'] },
  { termId: 'simplevqa', title: 'SimpleVQA', figures: ['71.3'] },
  { termId: 'healthbench-hard', title: 'HealthBench Hard', figures: ['42.8', '14.8', '20.6', '40.1', '20.3'] },
  { termId: 'arc-agi-2', title: 'ARC AGI 2', figures: ['42.5', '76.5', '76.1'] },
  { termId: 'livecodebench-pro', title: 'LiveCodeBench Pro', figures: [] },
  { termId: 'gpt-5-4', title: 'GPT 5.4', figures: ['82.8', '86.4', '40.1', '42.8'] },
  { termId: 'gemini-3-1-pro-high', title: 'Gemini 3.1 Pro High', figures: ['80.2', '86.4', '20.6', '42.8'] },
  { termId: 'claude-opus-4-6-max', title: 'Claude Opus 4.6 Max', figures: ['65.3', '86.4', '14.8', '42.8'] },
  { termId: 'grok-4-2', title: 'Grok 4.2', figures: ['60.9', '86.4', '20.3', '42.8'] },
  { termId: 'evaluation-awareness', title: 'Evaluation awareness', figures: [] },
  { termId: 'claim', index: 0, title: 'Differs from the launch chart', figures: ['86.1', '86.4'] },
  { termId: 'claim', index: 1, title: 'Matches outlet reports', figures: ['42.5', '42.5'] },
];

describe.each(browserFactories)('%s: every card fits real screens', (_name, start) => {
  const session = useE2ESession(start);

  it.each(VIEWPORTS)(
    'at $name: title, figures and actions in view, nothing scrolls, no text under 12 px',
    async (vp) => {
      const { browser, server } = session;
      const page = await browser.newPage();
      await page.setViewport(vp.width, vp.height);
      await page.goto(server.url('every-card.html'));
      await waitForSettled(
        () => page.evaluate(highlightSizes),
        (s) => (s['claim-differs'] ?? 0) > 0,
      );
      const probe = await browser.openExtensionPage('popup.html');
      const tabId = await probe.evaluate(findTabByHost, '127.0.0.1');
      // The page in front, as a reader has it (a background tab's animations do not run).
      await page.bringToFront();
      const problems: string[] = [];
      for (const card of CARDS) {
        const layout = await revealCard(probe, page, tabId!, card);
        const where = `${card.title} at ${vp.name}`;
        if (!layout) {
          problems.push(`${where}: no card`);
          continue;
        }
        const { box, viewport } = layout;
        if (box.top < 8 || box.left < 8 || box.bottom > viewport.height - 8 || box.right > viewport.width - 8)
          problems.push(`${where}: not 8 px inside the viewport (${JSON.stringify(box)})`);
        if (!layout.titleVisible) problems.push(`${where}: title out of view`);
        problems.push(...fitProblems(layout, where, card.figures));
        if (layout.smallestFont < 12) problems.push(`${where}: text at ${layout.smallestFont} px`);
        if (!layout.onTop) problems.push(`${where}: covered by the page`);
        const names = layout.actions.map((a) => a.text);
        for (const needed of ['Close card', 'Full briefing', 'Off on this site'])
          if (!names.includes(needed)) problems.push(`${where}: no "${needed}"`);
        await page.press('Escape');
      }
      expect(problems).toEqual([]);
      expect(page.errors).toEqual([]);
      await probe.close();
      await page.close();
    },
  );
});
