import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import type { UiMessages } from '../../lib/i18n/messages';

/** The project's locales/ folder, and each language's messages as the build writes them to `_locales/`. */
export const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales/');

export const localeFiles = () =>
  readdirSync(localesDir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.replace(/\.yml$/, ''));

export async function messagesOf(locale: string): Promise<UiMessages> {
  return generateChromeMessages(await parseMessagesFile(`${localesDir}${locale}.yml`)) as UiMessages;
}
