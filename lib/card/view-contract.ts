import type { Mention } from '../marker/mentions';
import type { CardActions } from './types';
import type { UiMessages } from '../i18n/messages';

/**
 * What the content script asks of the card's view (components/card/CardView.tsx), which ships as a
 * script of its own loaded on first use (lib/extension/parts.ts): the content script keeps only pointer
 * tracking, hit testing and timing.
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
  /** The messages of the reader's chosen language, read at each show; null for the browser's. */
  uiMessages(): UiMessages | null;
}

export type CardViewFactory = (options: CardViewOptions) => CardView;
