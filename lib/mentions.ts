import type { Matcher, TextMatch } from './matcher';
import { locate, type TextRun } from './dom-text';
import { termById, type TermCategory } from './terms';

/** One marked mention on the page. */
export interface Mention {
  termId: string;
  category: TermCategory;
  /** A StaticRange where the browser has one: unlike a live Range it costs the page nothing on edits. */
  range: AbstractRange;
  /** The block whose text holds it; a rescan of that block replaces it. */
  block: Node;
  text: string;
}

type RangeFactory = (init: StaticRangeInit) => AbstractRange;

export function rangeFactory(win: Window & typeof globalThis): RangeFactory {
  if (typeof win.StaticRange === 'function') return (init) => new win.StaticRange(init);
  // Test DOMs without StaticRange get an ordinary Range over the same boundary points.
  return (init) => {
    const r = win.document.createRange();
    r.setStart(init.startContainer, init.startOffset);
    r.setEnd(init.endContainer, init.endOffset);
    return r;
  };
}

/** Text runs longer than this are read in overlapping pieces, so one regex pass never runs long. */
const PIECE = 100_000;
const PIECE_OVERLAP = 200;

export function findMentionsInRun(run: TextRun, matcher: Matcher, makeRange: RangeFactory): Mention[] {
  const out: Mention[] = [];
  for (const match of matchPieces(run.text, matcher)) {
    const term = termById.get(match.termId);
    if (!term) continue;
    const start = locate(run, match.start, false);
    const end = locate(run, match.end, true);
    out.push({
      termId: term.id,
      category: term.category,
      range: makeRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      }),
      block: run.block,
      text: run.text.slice(match.start, match.end),
    });
  }
  return out;
}

/** Matches over the whole text, in pieces for huge text; a match is kept by the piece it starts in. */
function matchPieces(text: string, matcher: Matcher): TextMatch[] {
  if (text.length <= PIECE) return matcher.findMatches(text);
  const out: TextMatch[] = [];
  for (let from = 0; from < text.length; from += PIECE) {
    for (const m of matcher.findMatches(text.slice(from, from + PIECE + PIECE_OVERLAP))) {
      if (m.start < PIECE) out.push({ termId: m.termId, start: m.start + from, end: m.end + from });
    }
  }
  return out;
}
