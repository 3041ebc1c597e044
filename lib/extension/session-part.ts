import { loadLazyPart, registerLazyPart } from './lazy-part';

/**
 * The content script's work (reading and marking the page, settings, messages, the hover card:
 * lib/extension/content-session.ts) is a separate script, `content-session.js`, imported as a module. A script
 * the manifest runs is compiled on the page's main thread in the task that runs it, which made that
 * task the longest the extension gave a page; Chromium compiles an imported module off the main thread
 * (its traces show 0.1-0.6 ms of compiling there).
 * The import starts at document_start (entrypoints/early.ts), so the module is there when the content
 * script runs: started from the content script, it waited behind the browser's own work on a big
 * page, and the first mark on the benchmark's huge page came 113-165 ms after load, not 3-10 ms.
 */
export type StartSession = (win: Window & typeof globalThis) => Promise<void>;

export function registerSession(start: StartSession): void {
  registerLazyPart('content-session', start);
}

/** The one extension API this module needs, from the `chrome` namespace both browsers provide. */
declare const chrome: { runtime: { getURL(path: string): string } };

/** Loads content-session.js once (see lib/extension/lazy-part.ts). */
export function loadSession(): Promise<StartSession> {
  return loadLazyPart('content-session', () => import(/* @vite-ignore */ chrome.runtime.getURL('/content-session.js')));
}
