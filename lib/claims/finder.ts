import type { Matcher, TextMatch } from '../text/matcher';
import type { ReadOptions, TextRun } from '../reader/types';
import { termById } from '../text/terms';
import { isAsciiDigit } from '../text/word-chars';
import type { ClaimAt } from './verdict';

/** A checked figure, where it sits in the run it was read from, and the block that owns its mark. */
export interface FoundClaim {
  run: TextRun;
  at: ClaimAt;
  /** The run's block for prose; the whole table for a table's figures (a change in it rechecks all). */
  block: Node;
}

/**
 * The claim check as the marker uses it. It ships as a script of its own (`claim-finder.js`, loaded
 * the first time a page may give a figure: lib/extension/parts.ts), so the marker only knows this shape.
 */
export interface ClaimFinder {
  /** Checked figures in a run of prose, given the catalogue's matches in its text. */
  inRun(run: TextRun, matches: readonly TextMatch[], matcher: Matcher): FoundClaim[];
  /** Checked figures in a table. */
  inTable(table: HTMLTableElement, matcher: Matcher, options: ReadOptions): FoundClaim[];
}

/** Prose, not a giant text dump, is where claims are written. */
const MAX_CLAIM_RUN = 100_000;
/** Tables with more rows than this are data dumps, not comparison tables: their figures are not checked. */
const MAX_TABLE_ROWS = 200;

/**
 * Whether the claim check looks at this table at all: asked before the check is loaded, so a page whose
 * only figures sit in a leaderboard of hundreds of rows never loads it.
 */
export const mayCheckTable = (table: HTMLTableElement): boolean => table.rows.length <= MAX_TABLE_ROWS;

/**
 * Whether a run may give a figure for a benchmark: it names one, and has a digit outside the names
 * (whose own digits, as in "ARC-AGI-2" or "GPT-5.4", are not figures).
 */
export function mayGiveFigure(text: string, matches: readonly TextMatch[]): boolean {
  if (text.length > MAX_CLAIM_RUN || !matches.some((m) => termById.get(m.termId)?.category === 'benchmark')) {
    return false;
  }
  let from = 0;
  for (const m of [...matches, { start: text.length, end: text.length }]) {
    for (let i = from; i < m.start; i++) if (isAsciiDigit(text.charCodeAt(i))) return true;
    from = Math.max(from, m.end);
  }
  return false;
}
