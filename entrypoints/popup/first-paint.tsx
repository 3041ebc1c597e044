/**
 * Run at build time (by modules/popup-first-paint.ts, under tsx): prints the popup's first frame in
 * every language, as JSON `{ locale: html }`. Each goes into a popup file of its own language, so the
 * frame is on screen before any script runs; the popup's script then renders the same frame over it.
 */
import { readdirSync } from 'node:fs';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { renderToString } from 'preact-render-to-string';
import { Popup } from '../../components/popup/Popup';
import { useMessages } from '../../lib/i18n/messages';

const none = () => {};
const frames: Record<string, string> = {};

for (const file of readdirSync('locales').filter((f) => f.endsWith('.yml'))) {
  useMessages(generateChromeMessages(await parseMessagesFile(`locales/${file}`)));
  frames[file.replace(/\.yml$/, '')] = renderToString(
    <Popup
      page={{ kind: 'loading' }}
      status={null}
      onReveal={none}
      onOpenBriefing={none}
      onOpenOptions={none}
      onCopy={async () => false}
    />,
  );
}

process.stdout.write(JSON.stringify(frames));
