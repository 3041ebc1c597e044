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
