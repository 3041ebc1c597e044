import { render } from 'preact';
import cardCss from './card.css?inline';
import { CardContent } from './CardContent';
import { HoverIntent } from '../lib/hover-intent';
import { liveRange, mentionAtPoint } from '../lib/hit-test';
import { placeCard, type PlacedCard } from '../lib/card-position';
import { termById } from '../lib/terms';
import { UI_HOST_TAG } from '../lib/ui-host';
import type { Mention } from '../lib/mentions';
import type { PageMarker } from '../lib/page-marker';
import type { CardActions, CardController } from '../lib/content-session';

export interface HoverCardOptions {
  window: Window & typeof globalThis;
  marker: PageMarker;
  actions: CardActions;
}

// Page rules cannot reach a shadow tree, but they can reach its host: every property that could
// hide, shrink or cover it is set inline with !important, which no page stylesheet outranks.
const HOST_STYLE = [
  'position: fixed',
  'inset: auto',
  'left: 0',
  'top: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'width: auto',
  'height: auto',
  'min-width: 0',
  'min-height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'contain: layout style',
]
  .map((d) => `${d} !important;`)
  .join(' ');

let cardIds = 0;

/**
 * The hover card: opened by hover intent, a click, the keyboard command or the popup; shown in
 * the top layer from its own shadow root, so neither page CSS nor a strict CSP can hide it.
 */
export function createHoverCard({ window: win, marker, actions }: HoverCardOptions): CardController {
  const doc = win.document;
  let host: HTMLElement | null = null;
  let panel: HTMLDivElement | null = null;
  let shadow: ShadowRoot | null = null;
  let placed: PlacedCard | null = null;
  let returnFocus: Element | null = null;
  let pointer = { x: 0, y: 0, t: 0, speed: 0, overCard: false };
  let frame = 0;
  const titleId = `muse-spark-card-title-${++cardIds}`;

  const intent = new HoverIntent<Mention>({
    open: (mention) => show(mention),
    close: () => hide(),
  });

  function ensureHost(): HTMLDivElement {
    if (host && panel && host.isConnected) return panel;
    host = doc.createElement(UI_HOST_TAG);
    host.setAttribute('popover', 'manual');
    host.style.cssText = `${HOST_STYLE} display: none !important;`;
    // Open, so assistive tech tooling (and tests) can read the card; it holds only public data.
    shadow = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(cardCss);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // No constructed stylesheets: the card still works, unstyled.
    }
    panel = doc.createElement('div');
    panel.className = 'card';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', titleId);
    panel.tabIndex = -1;
    shadow.append(panel);
    host.addEventListener('pointerenter', () => intent.enterCard());
    host.addEventListener('pointerleave', () => intent.leaveCard());
    // Outside the page's content: the document element, not the body the page may re-render.
    doc.documentElement.append(host);
    return panel;
  }

  function show(mention: Mention): void {
    const term = termById.get(mention.termId);
    if (!term) return;
    const target = ensureHost();
    render(<CardContent term={term} actions={wrapActions()} titleId={titleId} />, target);
    placed?.stop();
    host!.style.setProperty('display', 'block', 'important');
    try {
      if (!host!.matches(':popover-open')) host!.showPopover();
    } catch {
      // No popover support: the fixed-position host with the top z-index still shows.
    }
    placed = placeCard(host!, liveRange(doc, mention), pointer.t ? { x: pointer.x, y: pointer.y } : null);
  }

  function hide(): void {
    placed?.stop();
    placed = null;
    if (!host) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
    } catch {
      // Already hidden.
    }
    const focusBack = returnFocus as HTMLElement | null;
    returnFocus = null;
    // Not :focus-within, which only matches while the window itself has focus.
    if (doc.activeElement === host) {
      // Back to where the reader was; from the page itself (the body), simply out of the card.
      if (focusBack && focusBack !== doc.body && focusBack.isConnected) focusBack.focus({ preventScroll: true });
      else (shadow?.activeElement as HTMLElement | null)?.blur();
    }
    host.style.setProperty('display', 'none', 'important');
  }

  function wrapActions(): CardActions {
    return {
      openBriefing: () => {
        intent.dismiss();
        actions.openBriefing();
      },
      offOnThisSite: () => {
        intent.dismiss();
        actions.offOnThisSite();
      },
    };
  }

  const isInCard = (e: Event) => host !== null && e.composedPath().includes(host);

  function onPointerMove(e: PointerEvent): void {
    const dt = e.timeStamp - pointer.t;
    const dist = Math.hypot(e.clientX - pointer.x, e.clientY - pointer.y);
    pointer = {
      x: e.clientX,
      y: e.clientY,
      t: e.timeStamp,
      speed: dt > 0 ? dist / dt : 0,
      overCard: isInCard(e),
    };
    // At most one hit test per frame, however many events arrive.
    if (!frame) frame = win.requestAnimationFrame(checkPointer);
  }

  function checkPointer(): void {
    frame = 0;
    if (pointer.overCard || !marker.isRunning) return;
    const hit = mentionAtPoint(doc, pointer.x, pointer.y, marker.registry, marker.shadowRoots);
    const visible = hit && marker.visibleCategories.has(hit.mention.category) ? hit.mention : null;
    intent.pointerOver(visible, pointer.speed);
  }

  function onClick(e: MouseEvent): void {
    if (isInCard(e) || !marker.isRunning) return;
    const hit = mentionAtPoint(doc, e.clientX, e.clientY, marker.registry, marker.shadowRoots);
    if (hit && marker.visibleCategories.has(hit.mention.category)) {
      pointer = { ...pointer, x: e.clientX, y: e.clientY, t: e.timeStamp };
      intent.pin(hit.mention);
    } else if (intent.current) {
      intent.dismiss();
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && intent.current) intent.dismiss();
  }

  const listenOptions = { capture: true, passive: true } as const;
  win.addEventListener('pointermove', onPointerMove, listenOptions);
  win.addEventListener('click', onClick, listenOptions);
  win.addEventListener('keydown', onKeyDown, listenOptions);

  return {
    openFor(mention, { focus }) {
      if (focus) returnFocus = doc.activeElement;
      pointer = { ...pointer, t: 0 };
      intent.pin(mention);
      if (focus) panel?.focus({ preventScroll: true });
    },
    sync() {
      // The open card's mention went away with a page change: the card goes too.
      const current = intent.current;
      if (current && !(marker.registry.has(current) && marker.visibleCategories.has(current.category))) {
        intent.dismiss();
      }
    },
    close() {
      intent.dismiss();
    },
    destroy() {
      intent.dismiss();
      win.removeEventListener('pointermove', onPointerMove, listenOptions);
      win.removeEventListener('click', onClick, listenOptions);
      win.removeEventListener('keydown', onKeyDown, listenOptions);
      if (frame) win.cancelAnimationFrame(frame);
      if (panel) render(null, panel);
      host?.remove();
      host = null;
      panel = null;
    },
  };
}
