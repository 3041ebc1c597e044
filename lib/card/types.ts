import type { Mention } from '../marker/mentions';

/** What the page session needs from the hover card (lib/card/hover-card.ts). */
export interface CardController {
  /** Opens the card on a mention, with focus inside when asked (keyboard and popup travel). */
  openFor(mention: Mention, opts: { focus: boolean }): void;
  /** The page's mentions changed: close the card if its mention is gone. */
  sync(): void;
  close(): void;
  destroy(): void;
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
