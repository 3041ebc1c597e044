import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestSettingsEarly } from '../lib/extension/early-settings';
import { loadSession } from '../lib/extension/parts';
import { answersNothing, startWhenNeeded } from '../lib/extension/wake';

// The content script: run by the manifest at document_idle in every frame of ordinary web pages
// (modules/content-scripts.ts). It looks at the page, and imports and starts the content script's work
// (lib/extension/parts.ts) only when the frame needs it (lib/extension/wake.ts): most pages name nothing,
// and there the work's module is never loaded and no setting is read. The module builds its own WXT
// context; as a WXT content-script entry, this script carried that context class and the browser
// polyfill, compiled on the page's main thread on every page.

/** Every spelling of every name, worked out by the build (modules/matcher-parts.ts). */
declare const BUILT_ANY_SPELLING: string;

export default defineUnlistedScript(() =>
  startWhenNeeded(window, BUILT_ANY_SPELLING, () =>
    Promise.resolve()
      .then(() => {
        // Asked for now, so the answer travels while the module loads.
        requestSettingsEarly();
        return loadSession();
      })
      .then((start) => start(window))
      // The extension updated or removed while the page slept (its API calls throw) or the module
      // loaded: the page is left alone, and nothing reaches its console.
      .catch(() => answersNothing),
  ),
);
