import type { TextMatch } from '../text/matcher';
import { locate } from '../reader/runs';
import type { TextRun } from '../reader/types';
import { termById, type MarkCategory } from '../text/terms';
import type { Claim } from '../claims/verdict';
import type { FoundClaim } from '../claims/finder';

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
export function claimMention({ run, at: { claim, start, end }, block }: FoundClaim, makeRange: RangeFactory): Mention {
  return {
    termId: CLAIM_TERM_ID,
    category: 'claim',
    range: rangeOver(run, start, end, makeRange),
    block,
    text: run.text.slice(start, end),
    claim,
  };
}

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
