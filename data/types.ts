/** Shapes of the bundled launch data. Every figure comes from the launch article, exactly. */

export type BenchmarkCategory = 'multimodal' | 'health' | 'reasoning' | 'coding';

export type ModelId = 'muse-spark' | 'claude-opus-4-6-max' | 'gemini-3-1-pro-high' | 'gpt-5-4' | 'grok-4-2';

export type BenchmarkId =
  'charxiv-reasoning' | 'mmmu-pro' | 'simplevqa' | 'healthbench-hard' | 'arc-agi-2' | 'livecodebench-pro';

export interface Benchmark {
  id: BenchmarkId;
  name: string;
  /** Every way writers spell it; matched case-insensitively with flexible spaces and hyphens. */
  variants: readonly string[];
  category: BenchmarkCategory;
}

export interface Model {
  id: ModelId;
  /** The name as the launch chart gives it. */
  name: string;
  /** A short name for tight places (table headers, bar labels). */
  shortName: string;
  variants: readonly string[];
  vendor: string;
}

/**
 * One cell of the launch chart: a figure, or explicitly none. A cell the article does not
 * give is `not-reported`, never a guess.
 */
export type Score =
  | { model: ModelId; benchmark: BenchmarkId; kind: 'figure'; value: number }
  | { model: ModelId; benchmark: BenchmarkId; kind: 'not-reported' };

/**
 * A figure the launch article does not give but many independent outlets printed after the launch,
 * attributed to Meta's chart: a second tier, always shown labelled and never mixed with the article's.
 */
export interface OutletFigure {
  model: ModelId;
  benchmark: BenchmarkId;
  value: number;
  /** How many independent outlets printed it. */
  outlets: number;
}

/** The benchmarks the article gives no figures for, only a statement of who finished ahead. */
export type StatementBenchmark = Extract<BenchmarkId, 'arc-agi-2' | 'livecodebench-pro'>;

export interface BenchmarkStatement {
  /** The statement itself, in our words, is `statement.<benchmark>` in locales/. */
  benchmark: StatementBenchmark;
  /** Models the article says finished ahead of Muse Spark on this benchmark. */
  ahead: readonly ModelId[];
}

export type KeyTermId =
  | 'meta-superintelligence-labs'
  | 'thinking-mode'
  | 'contemplating-mode'
  | 'personal-superintelligence'
  | 'advanced-ai-scaling-framework'
  | 'evaluation-awareness';

/** A named idea from the launch; its name in each language and its explanation are in locales/. */
export interface KeyTerm {
  id: KeyTermId;
  /** The English name, as the matcher and the popup's list know it. */
  name: string;
  variants: readonly string[];
}

export interface Article {
  /** ISO date of the launch (each language writes it in locales/, `article.launchDate`). */
  launchDate: string;
}

/**
 * A list's entries by id. Called as `/* @__PURE__ *\/ byId(list)`, so a script that never looks an entry
 * up (the content script's quick look) carries neither the map nor the work of making it.
 */
export function byId<K extends string, T extends { id: K }>(list: readonly T[]): Map<K, T> {
  return new Map(list.map((entry) => [entry.id, entry]));
}
