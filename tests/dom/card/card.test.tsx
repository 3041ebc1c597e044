/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardContent } from '../../../components/card/CardContent';
import { modeNamedIn, termById } from '../../../lib/text/terms';
import type { Claim } from '../../../lib/claims/verdict';

const actions = {
  openBriefing: vi.fn(),
  offOnThisSite: vi.fn(async () => 'example.com'),
  backOnThisSite: vi.fn(),
  close: vi.fn(),
};
const onCopy = vi.fn(async () => true);

function cardFor(termId: string): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(<CardContent subject={{ term: termById.get(termId)! }} actions={actions} titleId="t" onCopy={onCopy} />, el);
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const rowsOf = (el: HTMLElement) =>
  [...el.querySelectorAll('.bar-row')].map((r) =>
    [...r.children]
      .map((c) => c.textContent?.trim())
      .filter(Boolean)
      .join(' '),
  );

describe('card content by kind of term', () => {
  it('a benchmark: what it measures and all five figures, Muse Spark emphasised, best marked in words', () => {
    const el = cardFor('charxiv-reasoning');
    expect(el.querySelector('h2')?.textContent).toBe('CharXiv Reasoning');
    expect(el.textContent).toContain('Multimodal benchmark');
    expect(el.textContent).toContain('arXiv');
    // The short description: the full one is on the briefing page.
    expect(el.querySelector('.card-body p')?.textContent).toBe('Reasoning over real charts from arXiv papers.');
    expect(rowsOf(el)).toEqual([
      'Muse Spark 86.4 ★ best',
      'Claude Opus 4.6 Max 65.3',
      'Gemini 3.1 Pro High 80.2',
      'GPT 5.4 82.8',
      'Grok 4.2 60.9',
    ]);
    expect(el.querySelector('.bar-row.muse')?.textContent).toContain('Muse Spark');
    expect(el.querySelectorAll('.best')).toHaveLength(1);
  });

  it('a benchmark with one figure: one line says whom it is not reported for, and no "best"', () => {
    const el = cardFor('simplevqa');
    expect(rowsOf(el)).toEqual(['Muse Spark 71.3']);
    expect(el.textContent).toContain('Not reported for Opus 4.6, Gemini 3.1, GPT 5.4 and Grok 4.2.');
    expect(el.querySelectorAll('.best')).toHaveLength(0);
  });

  it('ARC AGI 2 and LiveCodeBench Pro: the article’s statement instead of invented figures', () => {
    const arc = cardFor('arc-agi-2');
    expect(arc.querySelector('.statement')?.textContent).toBe(
      'No figures given: Muse Spark finishes behind Gemini 3.1 Pro and GPT 5.4.',
    );
    const lcb = cardFor('livecodebench-pro');
    expect(lcb.querySelector('.statement')?.textContent).toContain('behind GPT 5.4');
    expect(lcb.querySelectorAll('.bar-row')).toHaveLength(0);
  });

  it('ARC AGI 2: the figures outlets report, apart from the article’s and labelled as theirs', () => {
    const arc = cardFor('arc-agi-2');
    // No bar outside the labelled box: the article's part of the card has none.
    expect(arc.querySelectorAll('.bar-row')).toHaveLength(3);
    expect(arc.querySelectorAll('.outlet-tier .bar-row')).toHaveLength(3);
    expect(arc.querySelector('.outlet-label')?.textContent).toBe('† Reported by outlets; not in the launch article:');
    // Outlet figures carry no "best": they are not the chart's comparison.
    expect(rowsOf(arc)).toEqual(['Muse Spark 42.5', 'Gemini 3.1 Pro High 76.5', 'GPT 5.4 76.1']);
    // The box labels the outlets' figures; the source line names the chart the rest come from.
    expect(arc.querySelector('.source')?.textContent).toBe("Figures: Meta's launch chart, as covered, 8 April 2026");
  });

  it('Muse Spark: what it is in a line, and its figure and place on every benchmark', () => {
    const el = cardFor('muse-spark');
    expect(el.textContent).toContain('Meta Superintelligence Labs');
    const rows = [...el.querySelectorAll('.standings tr')].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()).join(' | '),
    );
    expect(rows).toEqual([
      'CharXiv Reasoning | 86.4 | ★ best of 5',
      'MMMU Pro | 80.4 | the only figure given',
      'SimpleVQA | 71.3 | the only figure given',
      'HealthBench Hard | 42.8 | ★ best of 5',
      'ARC AGI 2 | —no figure | behind Gemini 3.1 and GPT 5.4',
      'LiveCodeBench Pro | —no figure | behind GPT 5.4',
    ]);
  });

  it('Muse Spark named with a mode in brackets: the title and a line say which mode', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const subject = { term: termById.get('muse-spark')!, mode: modeNamedIn('Muse Spark (Thinking)') };
    render(<CardContent subject={subject} actions={actions} titleId="t" onCopy={onCopy} />, el);
    expect(el.querySelector('h2')?.textContent).toBe('Muse Spark (Thinking)');
    expect(el.querySelector('.mode')?.textContent).toMatch(/^Thinking mode: .*reasoning/);
    // Without a mode, neither.
    expect(cardFor('muse-spark').querySelector('h2')?.textContent).toBe('Muse Spark');
    expect(cardFor('muse-spark').querySelector('.mode')).toBeNull();
  });

  it('a rival: its figures beside Muse Spark’s wherever the article gives both, the higher in bold', () => {
    const el = cardFor('gpt-5-4');
    const rows = [...el.querySelectorAll('.standings tr')].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()).join(' | '),
    );
    expect(rows).toEqual([
      ' | GPT 5.4 | Muse Spark',
      'CharXiv Reasoning | 82.8 | 86.4',
      'HealthBench Hard | 40.1 | 42.8',
    ]);
    expect([...el.querySelectorAll('.lead')].map((c) => c.textContent)).toEqual(['86.4', '42.8']);
    expect(el.querySelector('.statement')?.textContent).toBe(
      'Ahead of Muse Spark on ARC AGI 2 and LiveCodeBench Pro (no figures given).',
    );
  });

  it('a key term: its explanation, and a source line that claims no figures it does not show', () => {
    const el = cardFor('evaluation-awareness');
    expect(el.textContent).toContain('Apollo Research');
    expect(el.querySelector('.source')?.textContent).not.toContain('Figures');
    expect(el.querySelectorAll('.bar-row, .standings')).toHaveLength(0);
  });

  it('every card: a close button and two actions, each calling the session', () => {
    const el = cardFor('healthbench-hard');
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Close card',
      'Full briefing',
      'Off on this site',
    ]);
    buttons[0]!.click();
    expect(actions.close).toHaveBeenCalledOnce();
    buttons[1]!.click();
    expect(actions.openBriefing).toHaveBeenCalledOnce();
    buttons[2]!.click();
    expect(actions.offOnThisSite).toHaveBeenCalledOnce();
  });
});

// Placement needs real layout (happy-dom has none): it is tested in real browsers, tests/e2e/card.test.ts.

/** A checked figure, Muse Spark's on HealthBench Hard as the chart gives it, with whatever differs. */
const aClaim = (differences: Partial<Claim>): Claim => ({
  model: 'muse-spark',
  benchmark: 'healthbench-hard',
  printed: '42.8',
  value: 42.8,
  verdict: 'matches',
  chart: 42.8,
  rounded: false,
  outlet: null,
  modelGuessed: false,
  ...differences,
});

/** The page prints 42.1 for Muse Spark on HealthBench Hard, where the chart has 42.8. */
const misquotedHealthBench = aClaim({ printed: '42.1', value: 42.1, verdict: 'differs' });

function claimCard(claim: Claim): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(<CardContent subject={{ claim }} actions={actions} titleId="t" onCopy={onCopy} />, el);
  return el;
}

describe('card content for a checked figure', () => {
  it('a differing figure: the verdict in words, what the page says, what the chart says, and the gap', () => {
    const el = claimCard(misquotedHealthBench);
    expect(el.querySelector('h2')?.textContent).toBe('Differs from the launch chart');
    expect(el.querySelector('.card-kind')?.textContent).toBe('Claim check · HealthBench Hard');
    const facts = [...el.querySelectorAll('.claim dt')].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
    );
    expect(facts).toEqual([
      'This page: Muse Spark: 42.1',
      'Launch chart: 42.8',
      'Difference: 0.7 lower than the chart',
    ]);
    // The whole row, for context.
    expect(rowsOf(el)[0]).toBe('Muse Spark 42.8 ★ best');
  });

  it('"Copy verdict" copies one sentence with both figures and the source, and says it did', async () => {
    const el = claimCard(misquotedHealthBench);
    const copy = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Copy verdict')!;
    copy.click();
    expect(onCopy).toHaveBeenLastCalledWith(
      "This page gives Muse Spark 42.1 on HealthBench Hard; the launch chart gives 42.8, so the page's figure is 0.7 lower than the chart (Meta's launch chart, as covered, 8 April 2026).",
    );
    await vi.waitFor(() => expect(copy.textContent).toBe('Copied'));
    // Term cards have nothing to copy.
    expect(cardFor('muse-spark').textContent).not.toContain('Copy verdict');
  });

  it('a pair the chart has no figure for: says so, with the chart’s own statement and the outlets’ figure apart', () => {
    const el = claimCard(
      aClaim({ benchmark: 'arc-agi-2', printed: '29.1%', value: 29.1, verdict: 'unlisted', chart: null, outlet: 42.5 }),
    );
    expect(el.querySelector('h2')?.textContent).toBe('Not in the launch chart');
    expect(el.textContent).toContain('no figure for this pair');
    expect(el.querySelector('.statement')?.textContent).toContain('behind Gemini 3.1 Pro and GPT 5.4');
    expect(el.textContent).toContain('Outlets report42.5 (reported by outlets; not in the launch article)');
    expect(el.textContent).not.toContain('Difference');
  });

  it('a figure whose owner the page does not name: the card names none as the page’s, only the chart’s', () => {
    const el = claimCard(aClaim({ modelGuessed: true }));
    expect(el.textContent).toContain('This pageA figure: 42.8');
    expect(el.textContent).toContain('Launch chart42.8 for Muse Spark');
    expect(el.querySelector('.claim dd')?.textContent).not.toContain('Muse Spark');
  });

  it('a figure only outlets report, and the page agrees: "matches outlet reports", never "matches the chart"', () => {
    const el = claimCard(
      aClaim({
        model: 'gpt-5-4',
        benchmark: 'arc-agi-2',
        printed: '76.1',
        value: 76.1,
        verdict: 'matches-outlets',
        chart: null,
        outlet: 76.1,
      }),
    );
    expect(el.querySelector('h2')?.textContent).toBe('Matches outlet reports');
    expect(el.textContent).toContain('Launch chartno figure for this pair');
    expect(el.textContent).not.toContain('Matches the launch chart');
  });
});
