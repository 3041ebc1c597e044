import { isAsciiDigit, isAsciiLetter } from './word-chars';
import type { Term } from './terms';

/**
 * How the names' spellings are printed on pages, as regex patterns (lib/text/matcher.ts builds its regex
 * from them), and the patterns that ask only whether any name may be there: the quick look's over a page's
 * text run together, and the test of a part of the page the reader reads for names.
 */

// Writers put any of these between the words of a name: spaces, no-break spaces, line breaks,
// and the hyphen family (hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash).
const SEPARATOR = '[\\s\\u00a0\\u2010-\\u2013-]';
const SEPARATORS = `${SEPARATOR}+`;
const SEPARATORS_OR_NONE = `${SEPARATOR}*`;
const QUOTE = '["\'\\u2018\\u2019\\u201c\\u201d\\u201e]';
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  return groupedByFirstPiece(spellingsHoldingNoOther(terms));
}

/** The spellings `anySpellingPattern` holds, each as a pattern of its own. */
export function anySpellings(terms: readonly Term[]): string[] {
  return spellingsHoldingNoOther(terms).map((pieces) => pieces.join(''));
}

/**
 * Alternatives that begin with the same piece grouped under it, in their order ("m(?:use…|MMU…|eta…)"):
 * V8's regex engine then tests a place's first character once rather than once an alternative, and the
 * names are searched through in 0.77 of the time (docs/performance.md, "The names searched for directly").
 * Grouping changes no match: alternatives in two groups cannot both match at one place.
 */
export function groupedByFirstPiece(spellings: readonly (readonly string[])[]): string {
  const groups = new Map<string, string[]>();
  for (const [first = '', ...rest] of spellings) {
    const key = isLetter(first) ? first.toLowerCase() : first;
    groups.set(key, [...(groups.get(key) ?? []), rest.join('')]);
  }
  return [...groups]
    .map(([first, rests]) => (rests.length > 1 ? `${first}(?:${rests.join('|')})` : first + rests[0]))
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
 * The names a part of the page is read for (`Matcher.namesAt`), each as its pieces: every spelling whole, as
 * `anySpellingPattern` has them, less an opening quote (the name after it is found all the same).
 */
export function nameSpellings(terms: readonly Term[]): string[][] {
  const seen = new Set<string>();
  return spellingsHoldingNoOther(terms).flatMap((pieces) => {
    let quotes = 0;
    while (pieces[quotes] === QUOTE) quotes++;
    const unquoted = pieces.slice(quotes);
    const key = unquoted.join('');
    if (seen.has(key)) return [];
    seen.add(key);
    return [unquoted];
  });
}

/**
 * A letter or digit, which goes on with a word. A spelling followed by one is no name as it stands in a
 * text run together, but may be one where a block, a line break or an image ends it in the page.
 */
export const WORD_GOES_ON = /[a-z0-9]/i;

/** SEPARATOR's code units from U+00A0 on, outside the run U+2000–U+2013. */
const WIDE_SEPARATORS = new Set([0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
/**
 * Whether a code unit is one of SEPARATOR's: the white space of JavaScript's \s, the hyphen family. By
 * code, not by the pattern: a part's end is counted back over on every test that finds no name, and one
 * regex test a character made those tests three times as dear on an Arabic page (docs/performance.md).
 */
export const isSeparator = (c: number): boolean =>
  c < 0xa0
    ? c === 32 || c === 45 || (c >= 9 && c <= 13)
    : (c >= 0x2000 && c <= 0x2013 && (c <= 0x200a || c >= 0x2010)) || WIDE_SEPARATORS.has(c);
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

/** A name's pattern as its text, folded: its optional separators gone, its quote marks one, unescaped. */
export const foldedPattern = (source: string): string =>
  source.replaceAll(SEPARATORS_OR_NONE, '').replaceAll(QUOTE, '"').replace(/\\(.)/g, '$1').toLowerCase();

/** Whether `text`, folded, is the start of one of `spellings` (each folded). */
export const beginsSpelling = (text: string, spellings: readonly string[]): boolean => {
  const folded = fold(text);
  return spellings.some((s) => s.startsWith(folded));
};
