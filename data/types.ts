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
  /** What it measures, in our own words. */
  measures: string;
  /** The same in one short line, for the hover card. */
  brief: string;
  madeBy: string;
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

export interface BenchmarkStatement {
  benchmark: BenchmarkId;
  /** The article's qualitative statement where it gives no figure, in our words. */
  statement: string;
  /** Models the article says finished ahead of Muse Spark on this benchmark. */
  ahead: readonly ModelId[];
}

export interface KeyTerm {
  id: string;
  name: string;
  variants: readonly string[];
  explanation: string;
}

export interface Article {
  title: string;
  /** ISO date of the launch. */
  launchDate: string;
  outlets: readonly string[];
  summary: string;
  keyPoints: readonly string[];
  /** How the card and popup cite the figures (the launch date is added from `launchDate`). */
  sourceLine: string;
}
