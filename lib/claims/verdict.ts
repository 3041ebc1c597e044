import { figure, outletFigure } from '../scores/score-view';
import type { BenchmarkId, ModelId } from '../../data/types';

/**
 * The claim check: figures a page prints for a (model, benchmark) pair, compared with the launch
 * chart. Pure text logic; lib/claims/prose.ts reads prose, lib/claims/tables.ts and dom-tables.ts read tables, and the
 * marker turns what they find into marks.
 *
 * Precision comes first: a wrong "differs" tells a reader a correct article is wrong. So a figure
 * only becomes a claim when its shape says "score" (a decimal, or a whole number with % or
 * points, between 0 and 100) and nothing around it says otherwise (a margin, a bound, a count, a
 * price, another model or benchmark); and a figure whose owner is only guessed may confirm the
 * chart but never contradict it.
 */

/**
 * How a printed figure compares: with the launch chart's figure, or, where the article gives none, with
 * the figure outlets report (data/outlet-figures.ts), which can confirm a figure but never contradict it.
 */
export type Verdict = 'matches' | 'differs' | 'unlisted' | 'matches-outlets';

export interface Claim {
  model: ModelId;
  benchmark: BenchmarkId;
  /** The figure as the page prints it ("42.1%"). */
  printed: string;
  value: number;
  verdict: Verdict;
  /** The launch chart's figure for the pair, or null when the chart has none. */
  chart: number | null;
  /** The page gives fewer decimals than the chart and agrees with it once the chart is rounded. */
  rounded: boolean;
  /** Where the chart has no figure: the figure outlets report for the pair, if they report one. */
  outlet: number | null;
  /**
   * The page does not say the figure is this model's: it was read from the block's heading, a family
   * name, a sentence before, or the chart itself. The card then names no model as the page's.
   */
  modelGuessed: boolean;
}

/** A claim and where its figure sits in the text it was found in. */
export interface ClaimAt {
  claim: Claim;
  start: number;
  end: number;
}

/** Decimal places as printed: "42.80" has two, "43" none. */
export const decimalsOf = (digits: string) => (digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0);

/** The claim that the page gives `value` (printed as `printed`) for this model on this benchmark. */
export function claimFor(
  model: ModelId,
  benchmark: BenchmarkId,
  printed: string,
  value: number,
  decimals: number,
  modelGuessed = false,
): Claim {
  const chart = figure(model, benchmark);
  const outlet = chart === null ? (outletFigure(model, benchmark)?.value ?? null) : null;
  const judged = judge(value, decimals, chart);
  const byOutlets = outlet === null ? null : judge(value, decimals, outlet);
  // Outlet reports may confirm a figure; one that disagrees with them is only "not in the chart".
  if (byOutlets?.verdict === 'matches') {
    const verdict = 'matches-outlets';
    return { model, benchmark, printed, value, chart, outlet, verdict, rounded: byOutlets.rounded, modelGuessed };
  }
  return { model, benchmark, printed, value, chart, outlet, ...judged, modelGuessed };
}

/** Whether a claim agrees with a figure we bundle, the chart's or the outlets': a guessed owner may say only this. */
export const confirms = (claim: Claim): boolean => claim.verdict === 'matches' || claim.verdict === 'matches-outlets';

/** Compares a printed figure with the chart's. */
export function judge(value: number, decimals: number, chart: number | null): { verdict: Verdict; rounded: boolean } {
  if (chart === null) return { verdict: 'unlisted', rounded: false };
  if (decimals >= 1) return { verdict: Math.abs(value - chart) < 1e-9 ? 'matches' : 'differs', rounded: false };
  return Math.round(chart) === value ? { verdict: 'matches', rounded: true } : { verdict: 'differs', rounded: false };
}
