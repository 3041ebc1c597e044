import { benchmarkById } from '../../data/benchmarks';
import { modelById } from '../../data/models';
import type { BenchmarkId, ModelId } from '../../data/types';
import type { TextMatch } from '../text/matcher';
import { figure } from '../scores/score-view';

/**
 * The claim check: figures a page prints for a (model, benchmark) pair, compared with the launch
 * chart. Pure text logic; `mentions.ts` (prose) and `claim-tables.ts` turn what it finds into marks.
 *
 * Precision comes first: a wrong "differs" tells a reader a correct article is wrong. So a figure
 * only becomes a claim when its shape says "score" (a decimal, or a whole number with % or
 * points, between 0 and 100) and nothing around it says otherwise (a margin, a bound, a count, a
 * price, another model or benchmark); and a figure whose owner is only guessed may confirm the
 * chart but never contradict it.
 */

export type Verdict = 'matches' | 'differs' | 'unlisted';

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
}

/** A claim and where its figure sits in the text it was found in. */
export interface ClaimAt {
  claim: Claim;
  start: number;
  end: number;
}

type EntityKind = 'model' | 'benchmark' | 'other' | 'unknown';

interface Entity {
  kind: EntityKind;
  /** A model or benchmark id for known entities. */
  id?: string;
  start: number;
  end: number;
  /** Named by family only ("Claude"): which model is meant is a guess. */
  byFamily?: boolean;
}

/** Decimal places as printed: "42.80" has two, "43" none. */
const decimalsOf = (digits: string) => (digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0);

/** The claim that the page gives `value` (printed as `printed`) for this model on this benchmark. */
function claimFor(model: ModelId, benchmark: BenchmarkId, printed: string, value: number, decimals: number): Claim {
  const chart = figure(model, benchmark);
  return { model, benchmark, printed, value, chart, ...judge(value, decimals, chart) };
}

/** Compares a printed figure with the chart's. */
export function judge(value: number, decimals: number, chart: number | null): { verdict: Verdict; rounded: boolean } {
  if (chart === null) return { verdict: 'unlisted', rounded: false };
  if (decimals >= 1) return { verdict: Math.abs(value - chart) < 1e-9 ? 'matches' : 'differs', rounded: false };
  return Math.round(chart) === value ? { verdict: 'matches', rounded: true } : { verdict: 'differs', rounded: false };
}

// ---------------------------------------------------------------------------------------------
// Reading the text around a figure

const MONTHS =
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december';
/**
 * Capitalised words that put a number after them without naming a model: sentence openers,
 * prepositions and verbs, months, and document furniture ("Table 2").
 */
const NOT_A_NAME = new Set(
  (
    'a an the at on in with by for from to of and or but just only about around nearly almost roughly over under above below ' +
    'up down it its is was while versus vs against compared than top no score scores scored scoring reached reaching posted ' +
    'posting hit hitting managed managing got led leading trailed trailing put puts placed notched notching earned landed ' +
    'table figure fig chart section version page step day week phase level round grade q h part chapter ' +
    MONTHS
  ).split(' '),
);

/** A name with a version number that the catalogue does not know: "Llama 4", "Qwen3", "Gemini 2.5". */
const VERSIONED_NAME =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)[ -]?[vV]?\d+(?:\.\d+)*[a-z]?(?![A-Za-z0-9])/g;

/**
 * A model family named alone ("ahead of Claude's 14.8"): the chart's one model of that family, as
 * a guess that may confirm a figure but not contradict it. A family the chart lacks is a rival
 * we know nothing about.
 */
const FAMILY =
  /(?<![A-Za-z0-9])(Claude|Opus|Gemini|Grok|GPT|ChatGPT|Llama|Qwen|DeepSeek|Mistral|Kimi)(?![A-Za-z0-9]|[ -]?\d)/g;
const CHART_FAMILY: Record<string, ModelId> = {
  Claude: 'claude-opus-4-6-max',
  Opus: 'claude-opus-4-6-max',
  Gemini: 'gemini-3-1-pro-high',
  Grok: 'grok-4-2',
};

/**
 * A number as written: no sign, currency, hash or slash before it, and not part of a word, a
 * version ("GPT-4"), a time ("10:30") or a longer number.
 */
const NUMBER =
  /(?<![A-Za-z0-9_$€£¥#@.,/:+±~≈\u2212\u00c0-\u024f-])(\d+(?:,\d{3})*(?:\.\d+)?)(?![A-Za-z0-9_\u00c0-\u024f]|[.,]\d)/g;

const UNIT =
  /^(?:\s?%|\s?(?:per\s?cent|percent|pct)\b|\s(?:percentage\s+points?|points?|pts?)\b|\/100\b|\s(?:out\s+)?of\s+100\b)/i;

/** After a figure (and its unit), words that make it a margin or a change rather than a score. */
const MARGIN_AFTER = new Set(
  (
    'ahead behind clear lead higher lower more less better worse above below short back margin gap increase ' +
    'improvement jump gain drop faster slower cheaper fewer greater up down over under shy off'
  ).split(' '),
);

/** Words that may follow a score. Any other word after a number makes it a count, a price, a size... */
const SCORE_FOLLOWERS = new Set(
  (
    'on in at for from by and or to vs versus against compared while whereas but respectively with across as is was ' +
    'were are tops topped beats beat leads led puts put places placed edges edged ranks ranked marks gives gave ' +
    'outscores outscored surpasses surpassed narrowly overall accuracy correct score mark result rating there here ' +
    'this that which after appears appear stands stood remains comes came'
  ).split(' '),
);

/** Before a figure: words that make it a margin, a bound, an approximation or an old value. */
const NOT_A_SCORE_BEFORE = new Set(
  (
    'by than over above under below nearly almost about around roughly approximately approx some least most within ' +
    'another extra additional from up down beyond exceeding exceeds exceeded past not ' +
    // Changes: "shares rose 2.4%".
    'rose rise rises rising fell fall falls falling gained gains lost climbed climbs dropped drops jumped jumps slid ' +
    'surged grew grows increased decreased declined shed added'
  ).split(' '),
);

/** "a lead of 2.7": nouns that make "of" introduce a margin, not a score. */
const MARGIN_NOUNS = new Set(
  'margin gap lead edge advantage deficit difference improvement increase jump gain drop decline boost average total maximum max'.split(
    ' ',
  ),
);

/**
 * Between a model and a figure, words that say the figure belongs to someone else: an earlier
 * model, people, a baseline. A figure read past them is only a guess.
 */
const OTHER_OWNER = new Set(
  (
    'previous prior earlier predecessor predecessors last human humans people baseline average median experts expert ' +
    'physicians doctors random chance record leader leaderboard where whereas which ' +
    // Money and markets: "Meta stock rose 2.4% after Muse Spark...".
    'stock stocks shares share revenue price prices market investors'
  ).split(' '),
);

/** Sentence openers that refer back to the model just named ("It scored 42.8 on..."). */
const REFERS_BACK = /^["“‘']?(?:it|its|the model|the new model|meta['’]s (?:new )?model|the system|spark)\b/i;

const VENDOR_POSSESSIVE = /^(?:the\s+|(?:meta|openai|google|anthropic|xai|x\.ai)['’]s\s+)/i;

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

function entitiesOf(text: string, matches: readonly TextMatch[]): Entity[] {
  const known: Entity[] = matches.map((m) => ({
    kind: modelById.has(m.termId as ModelId)
      ? 'model'
      : benchmarkById.has(m.termId as BenchmarkId)
        ? 'benchmark'
        : 'other',
    id: m.termId,
    start: m.start,
    end: m.end,
  }));
  const unknown: Entity[] = [];
  VERSIONED_NAME.lastIndex = 0;
  for (let m = VERSIONED_NAME.exec(text); m; m = VERSIONED_NAME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_A_NAME.has(m[1]!.toLowerCase())) {
      // "At 42.8": look again just after the word, for a name that may start inside the match.
      VERSIONED_NAME.lastIndex = start + m[1]!.length;
      continue;
    }
    if (known.some((k) => k.start < end && start < k.end)) {
      VERSIONED_NAME.lastIndex = start + m[1]!.length;
      continue;
    }
    unknown.push({ kind: 'unknown', start, end });
  }
  const overlaps = (start: number, end: number) => [...known, ...unknown].some((k) => k.start < end && start < k.end);
  FAMILY.lastIndex = 0;
  for (let m = FAMILY.exec(text); m; m = FAMILY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const id = CHART_FAMILY[m[1]!];
    unknown.push(id ? { kind: 'model', id, start, end, byFamily: true } : { kind: 'unknown', start, end });
  }
  return [...known, ...unknown].sort((a, b) => a.start - b.start);
}

/** The word just before `at` (across spaces, an opening bracket or a colon). */
const wordBefore = (text: string, at: number): { word: string; start: number; end: number } | null => {
  const m = /([A-Za-z]+)(?:['’]s)?[\s(:]*$/.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const start = at - m[0].length;
  return { word: m[1]!, start, end: start + m[1]!.length };
};

interface Figure {
  start: number;
  end: number;
  printed: string;
  value: number;
  decimals: number;
  /** Where the text after the figure and its unit starts. */
  after: number;
}

/** The figures in [from, to) that have the shape of a score and no word around them that says otherwise. */
function scoreFigures(text: string, from: number, to: number, entities: Entity[]): Figure[] {
  const out: Figure[] = [];
  const sentence = text.slice(0, to);
  NUMBER.lastIndex = from;
  for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
    const start = m.index;
    const digits = m[1]!;
    if (entities.some((e) => e.start <= start && start < e.end)) continue; // a version inside a name
    if (digits.includes(',')) continue; // a count: "1,000 physicians"
    const value = Number(digits);
    const decimals = decimalsOf(digits);
    if (!(value >= 1 && value <= 100) || decimals > 2) continue;
    const unitMatch = UNIT.exec(sentence.slice(start + digits.length));
    const unit = unitMatch?.[0] ?? '';
    if (/percentage/i.test(unit)) continue; // a gap between two scores
    if (decimals === 0 && !unit) continue; // a bare whole number is more often a count
    const after = start + digits.length + unit.length;
    if (!followsLikeAScore(sentence, after, entities, /point|pt/i.test(unit))) continue;
    if (!precededLikeAScore(sentence, start, from, entities)) continue;
    out.push({ start, end: after, printed: sentence.slice(start, after).trim(), value, decimals, after });
  }
  return out;
}

function followsLikeAScore(text: string, after: number, entities: Entity[], points: boolean): boolean {
  const rest = text.slice(after, after + 60);
  const next = /^\s*(?:([A-Za-z]+)|(\S))?/.exec(rest)!;
  const word = next[1]?.toLowerCase();
  if (word === undefined) {
    const mark = next[2];
    if (mark === undefined) return true;
    // A range ("40.1–42.8"), a compound ("2.7-point lead"), a multiple ("4×"), a fraction ("3/4").
    if (/^\s*[-–—]\s*\d|^[-‑–][A-Za-z]/.test(rest) || mark === '×' || mark === '/') return false;
    return true;
  }
  const wordAt = after + next[0].length - word.length;
  if (entities.some((e) => e.start === wordAt && e.kind !== 'unknown')) return true;
  if (MARGIN_AFTER.has(word)) return false;
  if (points && word === 'of') return false; // "2 points of separation"
  if (word === 'of') {
    // "42.8% of HealthBench Hard": a score; "42% of users": a share of something else.
    const target = /^\s*of\s+(?:the\s+)?/i.exec(rest)!;
    const at = after + target[0].length;
    return entities.some((e) => e.start === at && e.kind === 'benchmark');
  }
  return SCORE_FOLLOWERS.has(word);
}

function precededLikeAScore(text: string, start: number, sentenceStart: number, entities: Entity[]): boolean {
  const before = wordBefore(text, start);
  if (!before || before.start < sentenceStart) return true;
  const lower = before.word.toLowerCase();
  if (NOT_A_SCORE_BEFORE.has(lower)) return false;
  if (lower === 'of') {
    const noun = wordBefore(text, before.start);
    if (noun && MARGIN_NOUNS.has(noun.word.toLowerCase())) return false;
  }
  // "HealthBench 62.1", "on MMMU 74.1": a figure right after a capitalised name we do not know
  // belongs to that name. Right after a name we know, it is that name's figure.
  const inKnown = entities.some((e) => e.kind !== 'unknown' && e.start < before.end && before.end <= e.end);
  const capitalised = before.word[0]! >= 'A' && before.word[0]! <= 'Z';
  const atSentenceStart = text.slice(sentenceStart, before.start).trim() === '';
  if (capitalised && !inKnown && !atSentenceStart && !NOT_A_NAME.has(lower)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Whose figure, on which benchmark

interface Owner<T extends string> {
  id: T;
  /** Read from the shape of the sentence, not guessed: only a firm owner may contradict the chart. */
  firm: boolean;
}

/** The entity that starts right after a linking word ("for", "on", "(") after the figure. */
function linkedAfter(text: string, fig: Figure, entities: Entity[], links: RegExp): Entity | 'blocked' | null {
  const rest = text.slice(fig.after, fig.after + 80);
  const link = links.exec(rest);
  if (!link) return null;
  let at = fig.after + link[0].length;
  const vendor = VENDOR_POSSESSIVE.exec(text.slice(at, at + 20));
  if (vendor) at += vendor[0].length;
  const entity = entities.find((e) => e.start === at);
  if (entity) return entity;
  // A name we do not know, or "the previous model": the figure is someone else's.
  const words =
    text
      .slice(at, at + 40)
      .match(/[A-Za-z]+/g)
      ?.slice(0, 3) ?? [];
  const c = text[at];
  if ((c !== undefined && c >= 'A' && c <= 'Z') || words.some((w) => OTHER_OWNER.has(w.toLowerCase()))) {
    return 'blocked';
  }
  return null;
}

function modelOwner(text: string, fig: Figure, span: [number, number], entities: Entity[]): Owner<ModelId> | null {
  const modelsHere = entities.filter(
    (e) => (e.kind === 'model' || e.kind === 'unknown') && e.start >= span[0] && e.end <= span[1],
  );
  const named = (e: Entity, firm: boolean): Owner<ModelId> | null =>
    e.kind === 'model' ? { id: e.id as ModelId, firm: firm && !e.byFamily } : null;
  const otherOwnerIn = (from: number, to: number) =>
    (
      text
        .slice(from, to)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    ).some((w) => OTHER_OWNER.has(w));

  const linked = linkedAfter(text, fig, entities, /^\s*(?:\(\s*|,?\s*(?:for|by|from)\s+)/i);
  if (linked === 'blocked') return null;
  if (linked && (linked.kind === 'model' || linked.kind === 'unknown')) return named(linked, true);

  const before = modelsHere.filter((e) => e.end <= fig.start).at(-1);
  if (before) return named(before, !otherOwnerIn(before.end, fig.start));
  const after = modelsHere.find((e) => e.start >= fig.end);
  if (after) {
    // "With 42.8 on HealthBench Hard, Muse Spark leads": a sentence about Muse Spark, unless it
    // first names someone else ("human physicians scored 13.0 ... below Muse Spark").
    return named(after, after.id === 'muse-spark' && !otherOwnerIn(span[0], after.start));
  }
  // No model in the sentence: "It scored 42.8 on..." right after a sentence about Muse Spark.
  if (REFERS_BACK.test(text.slice(span[0], fig.start).trimStart())) {
    const earlier = entities.filter((e) => (e.kind === 'model' || e.kind === 'unknown') && e.end <= span[0]).at(-1);
    if (earlier?.id === 'muse-spark') return { id: 'muse-spark', firm: false };
  }
  return null;
}

/**
 * "Muse Spark outscored GPT 5.4, 86.4 to 82.8": two figures paired by "to" or "vs" in a sentence
 * that names exactly two models belong to them in the order they were named.
 */
function pairedOwners(text: string, figs: Figure[], span: [number, number], entities: Entity[]): Map<Figure, ModelId> {
  const out = new Map<Figure, ModelId>();
  const models = entities.filter(
    (e) => e.start >= span[0] && e.end <= span[1] && (e.kind === 'model' || e.kind === 'unknown'),
  );
  const distinct = [...new Set(models.map((e) => e.id ?? 'unknown'))];
  if (distinct.length !== 2 || models.some((e) => e.kind === 'unknown' || e.byFamily)) return out;
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i]!;
    const b = figs[i + 1]!;
    if (
      /^\s*(?:to|vs\.?|versus|-|–)\s*$/i.test(text.slice(a.after, b.start)) &&
      models.every((e) => e.end <= a.start)
    ) {
      out.set(a, distinct[0] as ModelId);
      out.set(b, distinct[1] as ModelId);
    }
  }
  return out;
}

function benchmarkOwner(
  text: string,
  fig: Figure,
  span: [number, number],
  entities: Entity[],
  /** The benchmark of the sentence before, for a short one that names none. */
  carried: BenchmarkId | null,
): Owner<BenchmarkId> | null {
  const linked = linkedAfter(text, fig, entities, /^\s*,?\s*(?:on|in|at|of|for|across)\s+/i);
  if (linked === 'blocked') return null;
  if (linked && linked.kind === 'benchmark') return { id: linked.id as BenchmarkId, firm: true };
  if (linked && linked.kind === 'unknown') return null;

  const benchmarksHere = entities.filter((e) => e.kind === 'benchmark' && e.start >= span[0] && e.end <= span[1]);
  if (!benchmarksHere.length) return carried ? { id: carried, firm: false } : null;
  const distinct = new Set(benchmarksHere.map((e) => e.id));
  if (distinct.size === 1) return { id: benchmarksHere[0]!.id as BenchmarkId, firm: true };
  const before = benchmarksHere.filter((e) => e.end <= fig.start).at(-1);
  if (before) return { id: before.id as BenchmarkId, firm: true };
  return { id: benchmarksHere.find((e) => e.start >= fig.end)!.id as BenchmarkId, firm: false };
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
  const claim = claimFor(m, b, fig.printed, fig.value, fig.decimals);
  // A guessed owner may confirm the chart, never contradict it.
  return claim.verdict === 'matches' || (model.firm && benchmark.firm) ? claim : null;
}

/**
 * Claims in a block of prose: `matches` are the catalogue's matches in `text` (from the matcher),
 * which name the models and benchmarks. Only sentences that name a benchmark are read, and the
 * short ones straight after them ("GPT 5.4: 40.1."), which carry on the same benchmark.
 */
export function findClaimsInText(text: string, matches: readonly TextMatch[]): ClaimAt[] {
  if (!matches.some((m) => benchmarkById.has(m.termId as BenchmarkId))) return [];
  const entities = entitiesOf(text, matches);
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
      const model = pairedModel ? { id: pairedModel, firm: true } : modelOwner(text, fig, span, entities);
      const benchmark = model && benchmarkOwner(text, fig, span, entities, carry);
      const claim = model && benchmark && decide(fig, model, benchmark, alternatives);
      if (claim) out.push({ claim, start: fig.start, end: fig.end });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables

export interface TableCell {
  text: string;
  matches: readonly TextMatch[];
}

export interface TableClaim extends ClaimAt {
  row: number;
  col: number;
}

/** A cell that holds one figure and nothing else (footnote marks and a unit aside). */
const LONE_FIGURE = /^\s*(\d{1,3}(?:\.\d{1,2})?)(\s?%|\s?(?:pts?|points))?\s*[*†‡§¹²³]*\s*$/;

/**
 * Claims in a comparison table: a header row naming benchmarks with a model named at the start
 * of each row, or the launch chart's own shape, models across and benchmarks down. `grid` is
 * the table's rows of cells, with spanned cells repeated.
 */
export function findClaimsInTable(grid: readonly (readonly TableCell[])[]): TableClaim[] {
  const out: TableClaim[] = [];
  const only = (cell: TableCell | undefined, kind: 'model' | 'benchmark') => {
    const ids = (cell?.matches ?? [])
      .map((m) => m.termId)
      .filter((id) => (kind === 'model' ? modelById.has(id as ModelId) : benchmarkById.has(id as BenchmarkId)));
    return new Set(ids).size === 1 ? ids[0]! : null;
  };
  for (const [across, down] of [
    ['benchmark', 'model'],
    ['model', 'benchmark'],
  ] as const) {
    // The header: the first of the top rows that names at least two of the kind across.
    const headerRow = grid.slice(0, 3).findIndex((row) => row.filter((c) => only(c, across)).length >= 2);
    if (headerRow < 0) continue;
    const columns = grid[headerRow]!.map((c) => only(c, across));
    for (let r = headerRow + 1; r < grid.length; r++) {
      const row = grid[r]!;
      const rowOwner = row.map((c) => only(c, down)).find((id) => id !== null);
      if (!rowOwner) continue;
      row.forEach((cell, c) => {
        const columnOwner = columns[c];
        const lone = columnOwner ? LONE_FIGURE.exec(cell.text) : null;
        if (!lone || !columnOwner) return;
        const digits = lone[1]!;
        const value = Number(digits);
        if (value > 100 || out.some((o) => o.row === r && o.col === c)) return;
        const model = (across === 'model' ? columnOwner : rowOwner) as ModelId;
        const benchmark = (across === 'benchmark' ? columnOwner : rowOwner) as BenchmarkId;
        const start = lone.index + lone[0].indexOf(digits);
        const end = start + digits.length + (lone[2]?.length ?? 0);
        const claim = claimFor(model, benchmark, cell.text.slice(start, end), value, decimalsOf(digits));
        out.push({ claim, start, end, row: r, col: c });
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Words for the card and the popup

export const verdictLabels: Record<Verdict, string> = {
  matches: 'Matches the launch chart',
  differs: 'Differs from the launch chart',
  unlisted: 'Not in the launch chart',
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
