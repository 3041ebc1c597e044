import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadSession } from '../lib/extension/parts';

// The content script proper: run by the manifest at document_idle, after early.ts, in the same
// frames (modules/content-scripts.ts). It only starts the content script's work, the module early.ts began to
// import (lib/extension/parts.ts), which builds its own WXT context. As a WXT content-script entry,
// the content script carried that context class and the browser polyfill, compiled on the page's
// main thread on every page; in the module they are compiled off it.
export default defineUnlistedScript(async () => {
  // The extension updated or removed while the module loaded: the page is left alone.
  const start = await loadSession().catch(() => undefined);
  if (start) await start(window);
});
