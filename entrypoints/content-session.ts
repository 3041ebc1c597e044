import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerSession } from '../lib/session-part';
import { runContentSession } from '../lib/content-session';
import { createHoverCard } from '../lib/hover-card';

// Imported by the content script as it starts (see lib/session-part.ts).
export default defineUnlistedScript(() =>
  registerSession((ctx, win) =>
    runContentSession(ctx, win, {
      createCard: (marker, actions) => createHoverCard({ window: win, marker, actions }),
    }),
  ),
);
