/**
 * Reads a page's text the way a reader sees it: as runs of text that belong to one block
 * (a paragraph, a heading, a table cell), so "<a>Muse</a> Spark" is one run and a heading never
 * joins the paragraph below it. Framework-free; works on any Document, ShadowRoot or Element.
 */

/** Never read: not prose, or the reader's own input. */
const ALWAYS_SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
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

export interface TextSegment {
  node: Text;
  /** Where this node's text starts in the run's text. */
  start: number;
}

export interface TextRun {
  /** The block that holds the run: what a rescan after a change starts from. */
  block: Node;
  text: string;
  segments: TextSegment[];
}

export interface ReadOptions {
  scanCode: boolean;
  /** Subtrees the extension owns (its card host), never read. */
  isOwnUi?: (el: Element) => boolean;
}

export type ReadItem = { kind: 'run'; run: TextRun } | { kind: 'shadow-root'; root: ShadowRoot };

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';
const SKIPPED_SELECTOR = [...ALWAYS_SKIPPED, EDITABLE_SELECTOR].join(',');
const CODE_SELECTOR = [...CODE].join(',');

function isSkipped(el: Element, options: ReadOptions): boolean {
  const name = el.localName;
  if (ALWAYS_SKIPPED.has(name)) return true;
  if (!options.scanCode && CODE.has(name)) return true;
  if (el.matches(EDITABLE_SELECTOR)) return true;
  return options.isOwnUi?.(el) ?? false;
}

/** True when `node` sits inside something that is never read (so a rescan there reads nothing). */
export function isInsideSkipped(node: Node, options: ReadOptions): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && isSkipped(n as Element, options)) return true;
    if (n.nodeType === 11) return isInsideSkipped((n as ShadowRoot).host ?? null, options);
  }
  return false;
}

// Every standard HTML element name: anything else is a custom element, and may host a shadow root.
const STANDARD_TAGS =
  'html head body div span p a abbr address area article aside audio b base bdi bdo blockquote br button canvas ' +
  'caption cite code col colgroup data datalist dd del details dfn dialog dl dt em embed fieldset figcaption ' +
  'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr i iframe img input ins kbd label legend li link main map ' +
  'mark menu meta meter nav noscript object ol optgroup option output picture pre progress q rp rt ruby s samp ' +
  'script search section select slot small source strong style sub summary sup table tbody td template textarea ' +
  'tfoot th thead time title tr track u ul var video wbr svg math font center big tt strike nobr acronym';
const CUSTOM_ELEMENT_SELECTOR = `:not(${STANDARD_TAGS.split(' ').join(',')}):not(svg *):not(math *)`;

interface ParentInfo {
  block: Node;
  skipped: boolean;
}

/**
 * Walks `root` in document order and yields each block's run of text, and each open shadow root
 * (whose own text follows as runs). A generator, so the caller can stop at a time budget and
 * resume on the next slice.
 *
 * Only text nodes are visited. What an element means for them (its block, whether it is skipped)
 * is worked out once per parent element and cached, and the few elements that matter (skipped
 * subtrees, line breaks, shadow hosts) are found up front by the browser's selector engine. That
 * keeps the walk close to the cost of reading the text at all.
 */
export function* readTextRuns(root: Node, options: ReadOptions): Generator<ReadItem> {
  const doc = root.ownerDocument ?? (root as Document);
  const scope = root as ParentNode;
  const skipped = new Set<Element>(scope.querySelectorAll(SKIPPED_SELECTOR));
  if (!options.scanCode) for (const el of scope.querySelectorAll(CODE_SELECTOR)) skipped.add(el);
  const info = new Map<Node, ParentInfo>();
  const infoOf = (parent: Node): ParentInfo => {
    let found = info.get(parent);
    if (found) return found;
    if (parent.nodeType !== 1) {
      found = { block: parent, skipped: false };
    } else {
      const el = parent as Element;
      const up = el !== root && el.parentNode ? infoOf(el.parentNode) : null;
      const here = skipped.has(el) || (options.isOwnUi?.(el) ?? false);
      found = { block: INLINE.has(el.localName) && up ? up.block : el, skipped: here || (up?.skipped ?? false) };
    }
    info.set(parent, found);
    return found;
  };

  // A line break separates the words on either side of it: note the text node after each one.
  const afterBreak = new Set<Node>();
  const lineBreaks = scope.querySelectorAll('br');
  if (lineBreaks.length) {
    const w = doc.createTreeWalker(root, 0x4);
    for (const br of lineBreaks) {
      w.currentNode = br;
      const next = w.nextNode();
      if (next) afterBreak.add(next);
    }
  }

  // Open shadow roots, read in document order between the runs around their hosts.
  const hosts = [...scope.querySelectorAll(CUSTOM_ELEMENT_SELECTOR)].filter((el) => el.shadowRoot);
  let nextHost = 0;
  const hostIsBefore = (node: Node | null) =>
    nextHost < hosts.length && (node === null || (hosts[nextHost]!.compareDocumentPosition(node) & 4) !== 0);

  const walker = doc.createTreeWalker(root, 0x4);
  let text = '';
  let segments: TextSegment[] = [];
  let block: Node | null = null;
  let lastParent: Node | null = null;
  let lastInfo: ParentInfo = { block: root, skipped: false };

  for (let node: Node | null = walker.nextNode(); ; node = walker.nextNode()) {
    if (hostIsBefore(node)) {
      if (block && segments.length) yield { kind: 'run', run: { block, text, segments } };
      text = '';
      segments = [];
      block = null;
      while (hostIsBefore(node)) {
        const host = hosts[nextHost++]!;
        if (infoOf(host).skipped || !host.shadowRoot) continue;
        yield { kind: 'shadow-root', root: host.shadowRoot };
        yield* readTextRuns(host.shadowRoot, options);
      }
    }
    if (!node) break;
    const parent = node.parentNode;
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      lastInfo = infoOf(parent);
    }
    if (lastInfo.skipped) continue;
    if (lastInfo.block !== block) {
      if (block && segments.length) yield { kind: 'run', run: { block, text, segments } };
      text = '';
      segments = [];
      block = lastInfo.block;
    } else if (afterBreak.has(node)) {
      text += '\n';
    }
    segments.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  if (block && segments.length) yield { kind: 'run', run: { block, text, segments } };
}

/** The text node and offset for a position in a run; an end position maps to the end of the text before it. */
export function locate(run: TextRun, pos: number, isEnd: boolean): { node: Text; offset: number } {
  const segs = run.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid]!.start;
    if (s < pos || (!isEnd && s === pos)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  return { node: seg.node, offset: Math.min(pos - seg.start, seg.node.data.length) };
}
