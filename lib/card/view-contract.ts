import type { Mention } from '../marker/mentions';
import type { CardActions } from '../extension/content-session';
import { loadLazyPart, registerLazyPart } from '../extension/lazy-part';

/**
 * The card's view (Preact, Floating UI and its styles) is most of the card's code, and most pages
 * never show a card. So it is a separate script, `card-view.js`, loaded the first time a card
 * opens; the content script keeps only pointer tracking, hit testing and timing.
 */
export interface CardView {
  show(mention: Mention, pointer: { x: number; y: number } | null): void;
  hide(): void;
  /** Moves focus into the card (keyboard and popup travel). */
  focus(): void;
  /** Whether an event happened inside the card. */
  contains(event: Event): boolean;
  destroy(): void;
}

export interface CardViewOptions {
  window: Window & typeof globalThis;
  actions: CardActions;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export type CardViewFactory = (options: CardViewOptions) => CardView;

export function registerCardView(factory: CardViewFactory): void {
  registerLazyPart('card-view', factory);
}

/** The one extension API this module needs, from the `chrome` namespace both browsers provide. */
declare const chrome: { runtime: { getURL(path: string): string } };

/** Loads card-view.js once (see lib/extension/lazy-part.ts). */
export function loadCardView(): Promise<CardViewFactory> {
  return loadLazyPart('card-view', () => import(/* @vite-ignore */ chrome.runtime.getURL('/card-view.js')));
}
