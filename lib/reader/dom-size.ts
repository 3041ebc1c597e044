import { ELEMENT_NODE, SHOW_ELEMENT } from './node-types';

/** Cheap measures of a part of the page, none of which counts a whole subtree natively. */

/** Whether `root` is a whole page (its body or root element), which may be huge, not a part of one. */
export function isWholePage(root: Node): boolean {
  const doc = root.ownerDocument;
  return doc !== null && (root === doc.body || root === doc.documentElement);
}

/**
 * Ends `range` after all of `parent`'s content, at the end of its last child, so that none of its
 * children are counted (`childNodes.length` steps through them all: 5 ms for the huge page's article).
 */
export function setEndAfterContent(range: Range, parent: Node): void {
  const last = parent.lastChild;
  if (!last) range.setEnd(parent, 0);
  else if (last.nodeType === ELEMENT_NODE) range.setEnd(last, last.childNodes.length);
  else range.setEnd(last, (last as CharacterData).length ?? 0);
}

/** Sets `range` from the start of `from` to the start of `end`, or without `end` to the end of `parent`'s content. */
export function setBetween(range: Range, from: Node, end: Node | null, parent: Node): void {
  range.setStart(from, 0);
  if (end) range.setEnd(end, 0);
  else setEndAfterContent(range, parent);
}

/**
 * Whether `el` holds more than `count` elements, found by stepping through at most that many.
 * (`getElementsByTagName('*').length` counts the whole subtree: several milliseconds on a big page.
 * Its item at index `count`, as the quick look asks, steps no further natively, but here it measured
 * no faster than this walk over a page's few big parts: docs/performance.md, "Tried and dropped".)
 */
export function holdsMoreThan(el: Element, count: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT);
  for (let i = 0; i <= count; i++) if (!walker.nextNode()) return false;
  return true;
}

/** Whether `el` has at least `count` child elements, found without counting them all. */
export function hasChildren(el: Element, count: number): boolean {
  let child = el.firstElementChild;
  for (let i = 1; i < count && child; i++) child = child.nextElementSibling;
  return child !== null;
}
