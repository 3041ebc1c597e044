import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../lib/text/matcher';
import { termCatalogue } from '../../../lib/text/terms';
import { findClaimsInText, sentenceSpans } from '../../../lib/claims/prose';
import { findClaimsInTable } from '../../../lib/claims/tables';
import { judge } from '../../../lib/claims/verdict';
import { differenceWords } from '../../../components/shared/wording';

const matcher = createMatcher(termCatalogue);

/** [model, benchmark, printed, verdict] for each claim in `text`. */
const claims = (text: string) =>
  findClaimsInText(text, matcher.findMatches(text)).map(({ claim, start, end }) => [
    claim.model,
    claim.benchmark,
    text.slice(start, end),
    claim.verdict,
  ]);

describe('figures outlets report beyond the article (ARC AGI 2)', () => {
  it('a page printing them gets "matches outlet reports", never "matches the chart"', () => {
    expect(claims('Muse Spark scored 42.5 on ARC-AGI-2.')).toEqual([
      ['muse-spark', 'arc-agi-2', '42.5', 'matches-outlets'],
    ]);
    expect(claims('On ARC-AGI-2, GPT-5.4 reached 76.1%.')).toEqual([
      ['gpt-5-4', 'arc-agi-2', '76.1%', 'matches-outlets'],
    ]);
  });

  it('a figure that disagrees with them is only "not in the chart": outlet reports never contradict a page', () => {
    expect(claims('Muse Spark scored 29.1 on ARC-AGI-2.')).toEqual([['muse-spark', 'arc-agi-2', '29.1', 'unlisted']]);
    // A pair outlets report nothing for stays as it was.
    expect(claims('Grok 4.2 scored 16.0 on ARC-AGI-2.')).toEqual([['grok-4-2', 'arc-agi-2', '16.0', 'unlisted']]);
  });

  it('a benchmark carried to the next sentence may confirm an outlet figure', () => {
    expect(claims('Muse Spark trails on ARC-AGI-2. Gemini 3.1 Pro scored 76.5.')).toEqual([
      ['gemini-3-1-pro-high', 'arc-agi-2', '76.5', 'matches-outlets'],
    ]);
  });
});

describe('judging a figure against the chart', () => {
  it('equal to the decimal is a match, any other decimal differs, and no chart figure is "not in the chart"', () => {
    expect(judge(42.8, 1, 42.8)).toEqual({ verdict: 'matches', rounded: false });
    expect(judge(42.8, 2, 42.8)).toEqual({ verdict: 'matches', rounded: false });
    expect(judge(42.9, 1, 42.8)).toEqual({ verdict: 'differs', rounded: false });
    expect(judge(80.4, 1, null)).toEqual({ verdict: 'unlisted', rounded: false });
  });

  it('a whole number the chart rounds to is a rounded match; another whole number differs', () => {
    expect(judge(43, 0, 42.8)).toEqual({ verdict: 'matches', rounded: true });
    expect(judge(42, 0, 42.8)).toEqual({ verdict: 'differs', rounded: false });
  });

  it('says how far off a differing figure is, in the chart’s precision', () => {
    expect(differenceWords({ value: 42.1, chart: 42.8 })).toBe('0.7 lower than the chart');
    expect(differenceWords({ value: 84.6, chart: 82.8 })).toBe('1.8 higher than the chart');
    expect(differenceWords({ value: 40.15, chart: 40.1 })).toBe('0.05 higher than the chart');
    expect(differenceWords({ value: 42.8, chart: 42.8 })).toBeNull();
  });
});

describe('the shapes a claim is written in', () => {
  it.each([
    [
      'X at 82.8',
      'On CharXiv Reasoning, GPT-5.4 came in at 82.8.',
      ['gpt-5-4', 'charxiv-reasoning', '82.8', 'matches'],
    ],
    ['82.8 for X', 'CharXiv Reasoning: 82.8 for GPT 5.4.', ['gpt-5-4', 'charxiv-reasoning', '82.8', 'matches']],
    ['X (82.8)', 'On CharXiv Reasoning it trails GPT 5.4 (82.8).', ['gpt-5-4', 'charxiv-reasoning', '82.8', 'matches']],
    [
      'X scored N on Y',
      'Grok 4.2 scored 20.3 on HealthBench Hard.',
      ['grok-4-2', 'healthbench-hard', '20.3', 'matches'],
    ],
    ['N%', 'Muse Spark scored 42.8% on HealthBench Hard.', ['muse-spark', 'healthbench-hard', '42.8%', 'matches']],
    [
      'N points',
      'Muse Spark scored 42.8 points on HealthBench Hard.',
      ['muse-spark', 'healthbench-hard', '42.8 points', 'matches'],
    ],
    [
      'a misquote',
      'Muse Spark scored 42.1 on HealthBench Hard.',
      ['muse-spark', 'healthbench-hard', '42.1', 'differs'],
    ],
    ['a pair no chart has', 'GPT 5.4 scored 78.0 on MMMU Pro.', ['gpt-5-4', 'mmmu-pro', '78.0', 'unlisted']],
  ])('%s', (_shape, text, claim) => {
    expect(claims(text)).toEqual([claim]);
  });

  it('a sentence about Muse Spark gives it a figure that comes before its name', () => {
    expect(claims('With 42.8 on HealthBench Hard, Muse Spark leads the chart.')).toEqual([
      ['muse-spark', 'healthbench-hard', '42.8', 'matches'],
    ]);
  });
});

describe('numbers that are never claims', () => {
  it.each([
    ['a date', 'Muse Spark launched on April 8, 2026, with HealthBench Hard results.'],
    ['a price', 'Muse Spark costs $20.5 a month and scores well on HealthBench Hard.'],
    ['a count', 'HealthBench Hard was graded by 262 physicians; Muse Spark used more than 1,000.'],
    ['a user number', 'Muse Spark reaches 3.5 billion users and was tested on HealthBench Hard.'],
    ['another percentage', 'Meta stock rose 2.4% after Muse Spark topped HealthBench Hard.'],
    ['a margin', 'Muse Spark leads GPT 5.4 on HealthBench Hard by 2.7 points.'],
    ['a bound', 'Muse Spark is above 40.0 on HealthBench Hard.'],
    ['an old value', 'Muse Spark rose on HealthBench Hard from 31.2.'],
    ['a range', 'HealthBench Hard scores run 14.8–42.8 for Muse Spark and rivals.'],
    ['another model', 'Llama 4 scored 31.5 on HealthBench Hard, behind Muse Spark.'],
    ['another benchmark', 'Muse Spark scored 42.8 on HealthBench Hard and 61.0 on MMMU, Meta said.'],
    ['a version number', 'Muse Spark beats GPT 5.4 on HealthBench Hard.'],
  ])('%s', (_kind, text) => {
    const found = claims(text).filter(([, , printed]) => printed !== '42.8');
    expect(found).toEqual([]);
  });

  it('a sentence that names no benchmark holds no claim', () => {
    expect(claims('Muse Spark scored 42.1 in our own test.')).toEqual([]);
  });
});

describe('sentences', () => {
  it('split at full stops, not at decimals or "vs."', () => {
    const text = 'Muse Spark scored 42.8 vs. GPT 5.4 at 40.1. Grok 4.2 was last.';
    expect(sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim())).toEqual([
      'Muse Spark scored 42.8 vs. GPT 5.4 at 40.1.',
      'Grok 4.2 was last.',
    ]);
  });
});

const cell = (text: string) => ({ text, matches: matcher.findMatches(text) });

describe('tables', () => {
  it('reads benchmarks across and models down, and the chart’s own shape, and skips other columns', () => {
    const across = [
      ['Model', 'Price', 'HealthBench Hard', 'CharXiv Reasoning'].map(cell),
      ['Muse Spark', '2.50', '42.1', '86.4'].map(cell),
    ];
    expect(findClaimsInTable(across).map(({ claim: c }) => [c.model, c.benchmark, c.printed, c.verdict])).toEqual([
      ['muse-spark', 'healthbench-hard', '42.1', 'differs'],
      ['muse-spark', 'charxiv-reasoning', '86.4', 'matches'],
    ]);
    const down = [
      ['', 'Muse Spark', 'GPT-5.4'].map(cell),
      ['HealthBench Hard', '42.8%', '40.1%'].map(cell),
      ['Context window', '256', '400'].map(cell),
    ];
    expect(findClaimsInTable(down).map(({ claim: c }) => [c.model, c.benchmark, c.printed, c.verdict])).toEqual([
      ['muse-spark', 'healthbench-hard', '42.8%', 'matches'],
      ['gpt-5-4', 'healthbench-hard', '40.1%', 'matches'],
    ]);
  });
});
