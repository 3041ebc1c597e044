import { HoverIntent } from './hover-intent';
import { mentionAtPoint } from './hit-test';
import type { CardView, CardViewFactory } from './view-contract';
import type { Mention } from '../marker/mentions';
import type { PageMarker } from '../marker/page-marker';
import type { CardActions, CardController, CardWords } from './types';

export interface HoverCardOptions {
  window: Window & typeof globalThis;
  marker: PageMarker;
  actions: CardActions;
  /** The words of the reader's chosen language (the browser's without). */
  words?: CardWords;
  /** How the card's view is loaded, the first time a card opens (lib/extension/parts.ts). */
  loadView: () => Promise<CardViewFactory>;
}

const listenOptions = { capture: true, passive: true } as const;

/**
 * When and for which mention the card shows: hover intent from the pointer (one hit test per
 * animation frame, none when the pointer is not over text), a click or tap to pin, Escape to
 * close, and keyboard or popup travel. The view itself is loaded on first use.
 */
export function createHoverCard(options: HoverCardOptions): CardController {
  return new HoverCard(options);
}

class HoverCard implements CardController {
  private readonly win: Window & typeof globalThis;
  private readonly marker: PageMarker;
  private readonly intent: HoverIntent<Mention>;
  private view: CardView | null = null;
  private viewLoading: Promise<CardView | null> | null = null;
  private destroyed = false;
  private pointer = { x: 0, y: 0, t: 0, speed: 0, overCard: false };
  private frame = 0;
  private focusWhenShown = false;
  /** Pointer listeners only once the page has something to hover: a page without mentions carries none. */
  private listening = false;

  constructor(private readonly options: HoverCardOptions) {
    this.win = options.window;
    this.marker = options.marker;
    this.intent = new HoverIntent<Mention>({
      open: (mention) => {
        this.win.addEventListener('keydown', this.onKeyDown, listenOptions);
        void this.show(mention);
      },
      close: () => {
        this.win.removeEventListener('keydown', this.onKeyDown, listenOptions);
        this.view?.hide();
      },
    });
  }

  openFor(mention: Mention, { focus }: { focus: boolean }): void {
    this.pointer = { ...this.pointer, t: 0 };
    this.focusWhenShown = focus;
    this.intent.pin(mention);
  }

  sync(): void {
    this.listen(this.marker.isShowing && this.marker.registry.size > 0);
    // The open card's mention went away with a page change: the card goes too.
    const current = this.intent.current;
    if (current && !(this.marker.registry.has(current) && this.isVisible(current))) this.intent.dismiss();
  }

  close(): void {
    this.intent.dismiss();
  }

  destroy(): void {
    this.destroyed = true;
    this.intent.dismiss();
    this.listen(false);
    this.win.removeEventListener('keydown', this.onKeyDown, listenOptions);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.view?.destroy();
    this.view = null;
  }

  private getView(): Promise<CardView | null> {
    this.viewLoading ??= this.loadView();
    return this.viewLoading;
  }

  private async loadView(): Promise<CardView | null> {
    const { intent, options } = this;
    try {
      const made = (await options.loadView())({
        window: this.win,
        actions: {
          openBriefing: () => {
            intent.dismiss();
            options.actions.openBriefing();
          },
          offOnThisSite: () => {
            intent.dismiss();
            return options.actions.offOnThisSite();
          },
          backOnThisSite: () => options.actions.backOnThisSite(),
          close: () => intent.dismiss(),
        },
        onPointerEnter: () => intent.enterCard(),
        onPointerLeave: () => intent.leaveCard(),
        uiMessages: () => options.words?.current() ?? null,
      });
      if (this.destroyed) {
        made.destroy();
        return null;
      }
      this.view = made;
      return made;
    } catch {
      // The extension was updated or removed under this page: no card, and no error in the page.
      return null;
    }
  }

  private async show(mention: Mention): Promise<void> {
    const [view] = await Promise.all([this.getView(), this.options.words?.load()]);
    // The reader may have moved on while the view loaded.
    if (!view || this.intent.current !== mention) return;
    view.show(mention, this.pointer.t ? { x: this.pointer.x, y: this.pointer.y } : null);
    if (this.focusWhenShown) view.focus();
    this.focusWhenShown = false;
  }

  private isVisible(m: Mention): boolean {
    return this.marker.visibleCategories.has(m.category);
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    const dt = e.timeStamp - this.pointer.t;
    const dist = Math.hypot(e.clientX - this.pointer.x, e.clientY - this.pointer.y);
    this.pointer = {
      x: e.clientX,
      y: e.clientY,
      t: e.timeStamp,
      speed: dt > 0 ? dist / dt : 0,
      overCard: this.view?.contains(e) ?? false,
    };
    // At most one hit test per frame, however many events arrive.
    if (!this.frame) this.frame = this.win.requestAnimationFrame(this.checkPointer);
  };

  private readonly checkPointer = (): void => {
    this.frame = 0;
    if (this.pointer.overCard || !this.marker.isShowing) return;
    const hit = this.mentionAt(this.pointer.x, this.pointer.y);
    this.intent.pointerOver(hit, this.pointer.speed);
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (this.view?.contains(e) || !this.marker.isShowing) return;
    const hit = this.mentionAt(e.clientX, e.clientY);
    if (hit) {
      this.pointer = { ...this.pointer, x: e.clientX, y: e.clientY, t: e.timeStamp };
      this.intent.pin(hit);
    } else if (this.intent.current) {
      this.intent.dismiss();
    }
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.intent.current) this.intent.dismiss();
  };

  /** The visible mention under a point, if any. */
  private mentionAt(x: number, y: number): Mention | null {
    const { marker } = this;
    const hit = mentionAtPoint(this.win.document, x, y, marker.registry, marker.shadowRoots);
    return hit && this.isVisible(hit.mention) ? hit.mention : null;
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    this.win[method]('pointermove', this.onPointerMove as EventListener, listenOptions);
    this.win[method]('click', this.onClick as EventListener, listenOptions);
  }
}
