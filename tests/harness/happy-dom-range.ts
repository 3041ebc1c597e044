/**
 * Set-up for the DOM tests, where happy-dom's ranges differ from the DOM standard and browsers.
 *
 * 1. happy-dom's `Range#toString` compares every text node it passes with
 * the range's two ends, each comparison counting siblings: about 30 ms a call on a paragraph of 1,200
 * children, where browsers take microseconds. The reader tests long runs of children as one range's
 * text, so a live-blog test took 5 s instead of 0.5 s. This is the DOM standard's algorithm instead,
 * as browsers implement it: the text nodes from the first node the range holds to the first it does not.
 */
const TEXT = 3;

/** The node after `node` in tree order, its descendants skipped. */
function nextSkippingChildren(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** The node after `node` in tree order. */
function next(node: Node): Node | null {
  return node.firstChild ?? nextSkippingChildren(node);
}

const isCharacterData = (node: Node) =>
  node.nodeType === 3 || node.nodeType === 4 || node.nodeType === 7 || node.nodeType === 8;

Range.prototype.toString = function toString(this: Range): string {
  const { startContainer: start, startOffset, endContainer: end, endOffset } = this;
  if (start === end && start.nodeType === TEXT) return (start as Text).data.slice(startOffset, endOffset);
  const first = isCharacterData(start) ? start : (start.childNodes[startOffset] ?? nextSkippingChildren(start));
  const pastLast = isCharacterData(end)
    ? nextSkippingChildren(end)
    : (end.childNodes[endOffset] ?? nextSkippingChildren(end));
  let text = '';
  for (let n = first; n && n !== pastLast; n = next(n)) {
    if (n.nodeType !== TEXT) continue;
    const data = (n as Text).data;
    text +=
      n === start
        ? data.slice(startOffset, n === end ? endOffset : undefined)
        : n === end
          ? data.slice(0, endOffset)
          : data;
  }
  return text;
};

/**
 * 2. happy-dom's ranges stay where they were when a node holding one of their ends is removed. By the
 * standard (a live range's "pre-remove steps"), and in browsers, that end moves to where the node
 * was in its parent; the reader relies on it to find its place again when a page removes the child
 * it was to read next. Done here for ranges made by `createRange` and nodes removed by `removeChild`
 * (which `remove()` calls), the two the tests use.
 */
const liveRanges = new Set<WeakRef<Range>>();
// happy-dom's document class has its own `createRange`, not Document's.
let rangeMaker: { createRange(): Range } = document;
while (!Object.prototype.hasOwnProperty.call(rangeMaker, 'createRange')) rangeMaker = Object.getPrototypeOf(rangeMaker);
const createRange = rangeMaker.createRange;
rangeMaker.createRange = function (this: Document): Range {
  const range = createRange.call(this);
  liveRanges.add(new WeakRef(range));
  return range;
};

const removeChild = Node.prototype.removeChild;
Node.prototype.removeChild = function <T extends Node>(this: Node, child: T): T {
  if (child.parentNode === this) {
    const index = Array.prototype.indexOf.call(this.childNodes, child);
    /** Where a boundary goes once `child` is removed: to the child's place if inside it, one back if after it. */
    const movedBoundary = (container: Node, offset: number): number | null =>
      child.contains(container) ? index : container === this && offset > index ? offset - 1 : null;
    for (const ref of liveRanges) {
      const range = ref.deref();
      if (!range) {
        liveRanges.delete(ref);
        continue;
      }
      const start = movedBoundary(range.startContainer, range.startOffset);
      const end = movedBoundary(range.endContainer, range.endOffset);
      // The end first when it moves: an end set before the start would collapse the range onto it.
      if (end !== null) range.setEnd(this, end);
      if (start !== null) range.setStart(this, start);
    }
  }
  return removeChild.call(this, child) as T;
};

/**
 * 3. Ranges that stay where they were made are StaticRanges, as the marks' ranges are in browsers
 * (lib/marker/mentions.ts). happy-dom has none, so the marks' ranges moved in the DOM tests (2.) where they
 * stay put in browsers: a plain one here.
 */
if (typeof globalThis.StaticRange !== 'function') {
  globalThis.StaticRange = class StaticRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      ({
        startContainer: this.startContainer,
        startOffset: this.startOffset,
        endContainer: this.endContainer,
        endOffset: this.endOffset,
      } = init);
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  } as unknown as typeof StaticRange;
}
