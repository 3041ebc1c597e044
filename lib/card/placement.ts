import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';

/** Room the card keeps from every viewport edge. */
const VIEWPORT_MARGIN = 8;
/** Gap between the mention's line and the card. */
const GAP = 6;

export interface PlacedCard {
  stop(): void;
}

/**
 * Keeps the card beside its mention: below the hovered line (above when there is no room), shifted
 * to stay inside the viewport, shortened rather than spilling over the line, following scroll and
 * hidden while the mention is scrolled out of sight.
 */
export function placeCard(host: HTMLElement, range: Range, pointer: { x: number; y: number } | null): PlacedCard {
  const reference = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
  const set = (prop: string, value: string) => host.style.setProperty(prop, value, 'important');
  const update = () =>
    computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // For a mention wrapped over two lines, anchor to the line under the pointer.
        inline(pointer ?? undefined),
        offset(GAP),
        flip({ padding: VIEWPORT_MARGIN }),
        shift({ padding: VIEWPORT_MARGIN }),
        size({
          padding: VIEWPORT_MARGIN,
          apply: ({ availableHeight }) => set('max-height', `${Math.max(0, Math.floor(availableHeight))}px`),
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    })
      .then(({ x, y, middlewareData }) => {
        set('left', `${Math.round(x)}px`);
        set('top', `${Math.round(y)}px`);
        set('visibility', middlewareData.hide?.referenceHidden ? 'hidden' : 'visible');
      })
      .catch(() => {});
  const cleanup = autoUpdate(reference, host, update, { animationFrame: false });
  return { stop: cleanup };
}
