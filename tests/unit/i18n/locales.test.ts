import { describe, expect, it } from 'vitest';
import { uiLocales } from '../../../lib/i18n/languages';
import { localeFiles, messagesOf } from '../../harness/locales';

/**
 * Every language says everything the English says, with the same placeholders, and the same figures:
 * a missing or extra key, a lost `{site}` or `$1`, or a figure changed in translation fails here (and so
 * in CI), before a reader meets an empty button or a wrong number.
 */

const english = await messagesOf('en');
const others = uiLocales.filter((l) => l !== 'en' && localeFiles().includes(l));
const all = await Promise.all(others.map(async (l) => [l, await messagesOf(l)] as const));

/** The placeholders a message uses, each once: plural forms repeat `$1`, and a language may have fewer forms. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\w+\}|\$[1-9]/g)].map((m) => m[0]))].sort();

/** Languages that write 42,8 and 1.000 (or 1 000); the others write 42.8 and 1,000. */
const commaDecimal = new Set(['de', 'fr', 'es']);

/** Every number a message gives, as a value: "86,4" in German is 86.4, "1.000" is 1000. */
function figuresIn(text: string, locale: string): number[] {
  const numbers = text.replace(/\{\w+\}|\$[1-9]/g, ' ').match(/\d+(?:[.,\u202f\u00a0 ]\d+)*/g) ?? [];
  return numbers
    .map((n) => {
      const [thousands, decimal] = commaDecimal.has(locale)
        ? [/[.\u202f\u00a0 ](?=\d{3}\b)/g, ',']
        : [/,(?=\d{3}\b)/g, '.'];
      return Number(
        n
          .replace(thousands, '')
          .replace(decimal, '.')
          .replace(/[\u202f\u00a0 ]/g, ''),
      );
    })
    .sort((a, b) => a - b);
}

describe('the seven languages', () => {
  it('locales/ holds exactly the languages the settings offer', () => {
    expect(localeFiles().sort()).toEqual([...uiLocales].sort());
  });

  it.each(all)('%s has every English key and no other', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(all)('%s keeps every placeholder of each English message', (_, messages) => {
    const differ = Object.keys(english).filter(
      (key) =>
        messages[key] && placeholders(messages[key].message).join() !== placeholders(english[key]!.message).join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(all)('%s has no empty message, and says which language and decimal sign it is', (locale, messages) => {
    expect(Object.entries(messages).filter(([, m]) => m.message.trim() === '')).toEqual([]);
    expect(messages.meta_locale?.message).toBe(locale);
    expect(messages.meta_decimal?.message).toBe(commaDecimal.has(locale) ? ',' : '.');
    expect(['ltr', 'rtl']).toContain(messages.meta_dir?.message);
  });

  it.each(all)('%s gives the same figures as the English, only written its own way', (locale, messages) => {
    // Dates and list lengths are written differently but are not figures: the launch date is checked
    // on its own, and the plural forms only count.
    const skip = new Set(['article_launchDate', 'meta_locale']);
    const changed = Object.keys(english)
      .filter((key) => !skip.has(key) && messages[key])
      .filter(
        (key) => figuresIn(messages[key]!.message, locale).join() !== figuresIn(english[key]!.message, 'en').join(),
      );
    expect(changed).toEqual([]);
  });

  it.each(all)('%s writes the launch date with its day, month and year', (_, messages) => {
    const date = messages.article_launchDate!.message;
    expect(date).toMatch(/2026/);
    expect(date).toMatch(/\b8\b|8日|8일/);
    expect(date).toMatch(/4|April|avril|abril|Apr/i);
  });

  it('plural messages have one to three forms in every language', () => {
    const plurals = Object.keys(english).filter((k) => english[k]!.message.includes(' | '));
    expect(plurals.length).toBeGreaterThan(0);
    for (const [, messages] of all) {
      for (const key of plurals) expect(messages[key]!.message.split(' | ').length).toBeLessThanOrEqual(3);
    }
  });
});
