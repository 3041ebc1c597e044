import { benchmarkById } from '../../data/benchmarks';
import { modelById } from '../../data/models';
import type { BenchmarkId, ModelId } from '../../data/types';
import type { TextMatch } from '../text/matcher';
import { claimFor, decimalsOf, type ClaimAt } from './verdict';

/** The claim check in a comparison table's grid of cells (lib/claims/dom-tables.ts reads the grid from the page). */

export interface TableCell {
  text: string;
  matches: readonly TextMatch[];
}

export interface TableClaim extends ClaimAt {
  row: number;
  col: number;
}

/**
 * A cell that holds one figure and nothing else but decorations: a unit, footnote marks, a tick, a star,
 * a trophy, an arrow, a rank ("86.4 ✅ #1", "42.8*", "80.2 (2nd)", "82.8 ↑").
 */
const DECORATION = String.raw`(?:[*†‡§¹²³✓✔✅★⭐☆🏆🥇🥈🥉▲▼↑↓]|\uFE0F|#\d{1,2}|\(\s*(?:#?\d{1,2}(?:st|nd|rd|th)?|best|top)\s*\))`;
const LONE_FIGURE = new RegExp(
  String.raw`^\s*(\d{1,3}(?:\.\d{1,2})?)(\s?%|\s?(?:pts?|points))?(?:\s*${DECORATION})*\s*$`,
  'iu',
);

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
    // The header: the first of the top rows that names at least two of the kind across, or one where
    // at least two rows under it each name a different one of the kind down ("Model | CharXiv
    // Reasoning", then a model a row).
    const namesDown = (from: number) =>
      new Set(grid.slice(from).flatMap((row) => row.map((c) => only(c, down)).filter((id) => id !== null))).size;
    const headerRow = grid.slice(0, 3).findIndex((row, r) => {
      const named = row.filter((c) => only(c, across)).length;
      return named >= 2 || (named === 1 && namesDown(r + 1) >= 2);
    });
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
