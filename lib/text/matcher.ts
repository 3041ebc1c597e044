import { particleRanges, wordCharRanges } from './word-chars';
import {
  beginsSpelling,
  escape,
  foldedPattern,
  groupedByFirstPiece,
  isSeparator,
  nameSpellings,
  WORD_GOES_ON,
  variantPattern,
} from './spellings';
import type { Term } from './terms';

export interface TextMatch {
  termId: string;
  start: number;
  end: number;
}

export interface Matcher {
  /** Every whole-word mention in `text`, in order, never overlapping. */
  findMatches(text: string): TextMatch[];
  /** False when no mention can start in `text` (a quick test on the first word of every spelling). */
  mayContain(text: string): boolean;
  /**
   * False when no mention can start anywhere in `text`, even where it runs several texts together
   * with nothing between them (so a word may touch the one before it): the first words anywhere.
   */
  mayHold(text: string): boolean;
  /**
   * Where `text`, several texts run together with nothing between them, holds a spelling whole or ends with a
   * spelling's beginning (its first word, then any of the rest) that the text after it may complete: each as
   * [start, end). What a part of the page is read for: far fewer texts hold one than `mayHold` passes, as
   * common words ("Meta", "research", "evaluation") are first words too. A spelling followed by a letter or
   * digit ("thinking models") may overlap a place after it.
   */
  namesAt(text: string): [number, number][];
  /**
   * Whether a mention starts at `start` in `text`, whatever stands before it: where a part's text runs
   * blocks together, a block may end right before it, or right after it (asked of the text cut there).
   */
  mentionAt(text: string, start: number): boolean;
}

/** What a matcher is built from: plain strings, so they can also be worked out at build time. */
export interface MatcherParts {
  /** Every spelling of every term as regex alternatives, one capture group a term. */
  source: string;
  /** The characters a mention may not follow (lib/text/word-chars.ts), as a regex class's ranges. */
  wordClass: string;
  /** Word characters a mention may still run on into (Korean particles), as a regex class's ranges. */
  particles: string;
  /** The term id of each capture group, in order. */
  termIds: string[];
  /** The first word of every spelling, as regex alternatives: the quick tests look for these. */
  firstWords: string;
  /** What a part of the page is read for (`nameSpellings`, grouped: lib/text/spellings.ts). */
  names: string;
  /**
   * The same names folded, as a part's end is compared with them (`fold`): every other spelling's beginning
   * holds one of theirs, or is cut where the part after holds one whole or a word join is tested.
   */
  foldedNames: string[];
}

export function createMatcher(terms: readonly Term[]): Matcher {
  return matcherFrom(matcherParts(terms));
}

export function matcherParts(terms: readonly Term[]): MatcherParts {
  // One alternative a term, so a match tells which term it is by its group index; within a term,
  // longer spellings first so "Gemini 3.1 Pro High" wins over "Gemini 3.1 Pro".
  const groups = terms.map((t) => {
    const variants = [...t.variants].sort((a, b) => b.length - a.length).map(variantPattern);
    return `(${variants.join('|')})`;
  });
  // Longest alternatives first across terms too, so a longer name is preferred at the same start.
  const order = terms.map((_, i) => i).sort((a, b) => longest(terms[b]!) - longest(terms[a]!));
  const source = order.map((i) => groups[i]).join('|');
  const termIds = order.map((i) => terms[i]!.id);
  // Every spelling starts with one of these words; a text without any holds no mention.
  const firstWords = new Set(
    terms.flatMap((t) =>
      t.variants.map((v) =>
        v
          .replace(/^["']/, '')
          .split(/[\s"'-]/)[0]!
          .toLowerCase(),
      ),
    ),
  );
  const names = nameSpellings(terms);
  return {
    source,
    wordClass: wordCharRanges(),
    particles: particleRanges(),
    termIds,
    firstWords: [...firstWords].map(escape).join('|'),
    names: groupedByFirstPiece(names),
    foldedNames: names.map((pieces) => foldedPattern(pieces.join(''))),
  };
}

export function matcherFrom(parts: MatcherParts): Matcher {
  // Not after a word character; not before one, unless a Korean particle; not before a decimal's point.
  const after = `(?!(?![${parts.particles}])[${parts.wordClass}]|[.,][0-9])`;
  const regex = new RegExp(`(?<![${parts.wordClass}])(?:${parts.source})${after}`, 'gi');
  // \b rather than a character class before the word: the engine then scans for the words' letters
  // instead of trying every position, several times faster on the text of a whole page.
  const startsWord = new RegExp(`\\b(?:${parts.firstWords})`, 'i');
  const anywhere = new RegExp(`(?:${parts.firstWords})`, 'i');
  // Every name whole, searched for directly: on news prose, where one word in seven is a first word
  // ("Meta", "research", "evaluation"), stopping at each first word to try the names there costs more.
  const nameAnywhere = new RegExp(parts.names, 'gi');
  const firstWordAt = new RegExp(anywhere.source, 'gi');
  const spellings = parts.foldedNames;
  const longestSpelling = Math.max(...spellings.map((s) => s.length));
  const namesAt = (text: string): [number, number][] => {
    const found: [number, number][] = [];
    nameAnywhere.lastIndex = 0;
    for (let m = nameAnywhere.exec(text); m; m = nameAnywhere.exec(text)) {
      found.push([m.index, nameAnywhere.lastIndex]);
      // Run on into a word, it may be no name at all, and then not hide one starting inside it.
      if (WORD_GOES_ON.test(text.charAt(nameAnywhere.lastIndex))) nameAnywhere.lastIndex = m.index + 1;
    }
    // Near the end, after the last name, a name's beginning the text after may complete ("…Meta Superintell").
    firstWordAt.lastIndex = Math.max(found.at(-1)?.[1] ?? 0, lastCharacters(text, longestSpelling));
    for (let m = firstWordAt.exec(text); m; m = firstWordAt.exec(text)) {
      if (beginsSpelling(text.slice(m.index), spellings)) {
        found.push([m.index, text.length]);
        break;
      }
      // The next first word may start inside this one.
      firstWordAt.lastIndex = m.index + 1;
    }
    return found;
  };
  const termIds = parts.termIds;
  return {
    mayContain: (text) => startsWord.test(text),
    mayHold: (text) => anywhere.test(text),
    namesAt,
    mentionAt(text, start) {
      // The text from `start` on: the look back sees nothing before it. The same regex, not one of its own:
      // a second regex this size took a millisecond to compile on every page that asked.
      regex.lastIndex = 0;
      return regex.exec(text.slice(start, start + MENTION_REACH))?.index === 0;
    },
    findMatches(text) {
      const found: TextMatch[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        let g = 1;
        while (m[g] === undefined) g++;
        found.push({ termId: termIds[g - 1]!, start: m.index, end: m.index + m[0].length });
      }
      return found;
    },
  };
}

/**
 * Characters after a place that `mentionAt` looks at: several times the longest spelling with the characters
 * after it, so only a name spelled with dozens of spaces inside could be cut short.
 */
const MENTION_REACH = 160;

/** Where the last `count` characters other than separators start in `text` (0 if it has fewer). */
function lastCharacters(text: string, count: number): number {
  let seen = 0;
  for (let i = text.length - 1; i >= 0; i--) if (!isSeparator(text.charCodeAt(i)) && ++seen > count) return i + 1;
  return 0;
}

function longest(t: Term): number {
  return Math.max(...t.variants.map((v) => v.length));
}

/** Text runs longer than this are read in overlapping pieces, so one regex pass never runs long. */
const PIECE = 100_000;
const PIECE_OVERLAP = 200;

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
