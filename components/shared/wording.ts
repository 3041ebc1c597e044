import { outletTierLabel } from '../../data/outlet-figures';
import { formatFigure } from '../../lib/scores/score-view';
import type { Claim, Verdict } from '../../lib/claims/verdict';

/** How the card and the popup word a claim check's verdict. */
export const verdictLabels: Record<Verdict, string> = {
  matches: 'Matches the launch chart',
  differs: 'Differs from the launch chart',
  unlisted: 'Not in the launch chart',
  'matches-outlets': 'Matches outlet reports',
};

/** "0.7 lower than the chart": how far the page's figure is from the chart's, for a differing claim. */
export function differenceWords(claim: Pick<Claim, 'value' | 'chart'>): string | null {
  if (claim.chart === null) return null;
  const diff = Math.round((claim.value - claim.chart) * 100) / 100;
  if (diff === 0) return null;
  const abs = Math.abs(diff);
  // One decimal like the chart, two only when the page itself gives two.
  const written = Number.isInteger(Math.round(abs * 100) / 10) ? abs.toFixed(1) : abs.toFixed(2);
  return `${written} ${diff > 0 ? 'higher' : 'lower'} than the chart`;
}

/**
 * A checked figure as one sentence a reader can paste: the page's figure, the chart's, the gap, and
 * the source. Where the page does not say whose figure it is, neither does the sentence's first half.
 */
export function claimSentence(claim: Claim, benchmark: string, model: string, source: string): string {
  const page = claim.modelGuessed
    ? `This page gives a figure of ${claim.printed} on ${benchmark}`
    : `This page gives ${model} ${claim.printed} on ${benchmark}`;
  const whose = claim.modelGuessed ? ` for ${model}` : '';
  switch (claim.verdict) {
    case 'matches':
      return `${page}, as the launch chart does${whose} (${formatFigure(claim.chart!)}; ${source}).`;
    case 'differs':
      return `${page}; the launch chart gives ${formatFigure(claim.chart!)}${whose}, so the page's figure is ${differenceWords(claim)} (${source}).`;
    case 'matches-outlets':
      return `${page}; the launch chart gives no figure${whose}, and outlets report ${formatFigure(claim.outlet!)} (${outletTierLabel.toLowerCase()}).`;
    case 'unlisted':
      return `${page}; the launch chart gives no figure${whose} (${source}).`;
  }
}
