/** Wikipedia's page previews open after about half a second; we sit at the quick end of that. */
export const OPEN_DELAY_MS = 400;
/** Time to travel from the mention into the card, or to change one's mind. */
export const CLOSE_DELAY_MS = 300;
/** Faster than this (px per ms) the reader is sweeping across text, not reading a word. */
const SWEEP_SPEED = 0.6;

export interface IntentTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface IntentCallbacks<T> {
  open(target: T, pinned: boolean): void;
  close(): void;
}

/**
 * When the card should open and close, from what the pointer is over; no DOM, so it can be
 * tested with fake timers. `T` is whatever identifies a mention.
 */
export class HoverIntent<T> {
  private shown: T | null = null;
  private pinned = false;
  private overCard = false;
  private pending: T | null = null;
  private openTimer: unknown;
  private closeTimer: unknown;

  constructor(
    private readonly callbacks: IntentCallbacks<T>,
    private readonly timers: IntentTimers = {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
  ) {}

  get current(): T | null {
    return this.shown;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** The pointer moved; `target` is the mention under it (or null) and `speed` its speed in px/ms. */
  pointerOver(target: T | null, speed: number): void {
    if (target !== null && target === this.shown) {
      this.cancelPending();
      this.cancelClose();
      return;
    }
    if (target === null) {
      this.cancelPending();
      if (this.shown !== null && !this.pinned && !this.overCard) this.scheduleClose();
      return;
    }
    // Over another mention: leave the open card to close on its own, and wait for intent here.
    if (this.shown !== null && !this.pinned && !this.overCard) this.scheduleClose();
    if (this.pending !== target || speed > SWEEP_SPEED) {
      this.cancelPending();
      this.pending = target;
      this.openTimer = this.timers.set(() => {
        this.openTimer = undefined;
        this.pending = null;
        this.show(target, false);
      }, OPEN_DELAY_MS);
    }
  }

  enterCard(): void {
    this.overCard = true;
    this.cancelClose();
  }

  leaveCard(): void {
    this.overCard = false;
    if (this.shown !== null && !this.pinned) this.scheduleClose();
  }

  /** A click or tap on a mention, or keyboard travel: open now and stay open until dismissed. */
  pin(target: T): void {
    this.cancelPending();
    this.show(target, true);
  }

  /** Escape, a click elsewhere, or the mention went away: close now. */
  dismiss(): void {
    this.cancelPending();
    this.closeNow();
  }

  /** Closes the open card but keeps any pending open of another mention. */
  private closeNow(): void {
    this.cancelClose();
    this.overCard = false;
    if (this.shown === null) return;
    this.shown = null;
    this.pinned = false;
    this.callbacks.close();
  }

  private show(target: T, pinned: boolean): void {
    this.cancelClose();
    this.shown = target;
    this.pinned = pinned;
    this.callbacks.open(target, pinned);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = undefined;
      this.closeNow();
    }, CLOSE_DELAY_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer === undefined) return;
    this.timers.clear(this.closeTimer);
    this.closeTimer = undefined;
  }

  private cancelPending(): void {
    if (this.openTimer !== undefined) this.timers.clear(this.openTimer);
    this.openTimer = undefined;
    this.pending = null;
  }
}
