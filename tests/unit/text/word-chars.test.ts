import { describe, expect, it } from 'vitest';
import { isWordChar, mayBeWordChar, particleRanges, wordCharRanges } from '../../../lib/text/word-chars';

describe('one definition of a word character', () => {
  it('letters, digits and underscores of spaced scripts are word characters; CJK, Thai and punctuation are not', () => {
    for (const c of ['a', 'Z', '0', '_', 'é', 'ß', 'Ж', 'ع', 'ह', '한'])
      expect(isWordChar(c.charCodeAt(0)), c).toBe(true);
    for (const c of [' ', '-', '.', '发', 'が', 'ー', 'ก', '،', '।', '™', '\u00a0']) {
      expect(isWordChar(c.charCodeAt(0)), c).toBe(false);
    }
  });

  it('the reader’s quick test says "maybe" for every word character in the plane, so it never loses a join', () => {
    const missed: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isWordChar(code) && !mayBeWordChar(code)) missed.push(code);
    expect(missed).toEqual([]);
  });

  it('the quick test says "no" for Chinese characters and kana, so text touching them makes no word join', () => {
    for (const c of '公司表示上在一龥ぁはゖゝァモデルヺ') expect(mayBeWordChar(c.charCodeAt(0)), c).toBe(false);
  });

  it('the matcher’s regex class holds exactly the word characters among assigned code points', () => {
    const cls = new RegExp(`^[${wordCharRanges()}]$`);
    const differ: number[] = [];
    let unassignedHeld = 0;
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (/\p{Cn}/u.test(c)) unassignedHeld += Number(cls.test(c));
      else if (cls.test(c) !== isWordChar(code)) differ.push(code);
    }
    expect(differ).toEqual([]);
    // Only unassigned code points between two word characters: never one next to a symbol, say.
    expect(cls.test('\uffff')).toBe(false);
    expect(unassignedHeld).toBeGreaterThan(0);
  });

  it('the class of Korean particles holds exactly the Hangul word characters among assigned code points', () => {
    const cls = new RegExp(`^[${particleRanges()}]$`);
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (/\p{Cn}/u.test(c)) continue;
      if (cls.test(c) !== (isWordChar(code) && /\p{sc=Hangul}/u.test(c))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
