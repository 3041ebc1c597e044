import { benchmarkById } from '../../data/benchmarks';
import type { BenchmarkCategory, BenchmarkId, KeyTermId, StatementBenchmark } from '../../data/types';
import { keyPart, t, withDecimalSign } from '../../lib/i18n/messages';
import { formatFigure } from '../../lib/scores/score-view';
import type { Claim, Verdict } from '../../lib/claims/verdict';

/** The bundled prose about each thing, in the reader's language (locales/). Names stay as published. */
export const benchmarkName = (id: BenchmarkId) => benchmarkById.get(id)!.name;
export const benchmarkBrief = (id: BenchmarkId) => t(`benchmark.${keyPart(id)}.brief`);
export const benchmarkMeasures = (id: BenchmarkId) => t(`benchmark.${keyPart(id)}.measures`);
export const benchmarkMadeBy = (id: BenchmarkId) => t(`benchmark.${keyPart(id)}.madeBy`);
export const categoryLabel = (c: BenchmarkCategory) => t(`category.${c}`);
export const keyTermName = (id: KeyTermId) => t(`keyterm.${keyPart(id)}.name`);
export const keyTermExplanation = (id: KeyTermId) => t(`keyterm.${keyPart(id)}.explanation`);
/** The article's statement for a benchmark it gives no figures for. */
export const statementText = (id: StatementBenchmark) => t(`statement.${keyPart(id)}`);
export const keyPoints = () =>
  [0, 1, 2, 3, 4, 5, 6].map((i) => t(`article.keyPoints.${i as 0 | 1 | 2 | 3 | 4 | 5 | 6}`));

/** How the card and the popup word a claim check's verdict. */
export const verdictLabel = (v: Verdict) => t(`claim.verdict.${v === 'matches-outlets' ? 'matchesOutlets' : v}`);

/** "0.7 lower than the chart": how far the page's figure is from the chart's, for a differing claim. */
export function differenceWords(claim: Pick<Claim, 'value' | 'chart'>): string | null {
  if (claim.chart === null) return null;
  const diff = Math.round((claim.value - claim.chart) * 100) / 100;
  if (diff === 0) return null;
  const abs = Math.abs(diff);
  // One decimal like the chart, two only when the page itself gives two.
  const gap = withDecimalSign(Number.isInteger(Math.round(abs * 100) / 10) ? abs.toFixed(1) : abs.toFixed(2));
  return diff > 0 ? t('claim.higher', { gap }) : t('claim.lower', { gap });
}

/**
 * A checked figure as one sentence a reader can paste: the page's figure, the chart's, the gap, and
 * the source. Where the page does not say whose figure it is, neither does the sentence's first half.
 */
export function claimSentence(claim: Claim, benchmark: string, model: string, source: string): string {
  const words = {
    model,
    printed: claim.printed,
    benchmark,
    source,
    chart: claim.chart === null ? '' : formatFigure(claim.chart),
    outlet: claim.outlet === null ? '' : formatFigure(claim.outlet),
    difference: differenceWords(claim) ?? '',
    tier: t('outletTier.inline'),
  };
  const guessed = claim.modelGuessed;
  switch (claim.verdict) {
    case 'matches':
      return t(guessed ? 'claim.sentence.matchesGuessed' : 'claim.sentence.matches', words);
    case 'differs':
      return t(guessed ? 'claim.sentence.differsGuessed' : 'claim.sentence.differs', words);
    case 'matches-outlets':
      return t(guessed ? 'claim.sentence.matchesOutletsGuessed' : 'claim.sentence.matchesOutlets', words);
    case 'unlisted':
      return t(guessed ? 'claim.sentence.unlistedGuessed' : 'claim.sentence.unlisted', words);
  }
}
