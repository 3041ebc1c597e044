import { autoUpdate, computePosition, flip, hide, inline, offset, shift } from '@floating-ui/dom';

/** Room the card keeps from every viewport edge. */
const VIEWPORT_MARGIN = 8;
/** Gap between the mention's line and the card. */
const GAP = 6;

/**
 * A whole-pixel position that keeps `size` inside `room` with the margin on both sides (the start side
 * wins when it cannot fit). Floating UI's shift does this too, but rounding, and in Firefox a boundary a
 * pixel off, could leave the card a fraction past the margin.
 */
function within(v: number, size: number, room: number): number {
  const max = Math.floor(room - VIEWPORT_MARGIN - size);
  return Math.max(VIEWPORT_MARGIN, Math.min(Math.round(v), max));
}

export interface PlacedCard {
  stop(): void;
}

/**
 * Keeps the card beside its mention: below the hovered line (above when there is more room there),
 * shifted to stay whole inside the viewport, following scroll and hidden while the mention is scrolled
 * out of sight. Where neither side has room for the whole card (a short window, a page zoomed to 200 %),
 * it covers the mention rather than hide its own figures or buttons behind a scroll bar.
 */
export function placeCard(host: HTMLElement, range: Range, pointer: { x: number; y: number } | null): PlacedCard {
  const reference = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
  const set = (prop: string, value: string) => host.style.setProperty(prop, value, 'important');
  const update = () => {
    // The whole viewport's height, not the room beside the mention: only a tiny window scrolls the card.
    set('max-height', `${Math.max(0, (host.ownerDocument.defaultView?.innerHeight ?? 0) - 2 * VIEWPORT_MARGIN)}px`);
    return computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // For a mention wrapped over two lines, anchor to the line under the pointer.
        inline(pointer ?? undefined),
        offset(GAP),
        flip({ padding: VIEWPORT_MARGIN }),
        shift({ padding: VIEWPORT_MARGIN, crossAxis: true }),
        hide({ strategy: 'referenceHidden' }),
      ],
    })
      .then(({ x, y, middlewareData }) => {
        const win = host.ownerDocument.defaultView!;
        const { width, height } = host.getBoundingClientRect();
        set('left', `${within(x, width, win.innerWidth)}px`);
        set('top', `${within(y, height, win.innerHeight)}px`);
        set('visibility', middlewareData.hide?.referenceHidden ? 'hidden' : 'visible');
      })
      .catch(() => {});
  };
  const cleanup = autoUpdate(reference, host, update, { animationFrame: false });
  return { stop: cleanup };
}
