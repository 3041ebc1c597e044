import { benchmarkById } from '../../data/benchmarks';
import { modelById, models } from '../../data/models';
import { scores, statements } from '../../data/scores';
import { outletFigures } from '../../data/outlet-figures';
import { withDecimalSign } from '../i18n/messages';
import type { BenchmarkId, BenchmarkStatement, Model, ModelId, OutletFigure } from '../../data/types';

/** One model's line in a benchmark's chart: a figure, or null where the article gives none. */
export interface ScoreRow {
  model: Model;
  value: number | null;
  /** The highest figure on this benchmark (ties share it). */
  best: boolean;
  isMuseSpark: boolean;
}

export function figure(model: ModelId, benchmark: BenchmarkId): number | null {
  const s = scores.find((x) => x.model === model && x.benchmark === benchmark);
  return s?.kind === 'figure' ? s.value : null;
}

/** The figure outlets report for a pair the article gives none for (the second tier), if any. */
export function outletFigure(model: ModelId, benchmark: BenchmarkId): OutletFigure | undefined {
  return outletFigures.find((o) => o.model === model && o.benchmark === benchmark);
}

/** Whether outlets report any figure for this benchmark (the second tier shows for it). */
export function hasOutletFigures(benchmark: BenchmarkId): boolean {
  return outletFigures.some((o) => o.benchmark === benchmark);
}

/** All five models on one benchmark as outlets report them: a figure or null, never a "best". */
export function outletRows(benchmark: BenchmarkId): ScoreRow[] {
  return models.map((model) => ({
    model,
    value: outletFigure(model.id, benchmark)?.value ?? null,
    best: false,
    isMuseSpark: model.id === 'muse-spark',
  }));
}

/** All five models on one benchmark, in the chart's order. */
export function benchmarkRows(benchmark: BenchmarkId): ScoreRow[] {
  const values = models.map((m) => figure(m.id, benchmark));
  const present = values.filter((v): v is number => v !== null);
  // "Best" only means something where at least two figures are compared.
  const top = present.length > 1 ? Math.max(...present) : null;
  return models.map((model, i) => ({
    model,
    value: values[i]!,
    best: top !== null && values[i] === top,
    isMuseSpark: model.id === 'muse-spark',
  }));
}

export function statementFor(benchmark: BenchmarkId): BenchmarkStatement | undefined {
  return statements.find((s) => s.benchmark === benchmark);
}

export interface HeadToHead {
  benchmark: BenchmarkId;
  name: string;
  muse: number;
  rival: number;
}

/** Where the article gives both Muse Spark's and the rival's figure. */
export function headToHead(rival: ModelId): HeadToHead[] {
  return [...benchmarkById.values()].flatMap((b) => {
    const muse = figure('muse-spark', b.id);
    const other = figure(rival, b.id);
    return muse !== null && other !== null ? [{ benchmark: b.id, name: b.name, muse, rival: other }] : [];
  });
}

/** The benchmarks where the article says this rival finished ahead of Muse Spark, without figures. */
export function aheadWithoutFigures(rival: ModelId): BenchmarkStatement[] {
  return statements.filter((s) => s.ahead.includes(rival));
}

export const modelName = (id: ModelId) => modelById.get(id)?.name ?? id;

/** A chart figure as the reader's language writes it: one decimal, "42.8" or "42,8". */
export const formatFigure = (v: number) => withDecimalSign(v.toFixed(1));

/** Where a model's figure places it on a benchmark: 1 for the top figure, among how many figures. */
export interface Standing {
  value: number;
  place: number;
  of: number;
}

export function standingOf(model: ModelId, benchmark: BenchmarkId): Standing | null {
  const value = figure(model, benchmark);
  if (value === null) return null;
  const present = models.map((m) => figure(m.id, benchmark)).filter((v): v is number => v !== null);
  return { value, place: present.filter((v) => v > value).length + 1, of: present.length };
}
