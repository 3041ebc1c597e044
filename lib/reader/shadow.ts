import { DOCUMENT_FRAGMENT_NODE } from './node-types';

/**
 * `node`, then the host of each shadow tree it sits in, out to the document's own tree: each with the
 * root of the tree it is in.
 */
export function* outThroughHosts(node: Node): Generator<{ node: Node; root: Node }> {
  for (let n: Node | null = node; n;) {
    const root = n.getRootNode();
    yield { node: n, root };
    n = root.nodeType === DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host : null;
  }
}

/** Elements looked at per step while looking for shadow hosts, so a huge page is searched in slices. */
const HOST_SEARCH_STEP = 512;

/**
 * Every element that is not one of the common standard ones: a custom element's name is never one
 * of them. The browser matches this selector in native code over a whole page at a fifth of the
 * cost of the XPath search for a hyphen in a name, and only what it returns is looked at in script.
 * Each element is tried against the names in turn until one fits, so the most common come first (a
 * table's cells last made the search several times slower: docs/performance.md). The list only decides
 * speed, never what is found: an element it misses (a rare tag, an SVG name in camel case) is returned,
 * then passed over.
 */
const NOT_STANDARD = `:not(${[
  'div span a p li td tr button time img i b em strong br ul ol h1 h2 h3 h4 h5 h6 section article main header',
  'footer nav aside th tbody thead table figure figcaption picture source small sup sub blockquote q cite code',
  'pre kbd samp var abbr mark del ins s u caption tfoot colgroup col dl dt dd hr label input select option',
  'optgroup textarea form fieldset legend output progress meter details summary dialog menu address data dfn',
  'bdi bdo wbr ruby rt rp iframe video audio track canvas map area embed object param noscript script style',
  'template slot link meta base title head body html hgroup search font center nobr tt big strike acronym',
  'svg g path circle rect line polyline polygon ellipse use defs symbol stop text tspan mask image desc math',
]
  .join(' ')
  .split(' ')
  .join(',')})`;

/**
 * Whether `root` is or holds an element with a hyphen in its name, a custom element's (or an SVG one's):
 * the quick look's question (lib/extension/quick-look.ts), found as natively as `customElementsIn` finds them.
 */
export function holdsCustomElement(root: Element): boolean {
  if (root.localName.includes('-')) return true;
  for (const el of root.querySelectorAll(NOT_STANDARD)) if (el.localName.includes('-')) return true;
  return false;
}

/**
 * Elements with a hyphen in their name under `root` (null now and then, as a chance to pause).
 * Works from a document, an element or a shadow root.
 */
export function* customElementsIn(root: Node): Generator<Element | null> {
  const found = (root as ParentNode).querySelectorAll?.(NOT_STANDARD) ?? [];
  for (let i = 0; i < found.length; i++) {
    if (i % HOST_SEARCH_STEP === 0) yield null;
    if (found[i]!.localName.includes('-')) yield found[i]!;
  }
}
