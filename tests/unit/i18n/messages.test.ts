import { afterEach, describe, expect, it } from 'vitest';
import { keyPart, listOf, t, uiDirection, uiLocale, useMessages, withDecimalSign } from '../../../lib/i18n/messages';
import { formatFigure } from '../../../lib/scores/score-view';
import { messagesOf } from '../../harness/locales';

/**
 * `t` speaks the browser's language through browser.i18n (here the fake browser, answering in English),
 * or, once the reader has chosen another language, that language's messages file, with the same rules.
 */
describe('t', () => {
  afterEach(() => useMessages(null));

  it('speaks the browser’s language by default: substitutions, plurals and names filled in', () => {
    expect(uiLocale()).toBe('en');
    expect(t('badge.mentions', 1)).toBe('Muse Spark Context: 1 mention on this page');
    expect(t('badge.mentions', 12)).toBe('Muse Spark Context: 12 mentions on this page');
    expect(t('status.turnOnFor', { site: 'example.com' })).toBe('Turn on for example.com');
    expect(formatFigure(42.8)).toBe('42.8');
  });

  it('speaks a chosen language from its messages file, figures written its way', async () => {
    useMessages(await messagesOf('de'));
    expect(uiLocale()).toBe('de');
    expect(t('badge.mentions', 1)).toBe('Muse Spark Context: 1 Erwähnung auf dieser Seite');
    expect(t('badge.mentions', 3)).toBe('Muse Spark Context: 3 Erwähnungen auf dieser Seite');
    expect(t('status.turnOnFor', { site: 'example.com' })).toBe('Für example.com einschalten');
    expect(formatFigure(42.8)).toBe('42,8');
    expect(withDecimalSign('0.25')).toBe('0,25');
    expect(listOf(['Opus 4.6', 'Gemini 3.1', 'GPT 5.4'])).toBe('Opus 4.6, Gemini 3.1 und GPT 5.4');
  });

  it('picks French’s singular for none and one, and one form for every count in Japanese', async () => {
    useMessages(await messagesOf('fr'));
    expect(t('popup.mentionCount', 0)).toBe('0 mention');
    expect(t('popup.mentionCount', 1)).toBe('1 mention');
    expect(t('popup.mentionCount', 2)).toBe('2 mentions');
    useMessages(await messagesOf('ja'));
    expect(t('popup.mentionCount', 1)).toBe('1 件の言及');
    expect(t('popup.mentionCount', 40)).toBe('40 件の言及');
    expect(listOf(['GPT 5.4', 'Gemini 3.1'])).toBe('GPT 5.4、Gemini 3.1');
  });

  it('says each language is written left to right, and back to the browser’s language on null', async () => {
    for (const locale of ['de', 'ja', 'zh_CN']) {
      useMessages(await messagesOf(locale));
      expect(uiDirection()).toBe('ltr');
      expect(uiLocale()).toBe(locale);
    }
    useMessages(null);
    expect(uiLocale()).toBe('en');
  });

  it('keeps a literal $$ as one dollar sign, as the browser does', () => {
    useMessages({ probe: { message: 'costs $$5 for $1' } });
    expect((t as unknown as (key: string, subs: string[]) => string)('probe', ['you'])).toBe('costs $5 for you');
  });

  it('turns data ids into message key parts', () => {
    expect(keyPart('arc-agi-2')).toBe('arc_agi_2');
    expect(keyPart('simplevqa')).toBe('simplevqa');
  });
});
