import { NOT_A_NAME, type Entity } from './entities';
import { decimalsOf } from './verdict';

/** Which numbers in a sentence have the shape of a score, and nothing around them that says otherwise. */

/**
 * A number as written: no sign, currency, hash or slash before it, and not part of a word, a
 * version ("GPT-4"), a time ("10:30") or a longer number.
 */
const NUMBER =
  /(?<![A-Za-z0-9_$€£¥#@.,/:+±~≈\u2212\u00c0-\u024f-])(\d+(?:,\d{3})*(?:\.\d+)?)(?![A-Za-z0-9_\u00c0-\u024f]|[.,]\d)/g;

const UNIT =
  /^(?:\s?%|\s?(?:per\s?cent|percent|pct)\b|\s(?:percentage\s+points?|points?|pts?)\b|\/100\b|\s(?:out\s+)?of\s+100\b)/i;

/** After a figure (and its unit), words that make it a margin or a change rather than a score. */
const MARGIN_AFTER = new Set(
  (
    'ahead behind clear lead higher lower more less better worse above below short back margin gap increase ' +
    'improvement jump gain drop faster slower cheaper fewer greater up down over under shy off'
  ).split(' '),
);

/** Words that may follow a score. Any other word after a number makes it a count, a price, a size... */
const SCORE_FOLLOWERS = new Set(
  (
    'on in at for from by and or to vs versus against compared while whereas but respectively with across as is was ' +
    'were are tops topped beats beat leads led puts put places placed edges edged ranks ranked marks gives gave ' +
    'outscores outscored surpasses surpassed narrowly overall accuracy correct score mark result rating there here ' +
    'this that which after appears appear stands stood remains comes came'
  ).split(' '),
);

/** Before a figure: words that make it a margin, a bound, an approximation or an old value. */
const NOT_A_SCORE_BEFORE = new Set(
  (
    'by than over above under below nearly almost about around roughly approximately approx some least most within ' +
    'another extra additional from up down beyond exceeding exceeds exceeded past not ' +
    // Changes: "shares rose 2.4%".
    'rose rise rises rising fell fall falls falling gained gains lost climbed climbs dropped drops jumped jumps slid ' +
    'surged grew grows increased decreased declined shed added'
  ).split(' '),
);

/** "a lead of 2.7": nouns that make "of" introduce a margin, not a score. */
const MARGIN_NOUNS = new Set(
  'margin gap lead edge advantage deficit difference improvement increase jump gain drop decline boost average total maximum max'.split(
    ' ',
  ),
);

/** The word just before `at` (across spaces, an opening bracket or a colon). */
const wordBefore = (text: string, at: number): { word: string; start: number; end: number } | null => {
  const m = /([A-Za-z]+)(?:['’]s)?[\s(:]*$/.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const start = at - m[0].length;
  return { word: m[1]!, start, end: start + m[1]!.length };
};

export interface Figure {
  start: number;
  end: number;
  printed: string;
  value: number;
  decimals: number;
  /** Where the text after the figure and its unit starts. */
  after: number;
}

/** The figures in [from, to) that have the shape of a score and no word around them that says otherwise. */
export function scoreFigures(text: string, from: number, to: number, entities: Entity[]): Figure[] {
  const out: Figure[] = [];
  const sentence = text.slice(0, to);
  NUMBER.lastIndex = from;
  for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
    const start = m.index;
    const digits = m[1]!;
    if (entities.some((e) => e.start <= start && start < e.end)) continue; // a version inside a name
    if (digits.includes(',')) continue; // a count: "1,000 physicians"
    const value = Number(digits);
    const decimals = decimalsOf(digits);
    if (!(value >= 1 && value <= 100) || decimals > 2) continue;
    const unitMatch = UNIT.exec(sentence.slice(start + digits.length));
    const unit = unitMatch?.[0] ?? '';
    if (/percentage/i.test(unit)) continue; // a gap between two scores
    if (decimals === 0 && !unit) continue; // a bare whole number is more often a count
    const after = start + digits.length + unit.length;
    if (!followsLikeAScore(sentence, after, entities, /point|pt/i.test(unit))) continue;
    if (!precededLikeAScore(sentence, start, from, entities)) continue;
    out.push({ start, end: after, printed: sentence.slice(start, after).trim(), value, decimals, after });
  }
  return out;
}

function followsLikeAScore(text: string, after: number, entities: Entity[], points: boolean): boolean {
  const rest = text.slice(after, after + 60);
  const next = /^\s*(?:([A-Za-z]+)|(\S))?/.exec(rest)!;
  const word = next[1]?.toLowerCase();
  if (word === undefined) {
    const mark = next[2];
    if (mark === undefined) return true;
    // A range ("40.1–42.8"), a compound ("2.7-point lead"), a multiple ("4×"), a fraction ("3/4").
    if (/^\s*[-–—]\s*\d|^[-‑–][A-Za-z]/.test(rest) || mark === '×' || mark === '/') return false;
    return true;
  }
  const wordAt = after + next[0].length - word.length;
  if (entities.some((e) => e.start === wordAt && e.kind !== 'unknown')) return true;
  if (MARGIN_AFTER.has(word)) return false;
  if (points && word === 'of') return false; // "2 points of separation"
  if (word === 'of') {
    // "42.8% of HealthBench Hard": a score; "42% of users": a share of something else.
    const target = /^\s*of\s+(?:the\s+)?/i.exec(rest)!;
    const at = after + target[0].length;
    return entities.some((e) => e.start === at && e.kind === 'benchmark');
  }
  return SCORE_FOLLOWERS.has(word);
}

function precededLikeAScore(text: string, start: number, sentenceStart: number, entities: Entity[]): boolean {
  const before = wordBefore(text, start);
  if (!before || before.start < sentenceStart) return true;
  const lower = before.word.toLowerCase();
  if (NOT_A_SCORE_BEFORE.has(lower)) return false;
  if (lower === 'of') {
    const noun = wordBefore(text, before.start);
    if (noun && MARGIN_NOUNS.has(noun.word.toLowerCase())) return false;
  }
  // "HealthBench 62.1", "on MMMU 74.1": a figure right after a capitalised name we do not know
  // belongs to that name. Right after a name we know, it is that name's figure.
  const inKnown = entities.some((e) => e.kind !== 'unknown' && e.start < before.end && before.end <= e.end);
  const capitalised = before.word[0]! >= 'A' && before.word[0]! <= 'Z';
  const atSentenceStart = text.slice(sentenceStart, before.start).trim() === '';
  if (capitalised && !inKnown && !atSentenceStart && !NOT_A_NAME.has(lower)) return false;
  return true;
}
