import type { Matcher } from '../text/matcher';
import { readTextRuns } from '../reader/read-text';
import { outThroughHosts } from '../reader/shadow';
import { isElement } from '../reader/node-types';
import type { ReadOptions, TextRun } from '../reader/types';
import { subjectOf } from './context';
import { findClaimsInText } from './prose';
import { findClaimsInTable, type TableCell } from './tables';
import { matchPieces } from '../text/matcher';
import { mayCheckTable, type ClaimFinder, type FoundClaim } from './finder';

/** Columns kept in a row (a spanning cell fills each it spans): past this, a row is cut off. */
const MAX_COLUMNS = 30;

interface CellRead extends TableCell {
  /** The cell's one run of text, when it has exactly one (a lone figure always does). */
  run: TextRun | null;
}

/**
 * The claim check for a `<table>`: reads its rows into a grid (a cell spanning columns fills each
 * of them), lets `findClaimsInTable` find which cells are figures for a (model, benchmark) pair,
 * and marks those figures. The marks belong to the table, so any change in it rechecks all of it.
 */
function findTableClaims(table: HTMLTableElement, matcher: Matcher, options: ReadOptions): FoundClaim[] {
  if (!mayCheckTable(table)) return [];
  const rows = table.rows;
  // One read of the whole table (a cell at a time would walk, and search for shadow hosts, once
  // per cell); each run then belongs to the cell around its block.
  const runsByCell = new Map<Element, TextRun[]>();
  for (const item of readTextRuns(table, { scanCode: options.scanCode, isOwnUi: options.isOwnUi })) {
    if (item.kind !== 'run') continue;
    const cell = cellAround(item.run.block);
    if (!cell) continue;
    const runs = runsByCell.get(cell);
    if (runs) runs.push(item.run);
    else runsByCell.set(cell, [item.run]);
  }
  const grid: CellRead[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: CellRead[] = [];
    for (const cell of rows[r]!.cells) {
      const runs = runsByCell.get(cell) ?? [];
      const text = runs.map((run) => run.text).join('\n');
      const read: CellRead = { text, matches: matchPieces(text, matcher), run: runs.length === 1 ? runs[0]! : null };
      const span = Math.min(Math.max(cell.colSpan, 1), MAX_COLUMNS);
      for (let i = 0; i < span && row.length < MAX_COLUMNS; i++) row.push(read);
    }
    grid.push(row);
  }
  return findClaimsInTable(grid).flatMap((c) => {
    const run = grid[c.row]![c.col]!.run;
    return run ? [{ run, at: c, block: table }] : [];
  });
}

/** The table cell a run's block sits in, looking out through shadow hosts. */
function cellAround(block: Node): Element | null {
  for (const { node } of outThroughHosts(block)) {
    const cell = isElement(node) ? node.closest('td, th') : null;
    if (cell) return cell;
  }
  return null;
}

/** The whole claim check, as claim-finder.js hands it to the content script (lib/claims/finder.ts). */
export const claimFinder: ClaimFinder = {
  inRun: (run, matches, matcher) =>
    findClaimsInText(run.text, matches, () => subjectOf(run.block, matcher)).map((at) => ({
      run,
      at,
      block: run.block,
    })),
  inTable: findTableClaims,
};
