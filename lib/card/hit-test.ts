import { isText } from '../reader/node-types';
import type { Mention } from '../marker/mentions';
import type { MentionRegistry } from '../marker/mention-registry';

export interface Hit {
  mention: Mention;
  /** The line box of the mention under the pointer (a wrapped mention has several). */
  rect: DOMRect;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node under a point, from the browser's own hit testing (no walk over the page). */
function textNodeAt(doc: CaretDoc, x: number, y: number, shadowRoots: ShadowRoot[]): Node | null {
  if (doc.caretPositionFromPoint) {
    return doc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined)?.offsetNode ?? null;
  }
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

/** A measurable Range for a mention (a StaticRange cannot report its boxes). */
export function liveRange(doc: Document, m: Mention): Range {
  const r = doc.createRange();
  r.setStart(m.range.startContainer, m.range.startOffset);
  r.setEnd(m.range.endContainer, m.range.endOffset);
  return r;
}

/**
 * The mention under the point, if any: the text node under the pointer, the few mentions indexed
 * on that node, and a check that the point is inside one of their line boxes (the caret APIs
 * return the nearest text even when the pointer is in a margin).
 */
export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  registry: MentionRegistry,
  shadowRoots: ShadowRoot[] = [],
): Hit | null {
  if (registry.size === 0) return null;
  const node = textNodeAt(doc as CaretDoc, x, y, shadowRoots);
  if (!node || !isText(node)) return null;
  for (const mention of registry.at(node)) {
    const rects = liveRange(doc, mention).getClientRects();
    for (const rect of rects) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
        return { mention, rect };
      }
    }
  }
  return null;
}
