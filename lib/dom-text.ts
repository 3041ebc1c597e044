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

function isSkipped(el: Element, options: ReadOptions): boolean {
  const name = el.localName;
  if (ALWAYS_SKIPPED.has(name)) return true;
  if (!options.scanCode && CODE.has(name)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
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

/** Only elements can be skipped, so checking them by name is cheap; null host means a document. */
function blockOf(parent: Node, cache: Map<Node, Node>): Node {
  let block = cache.get(parent);
  if (block) return block;
  block = parent;
  while (block.nodeType === 1 && INLINE.has((block as Element).localName) && block.parentNode) {
    block = block.parentNode;
  }
  cache.set(parent, block);
  return block;
}

/**
 * Walks `root` in document order and yields each block's run of text, and each open shadow root
 * (whose own text follows as runs). A generator, so the caller can stop at a time budget and
 * resume on the next slice.
 */
export function* readTextRuns(root: Node, options: ReadOptions): Generator<ReadItem> {
  const doc = root.ownerDocument ?? (root as Document);
  // SHOW_ELEMENT | SHOW_TEXT; no filter callback, since a JS callback per node costs more than the walk.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  const blocks = new Map<Node, Node>();
  let text = '';
  let segments: TextSegment[] = [];
  let block: Node | null = null;
  let lastParent: Node | null = null;

  const flush = (): TextRun | null => {
    const run = block && segments.length ? { block, text, segments } : null;
    text = '';
    segments = [];
    block = null;
    lastParent = null;
    return run;
  };

  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const parent = node.parentNode;
      if (data.length && parent) {
        if (parent !== lastParent) {
          const b = blockOf(parent, blocks);
          if (b !== block) {
            const run = flush();
            if (run) yield { kind: 'run', run };
            block = b;
          }
          lastParent = parent;
        }
        segments.push({ node: node as Text, start: text.length });
        text += data;
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (isSkipped(el, options)) {
      node = nextOutside(walker, el);
      continue;
    }
    if (el.localName === 'br') {
      // A line break separates words on screen, so it separates them here.
      text += '\n';
    } else if (el.localName.includes('-') && el.shadowRoot) {
      const run = flush();
      if (run) yield { kind: 'run', run };
      yield { kind: 'shadow-root', root: el.shadowRoot };
      yield* readTextRuns(el.shadowRoot, options);
    }
    node = walker.nextNode();
  }
  const run = flush();
  if (run) yield { kind: 'run', run };
}

/** The node after `el`'s subtree in document order, within the walker's root. */
function nextOutside(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
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
