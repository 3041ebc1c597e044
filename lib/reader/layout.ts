import { ELEMENT_NODE } from './node-types';

/**
 * How the reader tells blocks from inline content: by tag name. An element that flows inside a line
 * joins its text to the block around it, so "<a>Muse</a> Spark" is one run; every other element
 * starts a block of its own, so a heading never joins the paragraph below it.
 */

/** Elements that flow inside a line; every other element starts a new block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'br',
  'acronym',
  'output',
  'slot',
]);

/** Whether an element flows inside a line (so its text joins the block around it). */
export const isInline = (el: Element): boolean => INLINE.has(el.localName);

/**
 * The block a node's text belongs to, by the same rule the reader uses (never above `within`,
 * when given): a change inside a paragraph rescans that paragraph, and finds the marks the first
 * read gave it.
 */
export function blockAncestor(node: Node, within?: Node): Node {
  let n: Node = node.nodeType === ELEMENT_NODE ? node : (node.parentNode ?? node);
  while (n !== within && n.nodeType === ELEMENT_NODE && isInline(n as Element) && n.parentNode) n = n.parentNode;
  return n;
}

/**
 * Whether the page lays out two touching text nodes of one block apart, although their elements are
 * inline by tag: an element that ends after the first or starts before the second is displayed as a
 * block, a flex or grid item, an inline-block chip, a table cell... (`<span class="rank">1</span>Muse
 * Spark`, a username in `<b style="display:block">`). Asks the page's styles, so it is only called where
 * a word join at that boundary may decide whether a name matches (lib/reader/runs.ts).
 */
export function laidOutApart(before: Node, after: Node): boolean {
  const win = after.ownerDocument?.defaultView;
  if (!win) return false;
  for (let el = before.parentElement; el && !el.contains(after); el = el.parentElement) {
    if (displayedApart(win, el)) return true;
  }
  for (let el = after.parentElement; el && !el.contains(before); el = el.parentElement) {
    if (displayedApart(win, el)) return true;
  }
  return false;
}

/** Whether an element's box breaks the line of text around it (anything but inline, or no box of its own). */
function displayedApart(win: Window, el: Element): boolean {
  const display = win.getComputedStyle(el).display;
  return display !== '' && display !== 'inline' && display !== 'contents';
}
