import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';

/**
 * Every word the extension shows goes through `t`: WXT's typed wrapper of `browser.i18n`, whose keys
 * and placeholders are checked against locales/en.yml at compile time. The browser picks the language.
 *
 * `browser.i18n` cannot be told another language, so a reader who chooses one in the settings gets that
 * language's own `messages.json` (the same file the browser would read), handed to `useMessages`; `t`
 * then reads from it with the browser's rules: `$1` positional and `{name}` substitutions, and plural
 * forms split on " | " as @wxt-dev/i18n does.
 */

type Structure = GeneratedI18nStructure;
export type MessageKey = keyof Structure;

/** A `_locales/<locale>/messages.json` file as the browser reads it. */
export type UiMessages = Record<string, { message: string }>;

const fromBrowser = createI18n<Structure>();
let chosen: UiMessages | null = null;

/** Speak from this messages file from now on; null goes back to the browser's language. */
export function useMessages(messages: UiMessages | null): void {
  chosen = messages;
}

type Args = (number | (string | number)[] | Record<string, string | number>)[];

function fromFile(file: UiMessages, key: string, args: Args): string {
  let positional: string[] = [];
  let named: Record<string, string | number> | undefined;
  let count: number | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) positional = arg.map(String);
    else named = arg;
  }
  if (count !== undefined && positional.length === 0) positional = [String(count)];
  let message = (file[key.replaceAll('.', '_')]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : (positional[Number(d) - 1] ?? ''),
  );
  if (count !== undefined) message = pluralForm(message.split(' | '), count);
  return named
    ? message.replace(/\{(\w+)\}/g, (m, name: string) => (name in named ? String(named[name]) : m))
    : message;
}

/** One form: all counts; two: one and other; three: zero, one and other (as @wxt-dev/i18n picks). */
function pluralForm(forms: string[], count: number): string {
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  return forms[0]!;
}

export const t = ((key: string, ...args: Args) =>
  chosen
    ? fromFile(chosen, key, args)
    : (fromBrowser.t as (key: string, ...args: Args) => string)(key, ...args)) as typeof fromBrowser.t;

/** The locale of the messages in use ("de"), which the browser may have chosen by its own fallback. */
export const uiLocale = () => t('meta.locale');

export const uiDirection = (): 'ltr' | 'rtl' => (t('meta.dir') === 'rtl' ? 'rtl' : 'ltr');

/** A figure written with the language's decimal sign: "42.8", "42,8". The digits never change. */
export const withDecimalSign = (written: string) => written.replace('.', t('meta.decimal'));

/** "A, B and C" in the language's words. */
export function listOf(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(t('list.separator'))}${t('list.lastSeparator')}${items.at(-1)!}`;
}

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

/** A data id as a message key part: `arc-agi-2` is `arc_agi_2` (message names allow no hyphens). */
export const keyPart = <S extends string>(id: S) => id.replaceAll('-', '_') as Underscored<S>;
