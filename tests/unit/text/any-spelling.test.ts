import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMatcher } from '../../../lib/text/matcher';
import { anySpellingPattern, anySpellings } from '../../../lib/text/spellings';
import { termCatalogue } from '../../../lib/text/terms';

// The quick look's pattern (lib/extension/quick-look.ts): a page whose text it does not match is left
// asleep, so it must match wherever the matcher would find a mention, however the page's text runs together.
const anySpelling = new RegExp(anySpellingPattern(termCatalogue), 'i');
const matcher = createMatcher(termCatalogue);
const spellings = termCatalogue.flatMap((t) => t.variants);

describe('the quick look’s pattern of every spelling', () => {
  it('finds every spelling as pages print it: any case, any separator, or none where blocks run together', () => {
    for (const v of spellings) {
      for (const printed of [
        v,
        v.toUpperCase(),
        v.replace(/ /g, '\u00a0'),
        v.replace(/ /g, '\n'),
        v.replace(/[ -]/g, ''),
      ])
        expect(anySpelling.test(`Read about ${printed} today.`), printed).toBe(true);
    }
  });

  it('wherever the matcher finds a mention in a block, finds one in the page’s text run together', () => {
    // A spelling printed with any separators where it has spaces, in any text.
    const separator = fc.constantFrom(' ', '\n', '\u00a0', '-', '\n\n', ' \n');
    const printed = fc
      .tuple(fc.constantFrom(...spellings), fc.array(separator, { minLength: 4, maxLength: 4 }))
      .map(([v, seps]) => v.split(' ').reduce((out, word, i) => out + seps[(i - 1) % 4]! + word));
    const around = fc.oneof(fc.constantFrom('', ' ', '\n', 'x', '.', '(', '2'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(around, printed, around), { minLength: 1, maxLength: 3 }), (parts) => {
        const block = parts.map((p) => p.join('')).join('');
        if (!matcher.findMatches(block).length) return;
        // The reader puts a line break where layout sets two nodes apart; the page's text has none there.
        expect(anySpelling.test(block.replace(/\n/g, '')), block).toBe(true);
        expect(anySpelling.test(block), block).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out a spelling that holds another wherever it is printed, so every page compiles less', () => {
    // Each alternative left is the only one to find some spelling: none could go without missing a name.
    const alternatives = anySpellings(termCatalogue).map((a) => new RegExp(a, 'i'));
    expect(alternatives.length).toBeLessThan(spellings.length);
    for (const alternative of alternatives) {
      const onlyThisOne = spellings.some(
        (v) => alternative.test(v) && alternatives.every((other) => other === alternative || !other.test(v)),
      );
      expect(onlyThisOne, alternative.source).toBe(true);
    }
  });

  it('stays quiet on prose that only shares words with the names', () => {
    for (const text of [
      'Meta said its thinking was simple, with advanced personal evaluation of the arc of the story.',
      'An opus of a season: Gemini rising, the muse of sparks, grok the code.',
      'Health benches and live code in the pro league.',
    ])
      expect(anySpelling.test(text), text).toBe(false);
  });
});
