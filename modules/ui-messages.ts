import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { addAlias, defineWxtModule } from 'wxt/modules';

/**
 * Every language's messages as one module, `#ui-messages`, for the background alone: a reader may choose
 * a language other than the browser's, which `browser.i18n` cannot speak, and the background hands that
 * language's messages to the pages and cards that ask (lib/extension/ui-language.ts). The same messages
 * the build writes to `_locales/`, read with @wxt-dev/i18n's own parser; nothing is fetched at run time.
 */
export default defineWxtModule((wxt) => {
  const path = resolve(wxt.config.wxtDir, 'ui-messages.ts');
  addAlias(wxt, '#ui-messages', path);
  wxt.hooks.hook('prepare:types', async (_, entries) => {
    const dir = resolve(wxt.config.root, 'locales');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yml'));
    const all: Record<string, unknown> = {};
    for (const file of files) {
      all[file.replace(/\.yml$/, '')] = generateChromeMessages(await parseMessagesFile(resolve(dir, file)));
    }
    entries.push({
      path,
      text: `// Made by modules/ui-messages.ts from locales/*.yml.
export const uiMessageFiles: Partial<Record<string, Record<string, { message: string }>>> = ${JSON.stringify(all)};
`,
    });
  });
});
