import { isAsciiDigit, isAsciiLetter, particleRanges, wordCharRanges } from './word-chars';
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
   * False when `text`, several texts run together with nothing between them, holds no spelling whole and
   * does not end with a spelling's beginning (its first word, then any of the rest) that the text after it
   * may complete. Far fewer texts pass than `mayHold`'s: common words ("Meta", "research", "evaluation")
   * are first words too.
   */
  mayName(text: string): boolean;
  /** Where in `text` the `mayName` test finds a spelling or a spelling's beginning: each as [start, end). */
  namesAt(text: string): [number, number][];
}

// Writers put any of these between the words of a name: spaces, no-break spaces, line breaks,
// and the hyphen family (hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash).
const SEPARATOR = '[\\s\\u00a0\\u2010-\\u2013-]';
const SEPARATORS = `${SEPARATOR}+`;
const SEPARATORS_OR_NONE = `${SEPARATOR}*`;
const QUOTE = '["\'\\u2018\\u2019\\u201c\\u201d\\u201e]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLetter = (c: string | undefined) => c !== undefined && isAsciiLetter(c.charCodeAt(0));
const isDigit = (c: string | undefined) => c !== undefined && isAsciiDigit(c.charCodeAt(0));

/**
 * Turns one spelling into a pattern that accepts the ways pages print it: any case, any run of
 * separators where the spelling has a space or hyphen, none needed between a word and a number
 * ("GPT5.4", "ARC-AGI2"), and any quote mark where it has one.
 */
export function variantPattern(variant: string): string {
  return variantPieces(variant).join('');
}

/** A spelling's pattern as its pieces: one a character, a quote mark or a run of separators. */
function variantPieces(variant: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < variant.length; i++) {
    const c = variant[i]!;
    if (c === ' ' || c === '-') {
      let j = i;
      while (variant[j + 1] === ' ' || variant[j + 1] === '-') j++;
      const before = variant[i - 1];
      const after = variant[j + 1];
      const wordToNumber = (isLetter(before) && isDigit(after)) || (isDigit(before) && isLetter(after));
      out.push(wordToNumber ? SEPARATORS_OR_NONE : SEPARATORS);
      i = j;
    } else if (c === '"') {
      out.push(QUOTE);
    } else {
      out.push(escape(c));
    }
  }
  return out;
}

/**
 * Every spelling of every term with each separator optional and no word boundaries, for the test of a
 * whole page's text run together (lib/extension/quick-look.ts). Wherever the matcher finds a mention in a
 * block's text, this finds one in the page's text: running blocks together and dropping the line breaks
 * the reader puts between words only removes separators, and this needs none.
 *
 * A spelling that holds another wherever it is printed ("Muse Spark (Thinking)" holds "Muse Spark",
 * "MuseSpark" is "Muse Spark" with no separator) is left out: the test asks only whether any is there,
 * and every page the extension runs on compiles this pattern (docs/performance.md, "The quick look finds
 * its elements natively").
 */
export function anySpellingPattern(terms: readonly Term[]): string {
  return spellingsHoldingNoOther(terms)
    .map((pieces) => pieces.join(''))
    .join('|');
}

/**
 * Each spelling's pieces with every separator optional, leaving out a spelling that holds another wherever
 * it is printed.
 */
function spellingsHoldingNoOther(terms: readonly Term[]): string[][] {
  const spellings = terms.flatMap((t) =>
    t.variants.map((v) => variantPieces(v).map((p) => (p === SEPARATORS ? SEPARATORS_OR_NONE : p))),
  );
  const folded = spellings.map((pieces) => pieces.map((p) => p.toLowerCase()));
  return spellings.filter((_, i) =>
    folded.every(
      (other, j) => j === i || !holdsEverywhere(folded[i]!, other) || (j > i && holdsEverywhere(other, folded[i]!)),
    ),
  );
}

/**
 * The pattern of the names a part of the page is read for (`Matcher.mayName`), tried where a first word
 * starts (so a spelling's opening quote is left out): every spelling whole, as `anySpellingPattern` has them.
 */
export function namesPattern(terms: readonly Term[]): string {
  const unquoted = spellingsHoldingNoOther(terms).map((pieces) => {
    let quotes = 0;
    while (pieces[quotes] === QUOTE) quotes++;
    return pieces.slice(quotes).join('');
  });
  return [...new Set(unquoted)].join('|');
}

/**
 * Whether a code unit is one of SEPARATOR's: the white space of JavaScript's \s, the hyphen family. By
 * code, not by the pattern: a part's end is counted back over on every test that finds no name, and one
 * regex test a character made those tests three times as dear on an Arabic page (docs/performance.md).
 */
const SEPARATOR_CODES = new Set([32, 45, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
export const isSeparator = (c: number): boolean =>
  SEPARATOR_CODES.has(c) || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) || (c >= 0x2010 && c <= 0x2013);
const QUOTE_CHAR = new RegExp(QUOTE);
/** Text as a name's beginning is compared: lower case, no separators, every quote mark the same. */
function fold(text: string): string {
  let out = '';
  for (const c of text) if (!isSeparator(c.charCodeAt(0))) out += QUOTE_CHAR.test(c) ? '"' : c.toLowerCase();
  return out;
}

/**
 * Whether every text `outer`'s pieces match holds a match of `inner`'s: `inner` lies within `outer` piece by
 * piece, where its optional separators may also stand for nothing.
 */
function holdsEverywhere(outer: readonly string[], inner: readonly string[]): boolean {
  const from = (o: number, i: number): boolean => {
    if (i === inner.length) return true;
    if (inner[i] === SEPARATORS_OR_NONE && from(o, i + 1)) return true;
    return o < outer.length && outer[o] === inner[i] && from(o + 1, i + 1);
  };
  for (let o = 0; o <= outer.length; o++) if (from(o, 0)) return true;
  return false;
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
  /** What a part of the page is read for (`namesPattern`). */
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
  const names = namesPattern(terms);
  return {
    source,
    wordClass: wordCharRanges(),
    particles: particleRanges(),
    termIds,
    firstWords: [...firstWords].map(escape).join('|'),
    names,
    foldedNames: names.split('|').map(foldedPattern),
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
  const namesIn = (text: string, all: boolean): [number, number][] => {
    const found: [number, number][] = [];
    nameAnywhere.lastIndex = 0;
    for (let m = nameAnywhere.exec(text); m; m = nameAnywhere.exec(text)) {
      found.push([m.index, nameAnywhere.lastIndex]);
      if (!all) return found;
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
    mayName: (text) => namesIn(text, false).length > 0,
    namesAt: (text) => namesIn(text, true),
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

/** Where the last `count` characters other than separators start in `text` (0 if it has fewer). */
function lastCharacters(text: string, count: number): number {
  let seen = 0;
  for (let i = text.length - 1; i >= 0; i--) if (!isSeparator(text.charCodeAt(i)) && ++seen > count) return i + 1;
  return 0;
}

/** A name's pattern as its text, folded: its optional separators gone, its quote marks one, unescaped. */
const foldedPattern = (source: string): string =>
  source.replaceAll(SEPARATORS_OR_NONE, '').replaceAll(QUOTE, '"').replace(/\\(.)/g, '$1').toLowerCase();

/** Whether `text`, folded, is the start of one of `spellings` (each folded). */
const beginsSpelling = (text: string, spellings: readonly string[]): boolean => {
  const folded = fold(text);
  return spellings.some((s) => s.startsWith(folded));
};

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
