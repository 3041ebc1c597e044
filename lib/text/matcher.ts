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
  /** Where in `text` the `mayHold` test finds the first word of a spelling: each as [start, end). */
  holdsAt(text: string): [number, number][];
}

// Writers put any of these between the words of a name: spaces, no-break spaces, line breaks,
// and the hyphen family (hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash).
const SEPARATOR = '[\\s\\u00a0\\u2010-\\u2013-]';
const QUOTE = '["\'\\u2018\\u2019\\u201c\\u201d\\u201e]';
// A mention must not be part of a longer word or number: "Muse Sparkle", "GPT 5.45", "GPT 5.4.1".
// A word character is a letter, mark, digit or underscore of any script written with spaces between
// words. Scripts written without them (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are not: there a
// Latin name touching the text around it ("Meta发布了Muse Spark模型") is still a word of its own. So is
// one beside another script's punctuation, which the Unicode classes keep apart ("Muse Spark،" in
// Arabic, "Muse Spark।" in Hindi) as they do symbols ("Muse Spark™"). The class is spelled out as
// ranges, worked out once where the matcher's parts are (at build time for the extension): a regex
// with \p{L} and the u flag compiles and runs several times slower, on every page.
let wordRanges: string | undefined;
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
function wordClass(): string {
  if (wordRanges !== undefined) return wordRanges;
  const isWordChar = /[\p{L}\p{M}\p{Nd}\p{Pc}]/u;
  const writtenWithoutSpaces =
    /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}\p{sc=Laoo}\p{sc=Khmr}\p{sc=Mymr}\u30fc\uff70]/u;
  const ranges: string[] = [];
  let start = -1;
  // The Basic Multilingual Plane, without the surrogates: the regex reads UTF-16 code units.
  for (let code = 0; code <= 0x10000; code++) {
    const c = String.fromCharCode(code);
    const word =
      code < 0x10000 && (code < 0xd800 || code > 0xdfff) && isWordChar.test(c) && !writtenWithoutSpaces.test(c);
    if (word && start < 0) start = code;
    if (!word && start >= 0) {
      ranges.push(start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`);
      start = -1;
    }
  }
  wordRanges = ranges.join('');
  return wordRanges;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Plain comparisons, not regexes: the matcher is built on every page, at start-up.
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Turns one spelling into a pattern that accepts the ways pages print it: any case, any run of
 * separators where the spelling has a space or hyphen, none needed between a word and a number
 * ("GPT5.4", "ARC-AGI2"), and any quote mark where it has one.
 */
export function variantPattern(variant: string): string {
  let out = '';
  for (let i = 0; i < variant.length; i++) {
    const c = variant[i]!;
    if (c === ' ' || c === '-') {
      let j = i;
      while (variant[j + 1] === ' ' || variant[j + 1] === '-') j++;
      const before = variant[i - 1];
      const after = variant[j + 1];
      const wordToNumber = (isLetter(before) && isDigit(after)) || (isDigit(before) && isLetter(after));
      out += wordToNumber ? `${SEPARATOR}*` : `${SEPARATOR}+`;
      i = j;
    } else if (c === '"') {
      out += QUOTE;
    } else {
      out += escape(c);
    }
  }
  return out;
}

/** What a matcher is built from: plain strings, so they can also be worked out at build time. */
export interface MatcherParts {
  /** Every spelling of every term as regex alternatives, one capture group a term. */
  source: string;
  /** The characters a mention may not touch on either side (see `wordClass`), as a regex class's ranges. */
  wordClass: string;
  /** The term id of each capture group, in order. */
  termIds: string[];
  /** The first word of every spelling, as regex alternatives: the quick tests look for these. */
  firstWords: string;
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
  return { source, wordClass: wordClass(), termIds, firstWords: [...firstWords].map(escape).join('|') };
}

export function matcherFrom(parts: MatcherParts): Matcher {
  // The word class once in the built parts, twice here: before and after the name.
  const word = parts.wordClass;
  const regex = new RegExp(`(?<![${word}])(?:${parts.source})(?![${word}]|[.,][0-9])`, 'gi');
  // \b rather than a character class before the word: the engine then scans for the words' letters
  // instead of trying every position, several times faster on the text of a whole page.
  const startsWord = new RegExp(`\\b(?:${parts.firstWords})`, 'i');
  const anywhere = new RegExp(`(?:${parts.firstWords})`, 'i');
  const everywhere = new RegExp(anywhere.source, 'gi');
  const termIds = parts.termIds;
  return {
    mayContain: (text) => startsWord.test(text),
    mayHold: (text) => anywhere.test(text),
    holdsAt(text) {
      const found: [number, number][] = [];
      everywhere.lastIndex = 0;
      for (let m = everywhere.exec(text); m; m = everywhere.exec(text)) found.push([m.index, m.index + m[0].length]);
      return found;
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

function longest(t: Term): number {
  return Math.max(...t.variants.map((v) => v.length));
}
