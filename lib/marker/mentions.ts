import type { Matcher, TextMatch } from '../text/matcher';
import { locate, type TextRun } from '../reader/read-text';
import { termById, type MarkCategory } from '../text/terms';
import type { Claim, ClaimAt } from '../claims/claims';

/** One mark on the page: a mention of a term, or a figure the claim check compared with the chart. */
export interface Mention {
  /** The data id of the term; `claim` for a checked figure. */
  termId: string;
  category: MarkCategory;
  /** A StaticRange: unlike a live Range it costs the page nothing on edits. */
  range: AbstractRange;
  /** The block whose text holds it (the table, for a table's figures); a rescan of that block replaces it. */
  block: Node;
  text: string;
  /** For a checked figure: what the page says and what the chart says. */
  claim?: Claim;
}

export const CLAIM_TERM_ID = 'claim';

export type RangeFactory = (init: StaticRangeInit) => AbstractRange;

/**
 * Marks' ranges, made in `win`. Every browser the manifests allow has StaticRange, and the DOM tests'
 * set-up gives happy-dom one (tests/harness/happy-dom-range.ts).
 */
export function rangeFactory(win: Window & typeof globalThis): RangeFactory {
  return (init) => new win.StaticRange(init);
}

/** A range over [start, end) of a run's text, across the text nodes it spans. */
function rangeOver(run: TextRun, start: number, end: number, makeRange: RangeFactory): AbstractRange {
  const from = locate(run, start, false);
  const to = locate(run, end, true);
  return makeRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}

/** The mark for a checked figure found at [start, end) of a run's text. */
export function claimMention(
  run: TextRun,
  { claim, start, end }: ClaimAt,
  block: Node,
  makeRange: RangeFactory,
): Mention {
  return {
    termId: CLAIM_TERM_ID,
    category: 'claim',
    range: rangeOver(run, start, end, makeRange),
    block,
    text: run.text.slice(start, end),
    claim,
  };
}

/** Text runs longer than this are read in overlapping pieces, so one regex pass never runs long. */
const PIECE = 100_000;
const PIECE_OVERLAP = 200;

/** The run's mentions of terms, from the catalogue's matches in its text (see `matchPieces`). */
export function findMentionsInRun(run: TextRun, matches: readonly TextMatch[], makeRange: RangeFactory): Mention[] {
  const out: Mention[] = [];
  for (const match of matches) {
    const term = termById.get(match.termId);
    if (!term) continue;
    out.push({
      termId: term.id,
      category: term.category,
      range: rangeOver(run, match.start, match.end, makeRange),
      block: run.block,
      text: run.text.slice(match.start, match.end),
    });
  }
  return out;
}

/** Matches over the whole text, in pieces for huge text; a match is kept by the piece it starts in. */
export function matchPieces(text: string, matcher: Matcher): TextMatch[] {
  if (text.length <= PIECE) return matcher.findMatches(text);
  const out: TextMatch[] = [];
  for (let from = 0; from < text.length; from += PIECE) {
    for (const m of matcher.findMatches(text.slice(from, from + PIECE + PIECE_OVERLAP))) {
      if (m.start < PIECE) out.push({ termId: m.termId, start: m.start + from, end: m.end + from });
    }
  }
  return out;
}
