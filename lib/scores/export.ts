import { benchmarks } from '../../data/benchmarks';
import { models } from '../../data/models';
import { t } from '../i18n/messages';
import { benchmarkRows, formatFigure, hasOutletFigures, outletRows, type ScoreRow } from './score-view';

/**
 * The launch chart as text a reader can paste elsewhere: Markdown or CSV, always with the source
 * line. The outlet tier keeps a row of its own, marked † and labelled, as in every other view.
 * Words and decimal signs follow the reader's language, except in CSV, whose figures keep a point so a
 * spreadsheet reads them as numbers whatever its language.
 */

/** Where the figures come from, with the launch date: one wording for every view. */
export const chartSource = () => t('article.sourceLine', { date: t('article.launchDate') });

interface TableLine {
  label: string;
  cells: string[];
}

function cellsOf(rows: ScoreRow[], figure: (v: number) => string): string[] {
  return rows.map((r) => (r.value === null ? t('figures.notReported') : figure(r.value)));
}

/** The table's lines: a row per benchmark, and under one with outlet figures, its † row. */
function tableLines(figure: (v: number) => string): TableLine[] {
  return benchmarks.flatMap((b) => {
    const own = { label: b.name, cells: cellsOf(benchmarkRows(b.id), figure) };
    if (!hasOutletFigures(b.id)) return [own];
    return [own, { label: t('scores.outletsRow', { benchmark: b.name }), cells: cellsOf(outletRows(b.id), figure) }];
  });
}

function sourceNote(): string {
  const note = t('scores.sourceNote', { source: chartSource(), notReported: t('figures.notReported') });
  return benchmarks.some((b) => hasOutletFigures(b.id)) ? `${note} † ${t('outletTier.label')}.` : note;
}

const header = () => [t('scores.benchmark'), ...models.map((m) => m.name)];

/** A Markdown table row; a pipe inside a cell is escaped so it does not split the cell. */
const markdownRow = (cells: string[]) => `| ${cells.map((s) => s.replace(/\|/g, '\\|')).join(' | ')} |`;

export function scoreTableMarkdown(): string {
  return [
    markdownRow(header()),
    `| --- | ${models.map(() => '---:').join(' | ')} |`,
    ...tableLines(formatFigure).map((l) => markdownRow([l.label, ...l.cells])),
    '',
    sourceNote(),
    '',
  ].join('\n');
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function scoreTableCsv(): string {
  const lines = [header(), ...tableLines((v) => v.toFixed(1)).map((l) => [l.label, ...l.cells])];
  // The source as a last row of its own, so a spreadsheet keeps it with the figures.
  lines.push([], [sourceNote()]);
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
