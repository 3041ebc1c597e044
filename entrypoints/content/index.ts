import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentSession } from '../../lib/content-session';
import { createHoverCard } from '../../lib/hover-card';

export default defineContentScript({
  // Ordinary web pages only; every frame, so same-origin article iframes are marked too.
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT also announces each start with window.postMessage, which every page's own message
  // listeners then receive (and a badly written one may choke on); its custom event is enough here,
  // and the post cost about 4 ms of every page's start-up (it captures a stack trace).
  noScriptStartedPostMessage: true,
  main: (ctx) =>
    runContentSession(ctx, window, {
      createCard: (marker, actions) => createHoverCard({ window, marker, actions }),
    }),
});
