import type { Matcher, TextMatch } from '../text/matcher';
import type { ReadOptions, TextRun } from '../reader/read-text';
import type { Mention, RangeFactory } from '../marker/mentions';
import { termById } from '../text/terms';
import { loadLazyPart, registerLazyPart } from '../extension/lazy-part';

/**
 * The claim check (lib/claims/claims/claims.ts, lib/claims/dom-tables.ts and the launch figures) is a sixth of the
 * content script, and only a page that gives a figure beside a benchmark's name needs it. So it is
 * a separate script, `claim-finder.js`, loaded the first time a page may give one.
 */
export interface ClaimFinder {
  /** Checked figures in a run of prose, given the catalogue's matches in its text. */
  inRun(run: TextRun, matches: readonly TextMatch[], makeRange: RangeFactory): Mention[];
  /** Checked figures in a table. */
  inTable(table: HTMLTableElement, matcher: Matcher, makeRange: RangeFactory, options: ReadOptions): Mention[];
}

export function registerClaimFinder(finder: ClaimFinder): void {
  registerLazyPart('claim-finder', finder);
}

/** The one extension API this module needs, from the `chrome` namespace both browsers provide. */
declare const chrome: { runtime: { getURL(path: string): string } };

/** Loads claim-finder.js once (see lib/extension/lazy-part.ts). */
export function loadClaimFinder(): Promise<ClaimFinder> {
  return loadLazyPart('claim-finder', () => import(/* @vite-ignore */ chrome.runtime.getURL('/claim-finder.js')));
}

/** Prose, not a giant text dump, is where claims are written. */
const MAX_CLAIM_RUN = 100_000;

const isDigit = (code: number) => code >= 48 && code <= 57;

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
    for (let i = from; i < m.start; i++) if (isDigit(text.charCodeAt(i))) return true;
    from = Math.max(from, m.end);
  }
  return false;
}
