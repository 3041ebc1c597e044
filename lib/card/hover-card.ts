import { HoverIntent } from './hover-intent';
import { mentionAtPoint } from './hit-test';
import { loadCardView, type CardView } from './view-contract';
import type { Mention } from '../marker/mentions';
import type { PageMarker } from '../marker/page-marker';
import type { CardActions, CardController } from '../extension/content-session';

export interface HoverCardOptions {
  window: Window & typeof globalThis;
  marker: PageMarker;
  actions: CardActions;
  /** How the view is loaded; tests pass the view directly. */
  loadView?: () => Promise<CardView>;
}

/**
 * When and for which mention the card shows: hover intent from the pointer (one hit test per
 * animation frame, none when the pointer is not over text), a click or tap to pin, Escape to
 * close, and keyboard or popup travel. The view itself is loaded on first use.
 */
export function createHoverCard({ window: win, marker, actions, loadView }: HoverCardOptions): CardController {
  const doc = win.document;
  const listenOptions = { capture: true, passive: true } as const;
  let view: CardView | null = null;
  let viewLoading: Promise<CardView | null> | null = null;
  let destroyed = false;
  let pointer = { x: 0, y: 0, t: 0, speed: 0, overCard: false };
  let frame = 0;
  let focusWhenShown = false;

  const intent = new HoverIntent<Mention>({
    open: (mention) => {
      win.addEventListener('keydown', onKeyDown, listenOptions);
      void show(mention);
    },
    close: () => {
      win.removeEventListener('keydown', onKeyDown, listenOptions);
      view?.hide();
    },
  });

  function getView(): Promise<CardView | null> {
    viewLoading ??= (async () => {
      try {
        const made =
          (await loadView?.()) ??
          (await loadCardView())({
            window: win,
            actions: {
              openBriefing: () => {
                intent.dismiss();
                actions.openBriefing();
              },
              offOnThisSite: () => {
                intent.dismiss();
                actions.offOnThisSite();
              },
            },
            onPointerEnter: () => intent.enterCard(),
            onPointerLeave: () => intent.leaveCard(),
          });
        if (destroyed) {
          made.destroy();
          return null;
        }
        view = made;
        return made;
      } catch {
        // The extension was updated or removed under this page: no card, and no error in the page.
        return null;
      }
    })();
    return viewLoading;
  }

  async function show(mention: Mention): Promise<void> {
    const v = await getView();
    // The reader may have moved on while the view loaded.
    if (!v || intent.current !== mention) return;
    v.show(mention, pointer.t ? { x: pointer.x, y: pointer.y } : null);
    if (focusWhenShown) v.focus();
    focusWhenShown = false;
  }

  const isVisible = (m: Mention) => marker.visibleCategories.has(m.category);

  function onPointerMove(e: PointerEvent): void {
    const dt = e.timeStamp - pointer.t;
    const dist = Math.hypot(e.clientX - pointer.x, e.clientY - pointer.y);
    pointer = {
      x: e.clientX,
      y: e.clientY,
      t: e.timeStamp,
      speed: dt > 0 ? dist / dt : 0,
      overCard: view?.contains(e) ?? false,
    };
    // At most one hit test per frame, however many events arrive.
    if (!frame) frame = win.requestAnimationFrame(checkPointer);
  }

  function checkPointer(): void {
    frame = 0;
    if (pointer.overCard || !marker.isShowing) return;
    const hit = mentionAtPoint(doc, pointer.x, pointer.y, marker.registry, marker.shadowRoots);
    intent.pointerOver(hit && isVisible(hit.mention) ? hit.mention : null, pointer.speed);
  }

  function onClick(e: MouseEvent): void {
    if (view?.contains(e) || !marker.isShowing) return;
    const hit = mentionAtPoint(doc, e.clientX, e.clientY, marker.registry, marker.shadowRoots);
    if (hit && isVisible(hit.mention)) {
      pointer = { ...pointer, x: e.clientX, y: e.clientY, t: e.timeStamp };
      intent.pin(hit.mention);
    } else if (intent.current) {
      intent.dismiss();
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && intent.current) intent.dismiss();
  }

  // Pointer listeners only once the page has something to hover: a page without mentions
  // carries no listener of ours at all.
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    win[method]('pointermove', onPointerMove as EventListener, listenOptions);
    win[method]('click', onClick as EventListener, listenOptions);
  };

  return {
    openFor(mention, { focus }) {
      pointer = { ...pointer, t: 0 };
      focusWhenShown = focus;
      intent.pin(mention);
    },
    sync() {
      listen(marker.isShowing && marker.registry.size > 0);
      // The open card's mention went away with a page change: the card goes too.
      const current = intent.current;
      if (current && !(marker.registry.has(current) && isVisible(current))) intent.dismiss();
    },
    close() {
      intent.dismiss();
    },
    destroy() {
      destroyed = true;
      intent.dismiss();
      listen(false);
      win.removeEventListener('keydown', onKeyDown, listenOptions);
      if (frame) win.cancelAnimationFrame(frame);
      view?.destroy();
      view = null;
    },
  };
}
