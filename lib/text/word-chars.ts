/**
 * What a word character is, defined once. A mention must not be part of a longer word or number
 * ("Muse Sparkle", "GPT 5.45"), so both the matcher and the page reader ask this.
 *
 * A word character is a letter, mark, digit or underscore of any script written with spaces between
 * words. Scripts written without them (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are not: there a
 * Latin name touching the text around it ("Meta发布了Muse Spark模型") is still a word of its own. So is
 * one beside another script's punctuation, which the Unicode classes keep apart ("Muse Spark،" in
 * Arabic, "Muse Spark।" in Hindi) as they do symbols ("Muse Spark™").
 */
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}\p{Pc}]/u;
const WRITTEN_WITHOUT_SPACES =
  /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}\p{sc=Laoo}\p{sc=Khmr}\p{sc=Mymr}\u30fc\uff70]/u;

/** Whether one UTF-16 code unit of the Basic Multilingual Plane is a word character. */
export function isWordChar(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const c = String.fromCharCode(code);
  return WORD_CHAR.test(c) && !WRITTEN_WITHOUT_SPACES.test(c);
}

export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
export const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** A code point no version of Unicode this build knows has assigned (nor a surrogate, a code unit of its own). */
const UNASSIGNED = /\p{Cn}/u;

/**
 * The code units for which `keep` holds, as a regex class's ranges ("\u0030-\u0039..."). A range runs on
 * over unassigned code points between two it holds: no page's text holds those (where a newer Unicode
 * assigns one, it is most likely a letter of that script), and the class the extension carries then has 169
 * ranges instead of 395, about 1 kB less in its scripts' gzip (docs/performance.md, "The word characters'
 * class runs over unassigned code points").
 */
function rangesWhere(keep: (code: number) => boolean): string {
  const out: string[] = [];
  let start = -1;
  let last = -1;
  for (let code = 0; code <= 0x10000; code++) {
    const c = String.fromCharCode(code);
    if (code < 0x10000 && keep(code)) {
      if (start < 0) start = code;
      last = code;
    } else if (start >= 0 && (code === 0x10000 || !UNASSIGNED.test(c))) {
      out.push(start === last ? hex(start) : `${hex(start)}-${hex(last)}`);
      start = -1;
    }
  }
  return out.join('');
}

let ranges: string | undefined;
let particles: string | undefined;

/**
 * The word characters as a regex class's ranges, worked out once where the matcher's parts are (at build
 * time for the extension): a regex with \p{L} and the u flag compiles and runs several times slower, on
 * every page.
 */
export function wordCharRanges(): string {
  ranges ??= rangesWhere(isWordChar);
  return ranges;
}

/** Hangul, which Korean attaches to a name as a particle ("Muse Spark의", "Muse Spark는"). */
const HANGUL = /\p{sc=Hangul}/u;

/**
 * The word characters a name may still run on into, as a regex class's ranges: Hangul. Korean writes its
 * particles straight after a foreign name with no space, so there a name followed by Hangul is still a
 * word of its own. (A short class of its own, rather than a second copy of the word class without it,
 * which would double what the extension carries.)
 */
export function particleRanges(): string {
  particles ??= rangesWhere((code) => isWordChar(code) && HANGUL.test(String.fromCharCode(code)));
  return particles;
}

/**
 * A quick test the page reader runs on every text node's first and last character: true for every word
 * character (tests/unit/text/word-chars.test.ts proves it over the whole plane), and for anything from
 * the first letter of Latin-1 on ("ª", U+00AA) but Chinese characters and kana. A false "maybe" only costs a
 * closer look where two texts touch (the join's context tested, and in a block being read, the page's layout
 * asked); a false "no" would lose a mention. Chinese and Japanese text holds no word characters to the matcher
 * and touches a link's text at its every edge: the layout asked there had Firefox work out the page's style
 * (docs/performance.md, "Layout asked only where it can decide a name").
 */
export const mayBeWordChar = (code: number): boolean =>
  isAsciiLetter(code) || isAsciiDigit(code) || code === 95 || (code >= 0xaa && !isHanOrKana(code));

/**
 * Kana (U+3041 to U+30FA, but the two combining sound marks, which are word characters) and the common Chinese
 * characters (U+4E00 to U+9FFF): none a word character to the matcher. Between them lie others that are
 * (Bopomofo, Hangul's compatibility letters), left to the closer look.
 */
const isHanOrKana = (code: number): boolean =>
  code >= 0x3041 && code <= 0x9fff && (code < 0x3099 || code > 0x309a) && (code < 0x30fb || code > 0x4dff);

export const startsInWord = (text: string): boolean => mayBeWordChar(text.charCodeAt(0));
export const endsInWord = (text: string): boolean => mayBeWordChar(text.charCodeAt(text.length - 1));
