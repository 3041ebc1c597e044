/**
 * DOM node types and tree-walker filters by name. The DOM's own constants (`Node.ELEMENT_NODE`) are
 * properties of the window a module runs in, which a module handed another window should not assume.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_FRAGMENT_NODE = 11;

export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const SHOW_CDATA_SECTION = 0x8;

/** Bits of `compareDocumentPosition`. */
export const DOCUMENT_POSITION_DISCONNECTED = 0x1;
export const DOCUMENT_POSITION_FOLLOWING = 0x4;
export const DOCUMENT_POSITION_CONTAINED_BY = 0x10;

export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
export const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;

/** The nearest element matching `selector` from a node up (from its parent, for a text node). */
export function closestElement(node: Node, selector: string): Element | null {
  const el = isElement(node) ? node : node.parentElement;
  return el?.closest(selector) ?? null;
}
