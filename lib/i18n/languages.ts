/**
 * The languages the extension speaks: one file each in locales/ (WXT's i18n module turns them into
 * `_locales/<locale>/messages.json`). A unit test checks this list against that folder.
 */
export const uiLocales = ['en', 'de', 'fr', 'es', 'ja', 'zh_CN', 'ko'] as const;

export type UiLocale = (typeof uiLocales)[number];

/** What the reader chose: the browser's language, or one of ours whatever the browser's is. */
export type UiLanguage = 'browser' | UiLocale;

/** Each language by its own name, as a language picker lists them: the same words in every language. */
export const languageAutonyms: Record<UiLocale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  zh_CN: '简体中文',
  ko: '한국어',
};

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  value === 'browser' || (uiLocales as readonly unknown[]).includes(value);

/** The BCP 47 tag for an HTML `lang` attribute: `zh_CN` is written `zh-CN` there. */
export const languageTag = (locale: string) => locale.replace('_', '-');
