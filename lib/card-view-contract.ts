import type { Mention } from './mentions';
import type { CardActions } from './content-session';

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

/** Where the view script leaves its factory: the content script's own world, never the page's. */
const KEY = Symbol.for('muse-spark-context.card-view');

type Holder = { [KEY]?: CardViewFactory };

export function registerCardView(factory: CardViewFactory): void {
  (globalThis as Holder)[KEY] = factory;
}

/** The one extension API this module needs, from the `chrome` namespace both browsers provide. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Loads card-view.js once (a module import of an extension file runs in this same world). The
 * URL is written as `chrome.runtime.getURL(...)` inside the import itself: the form Firefox's
 * add-on linter accepts as an extension-owned module, where any other dynamic value is flagged.
 */
export async function loadCardView(): Promise<CardViewFactory> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) await import(/* @vite-ignore */ chrome.runtime.getURL('/card-view.js'));
  const factory = holder[KEY];
  if (!factory) throw new Error('card view did not register');
  return factory;
}
