import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadSession } from '../lib/extension/parts';
import { startWhenNeeded, type AnswerMessage } from '../lib/extension/wake';

// The content script proper: run by the manifest at document_idle, after early.ts, in the same
// frames (modules/content-scripts.ts). It looks at the page, and imports and starts the content
// script's work (lib/extension/parts.ts) only when the frame needs it (lib/extension/wake.ts): most
// pages name nothing, and there the work's module is never loaded. The module builds its own WXT
// context; as a WXT content-script entry, this script carried that context class and the browser
// polyfill, compiled on the page's main thread on every page.

/** Every spelling of every name, worked out by the build (modules/matcher-parts.ts). */
declare const BUILT_ANY_SPELLING: string;

const answersNothing: AnswerMessage = () => undefined;

export default defineUnlistedScript(() =>
  startWhenNeeded(window, new RegExp(BUILT_ANY_SPELLING, 'i'), () =>
    // The extension updated or removed meanwhile: the page is left alone.
    loadSession()
      .then((start) => start(window))
      .catch(() => answersNothing),
  ),
);
