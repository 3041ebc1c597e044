import { render } from 'preact';
import cardCss from './card.css?inline';
import { CardContent, type CardSubject } from './CardContent';
import { liveRange } from '../../lib/card/hit-test';
import { placeCard, type PlacedCard } from '../../lib/card/placement';
import { modeNamedIn, termById } from '../../lib/text/terms';
import { UI_HOST_TAG } from '../../lib/card/ui-host';
import { copyText } from '../../lib/extension/clipboard';
import { UndoNotice } from '../shared/UndoNotice';
import type { CardView, CardViewOptions } from '../../lib/card/view-contract';
import type { Mention } from '../../lib/marker/mentions';
import { uiDirection, uiLocale, useMessages } from '../../lib/i18n/messages';
import { languageTag } from '../../lib/i18n/languages';

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
 * A host element for the top layer: its open shadow root with the card's styles, appended to the document
 * element (outside the page's content, which the page may re-render). The card and the undo notice each have one.
 */
function createHost(win: Window & typeof globalThis): { host: HTMLElement; shadow: ShadowRoot } {
  const doc = win.document;
  const host = doc.createElement(UI_HOST_TAG);
  host.setAttribute('popover', 'manual');
  host.style.cssText = `${HOST_STYLE} display: none !important;`;
  // Open, so assistive-technology tooling (and tests) can read the card; it holds only public data.
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // No constructed stylesheets: the card still works, unstyled.
  }
  doc.documentElement.append(host);
  return { host, shadow };
}

/**
 * The element the card's content renders into, marked with the language the card speaks and its
 * direction: a shadow tree takes both from the page around it otherwise (`all: initial` leaves
 * `direction` alone), so on an Arabic page an English card would be read as Arabic, laid out right to left.
 */
function createPanel(doc: Document, className: string): HTMLDivElement {
  const panel = doc.createElement('div');
  panel.className = className;
  speakIn(panel);
  return panel;
}

function speakIn(panel: HTMLElement): void {
  panel.lang = languageTag(uiLocale());
  panel.dir = uiDirection();
}

/** Shows a host in the top layer (or, without popover support, as a fixed element on top). */
function showHost(host: HTMLElement): void {
  host.style.setProperty('display', 'block', 'important');
  try {
    if (!host.matches(':popover-open')) host.showPopover();
  } catch {
    // No popover support: the fixed-position host with the top z-index still shows.
  }
}

function createCardHost(
  win: Window & typeof globalThis,
  titleId: string,
  onPointerEnter: () => void,
  onPointerLeave: () => void,
): { host: HTMLElement; shadow: ShadowRoot; panel: HTMLDivElement } {
  const { host, shadow } = createHost(win);
  const panel = createPanel(win.document, 'card');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-labelledby', titleId);
  panel.tabIndex = -1;
  shadow.append(panel);
  host.addEventListener('pointerenter', onPointerEnter);
  host.addEventListener('pointerleave', onPointerLeave);
  return { host, shadow, panel };
}

/**
 * The card on screen: a popover in the top layer from its own shadow root, so neither page CSS
 * nor a strict CSP can hide it; content rendered with Preact, placed with Floating UI.
 */
export function createCardView({
  window: win,
  actions,
  onPointerEnter,
  onPointerLeave,
  uiMessages,
}: CardViewOptions): CardView {
  const doc = win.document;
  const titleId = `muse-spark-card-title-${++cardIds}`;
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let panel: HTMLDivElement | null = null;
  let placed: PlacedCard | null = null;
  let returnFocus: Element | null = null;

  function ensureHost(): HTMLDivElement {
    if (host && panel && host.isConnected) return panel;
    ({ host, shadow, panel } = createCardHost(win, titleId, onPointerEnter, onPointerLeave));
    return panel;
  }

  const copy = (text: string) => copyText(doc, text, shadow ?? doc.body);
  const undo = undoNotice(win, () => actions.backOnThisSite());
  const cardActions = {
    ...actions,
    offOnThisSite: async () => {
      const hadFocus = doc.activeElement === host;
      const site = await actions.offOnThisSite();
      if (site) undo.show(site, hadFocus);
      return site;
    },
  };

  return {
    show(mention, pointer) {
      const subject = subjectOf(mention);
      if (!subject) return;
      // The reader may have chosen another language since the last card.
      useMessages(uiMessages());
      const target = ensureHost();
      speakIn(target);
      render(<CardContent subject={subject} actions={cardActions} titleId={titleId} onCopy={copy} />, target);
      placed?.stop();
      showHost(host!);
      placed = placeCard(host!, liveRange(doc, mention), pointer);
    },
    hide() {
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
    },
    focus() {
      returnFocus = doc.activeElement;
      panel?.focus({ preventScroll: true });
    },
    contains: (event) => host !== null && event.composedPath().includes(host),
    destroy() {
      placed?.stop();
      undo.destroy();
      if (panel) render(null, panel);
      host?.remove();
      host = null;
      panel = null;
    },
  };
}

/** What a mention's card is about: the figure it checks, or the term it names (with the mode it names). */
function subjectOf(mention: Mention): CardSubject | null {
  if (mention.claim) return { claim: mention.claim };
  const term = termById.get(mention.termId);
  return term ? { term, mode: modeNamedIn(mention.text) } : null;
}

/** How long "Off on this site" can be undone from the page. */
const UNDO_MS = 8000;

/**
 * The notice after "Off on this site": which site, and an Undo button, for a few seconds, at the foot of
 * the viewport in a host of its own (the card itself has closed). Focus moves to Undo when it was in the card.
 */
function undoNotice(win: Window & typeof globalThis, onUndo: () => void) {
  let made: { host: HTMLElement; panel: HTMLDivElement } | null = null;
  let timer = 0;
  const hide = () => {
    win.clearTimeout(timer);
    if (!made) return;
    render(null, made.panel);
    made.host.remove();
    made = null;
  };
  return {
    show(site: string, focus: boolean) {
      hide();
      const { host, shadow } = createHost(win);
      const panel = createPanel(win.document, 'notice-frame');
      shadow.append(panel);
      made = { host, panel };
      render(<UndoNotice site={site} look="card" onUndo={() => (hide(), onUndo())} onClose={hide} />, panel);
      // Bottom centre, clear of the edges; the host's inline styles keep page rules out.
      host.style.setProperty('top', 'auto', 'important');
      host.style.setProperty('bottom', '16px', 'important');
      host.style.setProperty('left', '50%', 'important');
      host.style.setProperty('transform', 'translateX(-50%)', 'important');
      showHost(host);
      if (focus) panel.querySelector('button')?.focus({ preventScroll: true });
      timer = win.setTimeout(hide, UNDO_MS);
    },
    destroy: hide,
  };
}
