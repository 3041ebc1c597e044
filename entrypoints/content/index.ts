import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSession } from '../../lib/session-part';

export default defineContentScript({
  // Ordinary web pages only; every frame, so same-origin article iframes are marked too.
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT also announces each start with window.postMessage, which every page's own message
  // listeners then receive (and a badly written one may choke on); its custom event is enough here,
  // and the post cost about 4 ms of every page's start-up (it captures a stack trace).
  noScriptStartedPostMessage: true,
  main: async (ctx) => {
    // The work itself is a module of its own (lib/session-part.ts). Should the extension be updated
    // or removed while it loads, the import fails or the context is gone: the page is left alone.
    const start = await loadSession().catch(() => undefined);
    if (start && !ctx.isInvalid) await start(ctx, window);
  },
});
