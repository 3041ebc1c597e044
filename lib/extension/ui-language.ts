import { browser } from 'wxt/browser';
import { uiDirection, uiLocale, useMessages, type UiMessages } from '../i18n/messages';
import { languageTag, type UiLanguage } from '../i18n/languages';
import type { Message, Replies } from './messages';

/**
 * The language the reader chose in the settings, where it is not the browser's: `browser.i18n` only
 * speaks the browser's, so the chosen language's messages come from the background, which holds every
 * language's (modules/ui-messages.ts), and are handed to `t` (lib/i18n/messages.ts).
 */

const isMessagesFile = (value: unknown): value is UiMessages =>
  value !== null &&
  typeof value === 'object' &&
  Object.values(value as object).every(
    (m: unknown) => m !== null && typeof m === 'object' && typeof (m as { message?: unknown }).message === 'string',
  );

/** The messages of the language the reader chose, or null for the browser's own (or if none came). */
export async function messagesFor(language: UiLanguage): Promise<UiMessages | null> {
  if (language === 'browser') return null;
  try {
    const reply: Replies['ui-messages'] | undefined = await browser.runtime.sendMessage({
      type: 'ui-messages',
      locale: language,
    } satisfies Message);
    return reply && isMessagesFile(reply) ? reply : null;
  } catch {
    return null;
  }
}

/**
 * An extension page in the reader's language: the settings' choice (or the browser's), said to the
 * document too (`lang`, `dir`) so screen readers and layout follow.
 */
export async function speakReadersLanguage(doc: Document, language: UiLanguage): Promise<void> {
  useMessages(await messagesFor(language));
  doc.documentElement.lang = languageTag(uiLocale());
  doc.documentElement.dir = uiDirection();
}
