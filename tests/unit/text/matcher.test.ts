import { describe, expect, it } from 'vitest';
import { createMatcher, matcherParts } from '../../../lib/text/matcher';
import { isSeparator, variantPattern } from '../../../lib/text/spellings';
import { JOIN_CONTEXT } from '../../../lib/reader/runs';
import { endsInWord, startsInWord } from '../../../lib/text/word-chars';
import { termCatalogue } from '../../../lib/text/terms';

const matcher = createMatcher(termCatalogue);
const found = (text: string) => matcher.findMatches(text).map((m) => [m.termId, text.slice(m.start, m.end)]);

// Spellings seen on real pages (../shared/facts.md): each must be found, as the named term, whole.
const spellings: [string, string, string][] = [
  ['Meta launched Muse Spark today.', 'muse-spark', 'Muse Spark'],
  ["Muse Spark's lead on charts", 'muse-spark', 'Muse Spark'],
  ['MUSE SPARK BEATS RIVALS', 'muse-spark', 'MUSE SPARK'],
  ['Muse\u00a0Spark', 'muse-spark', 'Muse\u00a0Spark'],
  ['the Muse\nSpark model', 'muse-spark', 'Muse\nSpark'],
  ['(Muse Spark)', 'muse-spark', 'Muse Spark'],
  ['“Muse Spark,” Meta said', 'muse-spark', 'Muse Spark'],
  ['Muse Spark-powered assistant', 'muse-spark', 'Muse Spark'],
  ['on ARC AGI 2,', 'arc-agi-2', 'ARC AGI 2'],
  ['on ARC-AGI-2.', 'arc-agi-2', 'ARC-AGI-2'],
  ['on ARC-AGI 2', 'arc-agi-2', 'ARC-AGI 2'],
  ['on ARC\u2011AGI\u20112', 'arc-agi-2', 'ARC\u2011AGI\u20112'],
  ['arc-agi-2 leaderboard', 'arc-agi-2', 'arc-agi-2'],
  ['MMMU Pro score', 'mmmu-pro', 'MMMU Pro'],
  ['MMMU-Pro score', 'mmmu-pro', 'MMMU-Pro'],
  ['GPT 5.4 scored', 'gpt-5-4', 'GPT 5.4'],
  ['GPT-5.4 scored', 'gpt-5-4', 'GPT-5.4'],
  ['GPT5.4 scored', 'gpt-5-4', 'GPT5.4'],
  ['behind GPT 5.4.', 'gpt-5-4', 'GPT 5.4'],
  ['Claude Opus 4.6 (Max) posted', 'claude-opus-4-6-max', 'Claude Opus 4.6 (Max)'],
  ['Claude Opus 4.6 Max posted', 'claude-opus-4-6-max', 'Claude Opus 4.6 Max'],
  ['Opus 4.6 trails', 'claude-opus-4-6-max', 'Opus 4.6'],
  ['Gemini 3.1 Pro (High) reached', 'gemini-3-1-pro-high', 'Gemini 3.1 Pro (High)'],
  ['Gemini 3.1 Pro High reached', 'gemini-3-1-pro-high', 'Gemini 3.1 Pro High'],
  ['Gemini 3.1 Pro leads', 'gemini-3-1-pro-high', 'Gemini 3.1 Pro'],
  ['Grok 4.2 at 60.9', 'grok-4-2', 'Grok 4.2'],
  ['86.4 on CharXiv Reasoning', 'charxiv-reasoning', 'CharXiv Reasoning'],
  ['HealthBench Hard results', 'healthbench-hard', 'HealthBench Hard'],
  ['SimpleVQA results', 'simplevqa', 'SimpleVQA'],
  ['LiveCodeBench Pro results', 'livecodebench-pro', 'LiveCodeBench Pro'],
  ['LiveCodeBench-Pro results', 'livecodebench-pro', 'LiveCodeBench-Pro'],
  ['from Meta Superintelligence Labs', 'meta-superintelligence-labs', 'Meta Superintelligence Labs'],
  ['a "Thinking" mode', 'thinking-mode', '"Thinking" mode'],
  ['a “Thinking” mode', 'thinking-mode', '“Thinking” mode'],
  ['Contemplating mode soon', 'contemplating-mode', 'Contemplating mode'],
  ['toward personal superintelligence', 'personal-superintelligence', 'personal superintelligence'],
  ['its Advanced AI Scaling Framework', 'advanced-ai-scaling-framework', 'Advanced AI Scaling Framework'],
  ['high evaluation awareness', 'evaluation-awareness', 'evaluation awareness'],
  // In pages in other languages, beside their punctuation, or touching scripts written without spaces.
  ['أعلنت ميتا عن نموذج Muse Spark، أول نموذج', 'muse-spark', 'Muse Spark'],
  ['هل يتفوق GPT-5.4؟', 'gpt-5-4', 'GPT-5.4'],
  ['मेटा का नया मॉडल Muse Spark।', 'muse-spark', 'Muse Spark'],
  ['Τι είναι το Muse Spark;', 'muse-spark', 'Muse Spark'],
  ['Meta发布了Muse Spark模型', 'muse-spark', 'Muse Spark'],
  ['Muse SparkはCharXiv', 'muse-spark', 'Muse Spark'],
  ['ユーザーMuse Spark', 'muse-spark', 'Muse Spark'],
  ['MetaเปิดตัวMuse Sparkแล้ว', 'muse-spark', 'Muse Spark'],
  ['Meta’s Muse Spark™ model', 'muse-spark', 'Muse Spark'],
  // Korean writes particles straight after a foreign name; Japanese kana never were word characters.
  ['메타의 Muse Spark의 성능', 'muse-spark', 'Muse Spark'],
  ['Muse Spark는 오늘 공개됐다', 'muse-spark', 'Muse Spark'],
  ['Muse Spark가 1위', 'muse-spark', 'Muse Spark'],
  ['GPT-5.4보다 앞선다', 'gpt-5-4', 'GPT-5.4'],
  ['Muse Sparkが公開', 'muse-spark', 'Muse Spark'],
  ['Muse Sparkを使う', 'muse-spark', 'Muse Spark'],
  // One word, and a mode in brackets, which belongs to the name.
  ['Meta unveils MuseSpark today', 'muse-spark', 'MuseSpark'],
  ['#MuseSpark', 'muse-spark', 'MuseSpark'],
  ['Muse Spark (Thinking) scored higher', 'muse-spark', 'Muse Spark (Thinking)'],
  ['with Muse Spark (contemplating).', 'muse-spark', 'Muse Spark (contemplating)'],
];

describe('real-world spellings are found whole', () => {
  it.each(spellings)('%j → %s', (text, termId, matched) => {
    expect(found(text)).toEqual([[termId, matched]]);
  });
});

// Near-misses from real pages: none of these is a mention.
const nearMisses = [
  'Apache Spark clusters',
  'a Muse Sparkle cocktail',
  'MuseSparkle',
  'MuseSparks of joy',
  'the older ARC-AGI-1 test',
  'ARC-AGI-3 preview',
  'plain MMMU results',
  'a rumoured GPT 5.45',
  'GPT 5.4.1 patch',
  'GPT 15.4',
  'a spark of genius',
  'the muse of poets',
  'Muse sparks debate',
  'HealthBench results',
  'Gemini 3.10 Pro',
  'Grok 4.25',
  'Opus 4.61',
  'MMMU Professional',
  'SimpleVQAv2',
  'xMuse Spark',
  'thinking modes of old',
  // Letters of scripts written with spaces still make a longer word.
  'Muse Sparkы',
  'Muse Sparkي',
  'Muse Sparkक',
  'αMuse Spark',
  'Muse Sparké',
  'ＭMuse Spark',
];

describe('near-misses are never mentions', () => {
  it.each(nearMisses)('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('several mentions in one text', () => {
  it('are found in order, without overlap, each once', () => {
    const text = 'Muse Spark beat GPT-5.4 and Gemini 3.1 Pro (High) on CharXiv Reasoning but not on ARC-AGI-2.';
    expect(found(text).map(([id]) => id)).toEqual([
      'muse-spark',
      'gpt-5-4',
      'gemini-3-1-pro-high',
      'charxiv-reasoning',
      'arc-agi-2',
    ]);
  });

  it('prefers the longest spelling at the same place', () => {
    expect(found('Claude Opus 4.6 Max')).toEqual([['claude-opus-4-6-max', 'Claude Opus 4.6 Max']]);
    expect(found('Gemini 3.1 Pro Highlights')).toEqual([['gemini-3-1-pro-high', 'Gemini 3.1 Pro']]);
  });
});

describe('the quick pre-check never hides a mention', () => {
  it.each(spellings)('%j may contain a mention', (text) => {
    expect(matcher.mayContain(text)).toBe(true);
  });

  it('says where each name is in a part of the page, where texts run together too', () => {
    const text = 'xMuse Spark, then GPT-5.4; searched: none';
    expect(matcher.namesAt(text).map(([start, end]) => text.slice(start, end))).toEqual(['Muse Spark', 'GPT-5.4']);
    for (const [spelling] of spellings) expect(matcher.namesAt(spelling).length > 0, spelling).toBe(true);
    expect(matcher.namesAt('The report said analysts expected growth.')).toEqual([]);
  });

  it('tells a name from a spelling run on into a word, whatever stands before it', () => {
    // Where a part's text runs blocks together, a block may end right before a place or right after it: the
    // reader asks about the text as found, and as cut where the page's text may end (lib/reader/text-ends.ts).
    const text = 'Labs ship thinking models; xMuse Spark; Thinking mode';
    const at = (name: string) => text.indexOf(name);
    expect(matcher.mentionAt(text, at('thinking'))).toBe(false);
    expect(matcher.mentionAt(text.slice(0, at('thinking') + 'thinking mode'.length), at('thinking'))).toBe(true);
    expect(matcher.mentionAt(text, at('Muse'))).toBe(true);
    expect(matcher.mentionAt(text, at('Thinking'))).toBe(true);
    expect(matcher.mentionAt(text, at('ship'))).toBe(false);
    for (const [, , name] of spellings) expect(matcher.mentionAt(`x${name}`, 1), name).toBe(true);
    // Every spelling, however long, with its separators doubled, and text after it.
    for (const variant of termCatalogue.flatMap((t) => t.variants)) {
      const spaced = variant.replace(/ /g, '  ');
      expect(matcher.mentionAt(`Read ${spaced} today, ${'then more '.repeat(20)}`, 5), spaced).toBe(true);
    }
  });

  it('does not read a part for the common words that begin names, as AI news is full of them', () => {
    const text = 'Meta said its research team was thinking of advanced, simple and personal evaluation work.';
    expect(matcher.mayHold(text)).toBe(true);
    expect(matcher.namesAt(text)).toEqual([]);
  });

  it('reads one of two parts a name is cut between, or the word join between them', () => {
    // Two siblings of a part read in pieces (lib/reader/sieve.ts): the one before the cut is read if it ends
    // with the name's beginning ("Muse " | "Spark"), the one after if it holds a name whole ("Claude " |
    // "Opus 4.6"), and a cut inside a word if a first word is near the join ("Mu" | "se Spark").
    for (const spelling of termCatalogue.flatMap((t) => t.variants)) {
      for (let cut = 1; cut < spelling.length; cut++) {
        const before = `Read about ${spelling.slice(0, cut)}`;
        const after = `${spelling.slice(cut)} today.`;
        const joinRead =
          endsInWord(before) &&
          startsInWord(after) &&
          matcher.mayHold(before.slice(-JOIN_CONTEXT) + after.slice(0, JOIN_CONTEXT));
        const named = (text: string) => matcher.namesAt(text).length > 0;
        expect(named(before) || named(after) || joinRead, `${before} | ${after}`).toBe(true);
      }
    }
    expect(matcher.namesAt('Read about Muse. Then')).toEqual([]);
  });

  it('every first word fits in the text the reader tests either side of a word join', () => {
    // Where two texts touch inside a word, the reader tests JOIN_CONTEXT characters either side of the join
    // for a first word running across it (lib/reader/walk.ts): a longer first word could be split unseen.
    const words = matcherParts(termCatalogue).firstWords.split('|');
    expect(words).toContain('livecodebench');
    for (const word of words) expect(word.length, word).toBeLessThan(JOIN_CONTEXT);
  });

  it('ordinary prose without any name passes over', () => {
    expect(matcher.mayContain('The report said analysts expected growth across several markets.')).toBe(false);
    expect(matcher.mayContain('researchers searched the records')).toBe(false);
  });
});

describe('one set of separators', () => {
  it('a part’s end is counted over exactly the characters a name may have between its words', () => {
    const between = new RegExp(`^${variantPattern('a b')}$`);
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (between.test(`a${String.fromCharCode(code)}b`) !== isSeparator(code)) differ.push(code);
    expect(differ).toEqual([]);
  });
});
