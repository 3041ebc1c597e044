import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentSession } from '../../lib/content-session';
import { createHoverCard } from '../../lib/hover-card';

export default defineContentScript({
  // Ordinary web pages only; every frame, so same-origin article iframes are marked too.
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) =>
    runContentSession(ctx, window, {
      createCard: (marker, actions) => createHoverCard({ window, marker, actions }),
    }),
});
