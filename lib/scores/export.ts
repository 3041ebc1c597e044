import { article } from '../../data/article';
import { benchmarks } from '../../data/benchmarks';
import { models } from '../../data/models';
import { outletTierLabel } from '../../data/outlet-figures';
import { benchmarkRows, formatFigure, hasOutletFigures, outletRows, type ScoreRow } from './score-view';

/**
 * The launch chart as text a reader can paste elsewhere: Markdown or CSV, always with the source
 * line. The outlet tier keeps a row of its own, marked † and labelled, as in every other view.
 */

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * "8 April 2026" from "2026-04-08". By hand, not Intl.DateTimeFormat: building a formatter loads
 * locale data, which cost the content script tens of milliseconds at start-up on every page.
 */
export function formatLaunchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Where the figures come from, with the launch date: one wording for every view. */
export const chartSource = () => `${article.sourceLine}, ${formatLaunchDate(article.launchDate)}`;

const NOT_REPORTED = 'not reported';

interface TableLine {
  label: string;
  cells: string[];
}

function cellsOf(rows: ScoreRow[]): string[] {
  return rows.map((r) => (r.value === null ? NOT_REPORTED : formatFigure(r.value)));
}

/** The table's lines: a row per benchmark, and under one with outlet figures, its † row. */
function tableLines(): TableLine[] {
  return benchmarks.flatMap((b) => {
    const own = { label: b.name, cells: cellsOf(benchmarkRows(b.id)) };
    if (!hasOutletFigures(b.id)) return [own];
    return [own, { label: `${b.name} † (outlets)`, cells: cellsOf(outletRows(b.id)) }];
  });
}

function sourceNote(): string {
  const tier = benchmarks.some((b) => hasOutletFigures(b.id)) ? ` † ${outletTierLabel}.` : '';
  return `Source: ${chartSource()}. Higher is better; “${NOT_REPORTED}” means the article gives no figure.${tier}`;
}

/** A Markdown table row; a pipe inside a cell is escaped so it does not split the cell. */
const markdownRow = (cells: string[]) => `| ${cells.map((s) => s.replace(/\|/g, '\\|')).join(' | ')} |`;

export function scoreTableMarkdown(): string {
  const header = ['Benchmark', ...models.map((m) => m.name)];
  return [
    markdownRow(header),
    `| --- | ${models.map(() => '---:').join(' | ')} |`,
    ...tableLines().map((l) => markdownRow([l.label, ...l.cells])),
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
  const lines = [['Benchmark', ...models.map((m) => m.name)], ...tableLines().map((l) => [l.label, ...l.cells])];
  // The source as a last row of its own, so a spreadsheet keeps it with the figures.
  lines.push([], [sourceNote()]);
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
