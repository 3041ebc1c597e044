import { loadLazyPart, registerLazyPart } from './lazy-part';
import type { ClaimFinder } from '../claims/finder';
import type { CardViewFactory } from '../card/view-contract';
import type { AnswerMessage } from './wake';

/**
 * The three parts of the content script that are extension scripts of their own, imported as modules
 * (lib/extension/lazy-part.ts says how). Each part's script registers what it exports; the code that
 * needs it loads it. The layers below never load a part themselves: the session hands them a loader.
 */

/** The one extension API loading needs, from the `chrome` namespace both browsers provide. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The content script's work (reading and marking the page, settings, messages, the hover card:
 * lib/extension/content-session.ts) is `content-session.js`. A script the manifest runs is compiled on
 * the page's main thread in the task that runs it; an imported module is compiled off it, or from its code
 * cache once the browser has one (docs/performance.md, "The session as a module"). It is imported when the
 * frame needs it (lib/extension/wake.ts), and gives its way of answering messages.
 */
export type StartSession = (win: Window & typeof globalThis) => Promise<AnswerMessage>;

export function registerSession(start: StartSession): void {
  registerLazyPart('content-session', start);
}

export function loadSession(): Promise<StartSession> {
  return loadLazyPart('content-session', () => import(/* @vite-ignore */ chrome.runtime.getURL('/content-session.js')));
}

/**
 * The claim check (lib/claims/ and the launch figures) is a sixth of the content script, and only a
 * page that gives a figure beside a benchmark's name needs it: `claim-finder.js`, loaded then.
 */
export function registerClaimFinder(finder: ClaimFinder): void {
  registerLazyPart('claim-finder', finder);
}

export function loadClaimFinder(): Promise<ClaimFinder> {
  return loadLazyPart('claim-finder', () => import(/* @vite-ignore */ chrome.runtime.getURL('/claim-finder.js')));
}

/**
 * The card's view (Preact, Floating UI and its styles) is most of the card's code, and most pages never
 * show a card: `card-view.js`, loaded the first time a card opens.
 */
export function registerCardView(factory: CardViewFactory): void {
  registerLazyPart('card-view', factory);
}

export function loadCardView(): Promise<CardViewFactory> {
  return loadLazyPart('card-view', () => import(/* @vite-ignore */ chrome.runtime.getURL('/card-view.js')));
}
