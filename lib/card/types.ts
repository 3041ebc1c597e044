import type { Mention } from '../marker/mentions';
import type { UiMessages } from '../i18n/messages';

/** What the page session needs from the hover card (lib/card/hover-card.ts). */
export interface CardController {
  /** Opens the card on a mention, with focus inside when asked (keyboard and popup travel). */
  openFor(mention: Mention, opts: { focus: boolean }): void;
  /** The page's mentions changed: close the card if its mention is gone. */
  sync(): void;
  close(): void;
  destroy(): void;
}

/**
 * The words of the language the reader chose, where it is not the browser's: asked for when a card is
 * about to show (not as the page loads, which would wake the background on every page), then read as the
 * card renders. `current()` is null for the browser's language.
 */
export interface CardWords {
  current(): UiMessages | null;
  load(): Promise<void>;
}

/** What the card's buttons do; the session supplies them. */
export interface CardActions {
  openBriefing(): void;
  /** Turns marks off on this page's site; resolves to the site's name, or null if that failed. */
  offOnThisSite(): Promise<string | null>;
  /** Undoes `offOnThisSite` (the card's undo notice). */
  backOnThisSite(): void;
  /** Closes the card (its close button). */
  close(): void;
}
