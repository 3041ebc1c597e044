import { benchmarks } from '../../data/benchmarks';
import { models } from '../../data/models';
import type { Benchmark, BenchmarkCategory } from '../../data/types';
import { t } from '../../lib/i18n/messages';
import {
  benchmarkRows,
  formatFigure,
  hasOutletFigures,
  outletRows,
  statementFor,
  type ScoreRow,
} from '../../lib/scores/score-view';
import { chartSource } from '../../lib/scores/export';
import { categoryLabel, statementText } from './wording';

const categories: BenchmarkCategory[] = ['multimodal', 'health', 'reasoning', 'coding'];

/**
 * Every figure of the launch chart: benchmarks grouped by category as rows, the five models as
 * columns, Muse Spark's column emphasised, the best figure per row starred, missing figures
 * labelled, and a small bar under each figure so the gaps show at a glance.
 */
export function ScoreTable() {
  return (
    <table class="scores">
      <caption>
        {t('scores.caption')}
        <span class="caption-note">
          {t('scores.captionNote', { source: chartSource(), tier: t('outletTier.label') })}
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('scores.benchmark')}</th>
          {models.map((m) => (
            <th scope="col" key={m.id} class={m.id === 'muse-spark' ? 'muse' : undefined}>
              {m.name}
            </th>
          ))}
        </tr>
      </thead>
      {categories.map((c) => (
        <tbody key={c}>
          <tr class="group">
            <th scope="colgroup" colSpan={models.length + 1}>
              {categoryLabel(c)}
            </th>
          </tr>
          {benchmarks
            .filter((b) => b.category === c)
            .map((b) => (
              <BenchmarkRow key={b.id} benchmark={b} />
            ))}
        </tbody>
      ))}
    </table>
  );
}

function BenchmarkRow({ benchmark }: { benchmark: Benchmark }) {
  const statement = statementFor(benchmark.id);
  const rows = benchmarkRows(benchmark.id);
  return (
    <>
      <ArticleRow benchmark={benchmark} statement={statement && statementText(statement.benchmark)} rows={rows} />
      {hasOutletFigures(benchmark.id) && <OutletRow benchmark={benchmark} rows={outletRows(benchmark.id)} />}
    </>
  );
}

/**
 * The figures outlets report for a benchmark the article gives none for: a row of its own under the
 * article's, marked † and labelled, never mixed into the article's row.
 */
function OutletRow({ benchmark, rows }: { benchmark: Benchmark; rows: ScoreRow[] }) {
  return (
    <tr class="outlet-tier">
      <th scope="row">
        <span class="outlet-mark">† </span>
        {t('scores.asOutletsReport', { benchmark: benchmark.name })}
      </th>
      {figureCells(rows)}
    </tr>
  );
}

function ArticleRow({
  benchmark,
  statement,
  rows,
}: {
  benchmark: Benchmark;
  statement: string | undefined;
  rows: ScoreRow[];
}) {
  return (
    <tr>
      <th scope="row">{benchmark.name}</th>
      {statement ? (
        <td colSpan={models.length} class="statement">
          {statement}
        </td>
      ) : (
        figureCells(rows)
      )}
    </tr>
  );
}

/**
 * A row's cells: a figure each, and one labelled cell for each stretch of missing figures. Adjacent missing
 * figures share a cell, so the label fits a narrow popup; a lone one shows a dash, and says "not reported"
 * to assistive technology, rather than break the words over three lines.
 */
function figureCells(rows: ScoreRow[]) {
  return cellRuns(rows).map((run) =>
    run.kind === 'missing' ? (
      <td key={run.rows[0]!.model.id} colSpan={run.rows.length} class="not-reported">
        {run.rows.length > 1 ? (
          t('figures.notReported')
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <span class="visually-hidden">{t('figures.notReported')}</span>
          </>
        )}
      </td>
    ) : (
      <FigureCell key={run.rows[0]!.model.id} row={run.rows[0]!} />
    ),
  );
}

function FigureCell({ row }: { row: ScoreRow }) {
  return (
    <td class={`${row.isMuseSpark ? 'muse' : ''}${row.best ? ' best' : ''}`.trim() || undefined}>
      <span class="figure">
        {formatFigure(row.value!)}
        {row.best && (
          <span class="star" aria-label={t('figures.best')}>
            {' '}
            ★
          </span>
        )}
      </span>
      <span class="mini-bar" aria-hidden="true">
        <span style={{ width: `${row.value}%` }} />
      </span>
    </td>
  );
}

type CellRun = { kind: 'figure' | 'missing'; rows: ScoreRow[] };

/** Figures stay one cell each; neighbouring missing figures are grouped. */
function cellRuns(rows: ScoreRow[]): CellRun[] {
  const runs: CellRun[] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (row.value === null && last?.kind === 'missing') last.rows.push(row);
    else runs.push({ kind: row.value === null ? 'missing' : 'figure', rows: [row] });
  }
  return runs;
}
