import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE } from './node-types';
import type { ReadOptions } from './types';

/**
 * Elements whose text is the page's data, never its prose: a page's inline data (a live blog's posts as
 * JSON, a framework's state) can run to megabytes. The quick look leaves them out too
 * (lib/extension/quick-look.ts).
 */
export const NOT_PROSE: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** Never read: not prose, or the reader's own input. */
const ALWAYS_SKIPPED = new Set([
  ...NOT_PROSE,
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);
/** Skipped unless the reader asks for code to be scanned. */
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';

/** Whether an element and everything in it is never read. */
export function isSkipped(el: Element, options: ReadOptions): boolean {
  const name = el.localName;
  if (ALWAYS_SKIPPED.has(name)) return true;
  if (!options.scanCode && CODE.has(name)) return true;
  if (el.hasAttribute('contenteditable') && el.matches(EDITABLE_SELECTOR)) return true;
  return options.isOwnUi?.(el) ?? false;
}

/**
 * True when `node` sits inside something that is never read (so a rescan there reads nothing):
 * up through shadow hosts to the document, or only up to `within` (itself included) when the
 * caller knows that far up is read.
 */
export function isInsideSkipped(node: Node | null, options: ReadOptions, within?: Node): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && isSkipped(n as Element, options)) return true;
    if (n === within) return false;
    if (n.nodeType === DOCUMENT_FRAGMENT_NODE) return isInsideSkipped((n as ShadowRoot).host ?? null, options);
  }
  return false;
}
