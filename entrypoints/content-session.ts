import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadCardView, loadClaimFinder, registerSession } from '../lib/extension/parts';
import { runContentSession } from '../lib/extension/content-session';
import { createHoverCard } from '../lib/card/hover-card';

// Imported by the content script as it starts (lib/extension/parts.ts).
export default defineUnlistedScript(() =>
  registerSession((win) =>
    runContentSession(
      // Named "content", as WXT named it when the content script was its own entry: starting, a
      // context tells any older one of that name in the page (left by an extension update) to stop.
      // WXT also announces the start with window.postMessage, which every page's own message
      // listeners then receive (and a badly written one may choke on); the event is enough here.
      new ContentScriptContext('content', { noScriptStartedPostMessage: true }),
      win,
      {
        createCard: (marker, actions, words) =>
          createHoverCard({ window: win, marker, actions, words, loadView: loadCardView }),
        loadClaimFinder,
      },
    ),
  ),
);
