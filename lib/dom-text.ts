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

/** Whether an element flows inside a line (so its text joins the block around it). */
export const isInline = (el: Element): boolean => INLINE.has(el.localName);

/**
 * The block a node's text belongs to, by the same rule the reader uses (never above `within`,
 * when given): a change inside a paragraph rescans that paragraph, and finds the marks the first
 * read gave it.
 */
export function blockAncestor(node: Node, within?: Node): Node {
  let n: Node = node.nodeType === 1 ? node : (node.parentNode ?? node);
  while (n !== within && n.nodeType === 1 && isInline(n as Element) && n.parentNode) n = n.parentNode;
  return n;
}

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
  /**
   * A cheap test of one text node's text: false means no mention can start in it. Runs none of
   * whose nodes pass are skipped without being joined into a string.
   */
  mayContain?: (text: string) => boolean;
}

export type ReadItem = { kind: 'run'; run: TextRun } | { kind: 'shadow-root'; root: ShadowRoot } | { kind: 'progress' };

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';

function isSkipped(el: Element, options: ReadOptions): boolean {
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
    if (n.nodeType === 1 && isSkipped(n as Element, options)) return true;
    if (n === within) return false;
    if (n.nodeType === 11) return isInsideSkipped((n as ShadowRoot).host ?? null, options);
  }
  return false;
}

interface ParentInfo {
  block: Node;
  skipped: boolean;
}

/** Elements looked at per step while looking for shadow hosts, so a huge page is searched in slices. */
const HOST_SEARCH_STEP = 512;
/** Blocks passed over (nothing to find) between chances for the caller to check its time budget. */
const PROGRESS_EVERY = 64;

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;

/**
 * Walks `root` in document order and yields each block's run of text, then each open shadow root
 * (whose own text follows as runs). A generator, so the caller can stop at a time budget and
 * resume on the next slice; `progress` items mark long stretches with nothing to report.
 */
export function* readTextRuns(root: Node, options: ReadOptions): Generator<ReadItem> {
  if (options.mayContain) yield* candidateBlocks(root, options, options.mayContain);
  else yield* runsIn(root, options);
  yield* shadowRootsIn(root, options);
}

/** Text nodes passed over (nothing to find) between chances for the caller to check its time budget. */
const PROGRESS_EVERY_NODES = 256;

/**
 * Reads only the blocks that may hold a mention, found from their text nodes' text alone: no
 * element is looked at until a text node passes the quick test (or touches the one before it
 * mid-word, as in "Health<b>Bench</b>"). Each such block is then read whole, so a mention that
 * runs across its inline elements is found. On most pages this is little more than the cost of
 * reading the text at all.
 */
function* candidateBlocks(
  root: Node,
  options: ReadOptions,
  mayContain: (text: string) => boolean,
): Generator<ReadItem> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  let read: Node | null = null;
  let endsMidWord = false;
  let passed = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const joins = endsMidWord && isWordChar(data.charCodeAt(0));
    endsMidWord = isWordChar(data.charCodeAt(data.length - 1));
    if (!joins && !mayContain(data)) {
      if (++passed >= PROGRESS_EVERY_NODES) {
        passed = 0;
        yield { kind: 'progress' };
      }
      continue;
    }
    if (read?.contains(node)) continue;
    const block = blockAncestor(node, root);
    if (isInsideSkipped(node.parentNode, options, root)) continue;
    read = block;
    passed = 0;
    yield* runsIn(block, options);
  }
}

/**
 * Open shadow roots under `root`, and their text. Only custom elements host them in practice, and
 * their names have a hyphen. Searched apart from the text, whose tests cannot see inside them.
 */
function* shadowRootsIn(root: Node, options: ReadOptions): Generator<ReadItem> {
  for (const el of customElementsIn(root)) {
    if (!el) {
      yield { kind: 'progress' };
      continue;
    }
    const shadow = el.shadowRoot;
    if (!shadow || isInsideSkipped(el, options, root)) continue;
    yield { kind: 'shadow-root', root: shadow };
    yield* readTextRuns(shadow, options);
  }
}

/**
 * Elements with a hyphen in their name under `root` (null now and then, as a chance to pause).
 * Found by XPath where it works, which looks at every element in native code; a loop over all
 * elements otherwise (XPath cannot start inside a shadow tree in every browser).
 */
function* customElementsIn(root: Node): Generator<Element | null> {
  const doc = root.ownerDocument ?? (root as Document);
  let found: XPathResult | null = null;
  try {
    if (root.nodeType === 1 && typeof doc.evaluate === 'function') {
      found = doc.evaluate(".//*[contains(local-name(), '-')]", root, null, 7 /* ORDERED_NODE_SNAPSHOT */, null);
    }
  } catch {
    found = null;
  }
  if (found) {
    for (let i = 0; i < found.snapshotLength; i++) yield found.snapshotItem(i) as Element;
    return;
  }
  const all = (root as Document | Element).getElementsByTagName?.('*') ?? (root as ParentNode).querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    if (i % HOST_SEARCH_STEP === 0) yield null;
    if (all[i]!.localName.includes('-')) yield all[i]!;
  }
}

/**
 * The runs of text under `root`, in document order. Only text nodes are visited. What an element
 * means for them (its block, whether it is skipped) is worked out once per parent element and
 * cached, so the walk stays close to the cost of reading the text at all.
 */
function* runsIn(root: Node, options: ReadOptions): Generator<ReadItem> {
  const doc = root.ownerDocument ?? (root as Document);
  const info = new Map<Node, ParentInfo>();
  const infoOf = (parent: Node): ParentInfo => {
    let found = info.get(parent);
    if (found) return found;
    if (parent.nodeType !== 1) {
      found = { block: parent, skipped: false };
    } else {
      const el = parent as Element;
      const up = el !== root && el.parentNode ? infoOf(el.parentNode) : null;
      found = {
        block: INLINE.has(el.localName) && up ? up.block : el,
        skipped: (up?.skipped ?? false) || isSkipped(el, options),
      };
    }
    info.set(parent, found);
    return found;
  };

  const walker = doc.createTreeWalker(root, 0x4);
  const mayContain = options.mayContain;
  // The current run's nodes and their text, kept in reused arrays: a run is only joined into one
  // string when it may hold a mention, so most of a page is read without building anything.
  const nodes: Text[] = [];
  const datas: string[] = [];
  const breaks: boolean[] = [];
  let candidate = false;
  let block: Node | null = null;
  let lastParent: Node | null = null;
  let lastInfo: ParentInfo = { block: root, skipped: false };
  let sinceYield = 0;

  const takeRun = (): TextRun | null => {
    let run: TextRun | null = null;
    if (block && nodes.length && (candidate || !mayContain)) {
      let text = '';
      const segments: TextSegment[] = [];
      for (let i = 0; i < nodes.length; i++) {
        if (breaks[i]) text += '\n';
        segments.push({ node: nodes[i]!, start: text.length });
        text += datas[i]!;
      }
      run = { block, text, segments };
    }
    nodes.length = 0;
    datas.length = 0;
    breaks.length = 0;
    candidate = false;
    return run;
  };

  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentNode;
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      lastInfo = infoOf(parent);
    }
    if (lastInfo.skipped) continue;
    const data = node.data;
    let lineBreak = false;
    if (lastInfo.block !== block) {
      const run = takeRun();
      if (run) {
        sinceYield = 0;
        yield { kind: 'run', run };
      } else if (++sinceYield >= PROGRESS_EVERY) {
        sinceYield = 0;
        yield { kind: 'progress' };
      }
      block = lastInfo.block;
    } else if (nodes.length) {
      const before = datas[datas.length - 1]!;
      if (isWordChar(before.charCodeAt(before.length - 1)) && isWordChar(data.charCodeAt(0))) {
        // "Muse<br>Spark": the words touch in the text but not on screen.
        lineBreak = followsLineBreak(node);
        // A word split across elements ("Health<b>Bench</b>") hides from a per-node check.
        candidate = true;
      }
    }
    if (!candidate && mayContain?.(data)) candidate = true;
    nodes.push(node);
    datas.push(data);
    breaks.push(lineBreak);
  }
  const last = takeRun();
  if (last) yield { kind: 'run', run: last };
}

/** Whether a <br> stands just before this text node (directly, or before its inline wrapper). */
function followsLineBreak(node: Node): boolean {
  const prev = node.previousSibling ?? node.parentNode?.previousSibling;
  return prev !== null && prev !== undefined && prev.nodeName === 'BR';
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
