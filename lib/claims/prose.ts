import { benchmarkById } from '../../data/benchmarks';
import type { BenchmarkId, ModelId } from '../../data/types';
import { figure } from '../scores/score-view';
import type { TextMatch } from '../text/matcher';
import { entitiesOf } from './entities';
import { scoreFigures, type Figure } from './figures';
import { benchmarkOwner, modelOwner, pairedOwners, type Owner } from './owners';
import { claimFor, confirms, judge, type Claim, type ClaimAt } from './verdict';

const ABBREVIATIONS =
  /(?:^|[^A-Za-z])(?:vs|e\.g|i\.e|etc|mr|mrs|ms|dr|st|inc|ltd|co|corp|no|approx|fig|al|jr|sr|u\.s|u\.k)$/i;

/**
 * Sentence spans: split at . ! ? followed by a capital, digit or quote. Not at line breaks: in a
 * page's text they are mostly the source's own wrapping, not the reader's.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index))) {
      continue;
    }
    const end = m.index + m[0].length;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * The claim for a figure whose owners are known. When the figure disagrees with the chart but
 * is exactly the chart's figure for another model (or benchmark) named in the same sentence,
 * the page is read as quoting that one: "GPT 5.4 trails Muse Spark, 40.1 to 42.8".
 */
function decide(
  fig: Figure,
  model: Owner<ModelId>,
  benchmark: Owner<BenchmarkId>,
  alternatives: { models: ModelId[]; benchmarks: BenchmarkId[] },
): Claim | null {
  const matches = (m: ModelId, b: BenchmarkId) => judge(fig.value, fig.decimals, figure(m, b)).verdict === 'matches';
  let m = model.id;
  let b = benchmark.id;
  if (!matches(m, b)) {
    const altModel = alternatives.models.find((alt) => alt !== m && matches(alt, b));
    const altBenchmark = altModel ? undefined : alternatives.benchmarks.find((alt) => alt !== b && matches(m, alt));
    m = altModel ?? m;
    b = altBenchmark ?? b;
  }
  const claim = claimFor(m, b, fig.printed, fig.value, fig.decimals, !model.firm || m !== model.id);
  // A guessed owner may confirm the chart, never contradict it.
  return confirms(claim) || (model.firm && benchmark.firm) ? claim : null;
}

/**
 * Claims in a block of prose: `matches` are the catalogue's matches in `text` (from the matcher),
 * which name the models and benchmarks. Only sentences that name a benchmark are read, and the
 * sentences after them in the same block that name none ("Gemini 3.1 Pro scored 76.5."), which carry
 * on the same benchmark as a guess.
 */
export function findClaimsInText(
  text: string,
  matches: readonly TextMatch[],
  /**
   * The model the text is about when it does not say (lib/claims/context.ts), if any: looked up in the page
   * only for a figure whose sentence and the text before it name no model, and then once.
   */
  subjectOf: () => ModelId | null = () => null,
): ClaimAt[] {
  if (!matches.some((m) => benchmarkById.has(m.termId as BenchmarkId))) return [];
  const entities = entitiesOf(text, matches);
  let subject: ModelId | null | undefined;
  const subjectOnce = () => (subject === undefined ? (subject = subjectOf()) : subject);
  const out: ClaimAt[] = [];
  let carried: BenchmarkId | null = null;
  for (const span of sentenceSpans(text)) {
    const here = entities.filter((e) => e.start >= span[0] && e.end <= span[1]);
    const benchmarksHere = [...new Set(here.filter((e) => e.kind === 'benchmark').map((e) => e.id as BenchmarkId))];
    const carry = carried;
    carried = benchmarksHere.length === 1 ? benchmarksHere[0]! : benchmarksHere.length ? null : carried;
    if (!benchmarksHere.length && !carry) continue;
    const alternatives = {
      models: [...new Set(here.filter((e) => e.kind === 'model').map((e) => e.id as ModelId))],
      benchmarks: benchmarksHere,
    };
    const figs = scoreFigures(text, span[0], span[1], entities);
    const paired = pairedOwners(text, figs, span, entities);
    for (const fig of figs) {
      const pairedModel = paired.get(fig);
      const model = pairedModel ? { id: pairedModel, firm: true } : modelOwner(text, fig, span, entities, subjectOnce);
      const benchmark = model && benchmarkOwner(text, fig, span, entities, carry);
      const claim = model && benchmark && decide(fig, model, benchmark, alternatives);
      if (claim) out.push({ claim, start: fig.start, end: fig.end });
    }
  }
  return out;
}
