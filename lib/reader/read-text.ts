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
  /**
   * The same test for the text of a whole part of the page, all its text nodes run together: false
   * means no mention can start anywhere in it. With it, big pages are read in parts (see `sieve`).
   */
  mayHold?: (text: string) => boolean;
  /**
   * Where that test finds a first word in `text`, each as [start, end): a changed part is read where
   * they are. Parts are sieved only when both tests are given.
   */
  holdsAt?: (text: string) => [number, number][];
  /** Parts with more elements than this are sieved; for tests. */
  sieveAbove?: number;
}

/**
 * What a read yields: a run of text, an open shadow root, `progress` (a long stretch with nothing
 * to report: a chance to check the time), or `pause`: one long native call comes next, and a caller
 * reading in time slices should start it in a slice of its own.
 */
export type ReadItem =
  { kind: 'run'; run: TextRun } | { kind: 'shadow-root'; root: ShadowRoot } | { kind: 'progress' } | { kind: 'pause' };

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
const startsInWord = (text: string) => isWordChar(text.charCodeAt(0));
const endsInWord = (text: string) => isWordChar(text.charCodeAt(text.length - 1));

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
 * A text node this long is first checked for a skipped ancestor, then searched: prose rarely runs
 * this long in one node, while a script's inline data (a live blog's posts as JSON, a framework's
 * page state) often runs to hundreds of kilobytes, which the quick test would otherwise scan whole.
 * Below it, the test costs less than the check.
 */
const LONG_TEXT = 1024;

/**
 * A part of the page with more elements than this is not read node by node: each of its children
 * is first tested as a whole (see `sieve`). Below it, one walk costs less than the tests.
 */
const SIEVE_ABOVE_ELEMENTS = 64;
/**
 * A parent with this many children is taken for a list of paragraphs or items, each small; among
 * them only a child with this many children of its own is measured.
 */
const MANY_CHILDREN = 16;
/**
 * A part read because it changed is first tested whole when it has at most this many elements
 * (a few hundred paragraphs: one call of a few milliseconds at most).
 */
const WHOLE_PART_TEST_UP_TO = 2048;
/** How deep sieving goes into a big part before walking the rest of it. */
const MAX_SIEVE_DEPTH = 32;
/** Children searched together as one run, among many: the run doubles while it names nothing... */
const FIRST_RUN = 8;
/** ...up to this many children... */
const MAX_RUN = 64;
/** ...while its text stays under this many characters, so no single search takes long. */
const RUN_TEXT = 32768;
/**
 * Where more than half a run's children name something, children are tested one by one (a test stops
 * at its first find, where a run's search goes through all its text) until this many in a row fail.
 */
const QUIET_BEFORE_RUNS = 8;
/** Children tested between chances for the caller to check its time budget (each may hold dozens of elements). */
const SIEVED_BETWEEN_PROGRESS = 8;

/** What a child of a sieved part needs (see `childNeeds`). */
const NOTHING = 0;
const WALK = 1;
const SIEVE = 2;
type ChildNeed = typeof NOTHING | typeof WALK | typeof SIEVE;

/** The tests of a part's text that let a big part be read in parts (see `ReadOptions`). */
interface PartTests {
  mayHold: (text: string) => boolean;
  holdsAt: (text: string) => [number, number][];
}

/** What the reader has seen so far, carried across the parts it skips. */
interface WalkState {
  /** The last block read whole: text inside it is done. */
  read: Node | null;
  /** Whether the text before ends inside a word, which the next text may continue ("Health<b>Bench</b>"). */
  endsMidWord: boolean;
  passed: number;
}

/**
 * Reads only the blocks that may hold a mention. A big part of the page is sieved: each child's
 * whole text is tested in one native call (no wrapper object for any node inside it, which in a
 * content script's isolated world is most of the cost of reading a page), and only children that
 * pass are walked. A walk tests each text node's own text (or whether it continues the word before
 * it) before any element is looked at, and reads a passing node's block whole, so a mention that
 * runs across inline elements is found.
 */
function* candidateBlocks(
  root: Node,
  options: ReadOptions,
  mayContain: (text: string) => boolean,
): Generator<ReadItem> {
  const doc = root.ownerDocument ?? (root as Document);
  const state: WalkState = { read: null, endsMidWord: false, passed: 0 };
  /** Whether `text` goes on with a word the text before it (read or passed over) ended in. */
  const joinsWordBefore = (text: string) => state.endsMidWord && startsInWord(text);
  const sieveAbove = options.sieveAbove ?? SIEVE_ABOVE_ELEMENTS;
  const partTests: PartTests | null =
    options.mayHold && options.holdsAt ? { mayHold: options.mayHold, holdsAt: options.holdsAt } : null;
  if (!partTests || root.nodeType !== 1) {
    yield* walk(root);
  } else if (isWholePage(root)) {
    // The whole page, which may be huge: sized by stepping through at most `sieveAbove` elements.
    yield* holdsMoreThan(root as Element, sieveAbove) ? sieve(root as Element, partTests, 0) : walk(root);
  } else {
    // A part read because it was added or changed: a post in a live blog, a comment, a ticking
    // clock. Most hold no name, and one native test of all their text says so at a third of the cost
    // of testing their children one by one. Counting its elements natively is quick at that size;
    // text is tested whole only where it stays small, so no single call takes long.
    const size = (root as Element).querySelectorAll('*').length;
    if (size > WHOLE_PART_TEST_UP_TO) {
      yield* sieve(root as Element, partTests, 0);
      return;
    }
    const text = (root as Element).textContent ?? '';
    if (size <= sieveAbove) {
      if (partTests.mayHold(text)) yield* walk(root);
      return;
    }
    // One search gives both the test and where to read: a part naming nothing yields no place.
    const places = partTests.holdsAt(text);
    if (places.length) yield* readWhereNamed(root as Element, root.firstChild, null, places, false, partTests, 0);
  }

  /**
   * Reads the children of `parent` from `first` up to `end` (or its last) where their text, run
   * together, names a term: the children holding the places a first word was found, each by where its
   * text falls in that text (a copy of the text of each child up to the last place, and no test of
   * it). Testing each child's text again, as a sieve does, made the benchmark's live blog (40 posts,
   * each naming two terms) cost 81 ms of script against 63 ms this way (medians of 12 loads,
   * alternating builds). With `continuesWord`, the text goes on from a word before it, so its first
   * child is read too. Returns how many children were named.
   */
  function* readWhereNamed(
    parent: Element,
    first: ChildNode | null,
    end: ChildNode | null,
    places: [number, number][],
    continuesWord: boolean,
    tests: PartTests,
    depth: number,
  ): Generator<ReadItem, number> {
    // The children first, in one go, while the page cannot change: the reads below may pause.
    const named: { child: ChildNode; start: number; end: number }[] = [];
    const at: [number, number][] = continuesWord ? [[0, 1], ...places] : places;
    let p = 0;
    let offset = 0; // where the next child's text starts in the text searched
    for (let child = first; child && child !== end && p < at.length; child = child.nextSibling) {
      const type = child.nodeType;
      const length =
        type === 3 || type === 4 ? (child as Text).data.length : type === 1 ? (child.textContent ?? '').length : 0;
      const childEnd = offset + length;
      while (p < at.length && at[p]![1] <= offset) p++;
      // A first word may run on from one child into the next ("Mu<b>se</b> Spark"): both are read.
      if (length && p < at.length && at[p]![0] < childEnd) named.push({ child, start: offset, end: childEnd });
      offset = childEnd;
    }
    let previousEnd = continuesWord ? 0 : -1;
    for (const { child, start, end: childEnd } of named) {
      // Removed or moved while the read paused: the page's observer hands that change back to be read.
      if (child.parentNode !== parent) continue;
      // A word runs on only into the text right after it; after text left unread, a walk starts afresh.
      if (start !== previousEnd) state.endsMidWord = false;
      previousEnd = childEnd;
      // Among a run's many siblings, or in a part small enough to be tested whole: a native count of
      // its children is quick either way.
      const need = child.nodeType === 1 ? elementNeeds(child as Element, true) : WALK;
      if (need !== NOTHING) yield* readPassing(child, need, tests, depth);
    }
    return named.length;
  }

  /** Sieves the children of `parent`, a part of the page with more than `sieveAbove` elements. */
  function* sieve(parent: Element, tests: PartTests, depth: number): Generator<ReadItem> {
    // Measuring a child costs about as much as testing it, so children are measured only where
    // one may be big: under a parent of few children (body > main > article), or a child with
    // many children of its own.
    const manyChildren = hasChildren(parent, MANY_CHILDREN);
    // Many children (an article's paragraphs, a list's items): a run of children is searched as one
    // range's text, which gives no object for any node in it but the run's two ends (each set at
    // offset 0 inside a child, found without counting the siblings before it). Where the search finds
    // a first word, the children holding it are found by their texts' lengths, and read: no text is
    // searched twice. Testing children one by one once a run named something (and until 32 in a
    // row named nothing), the benchmark's long article, naming a term every 20 paragraphs, cost 81.5
    // ms of script against 61.4 ms this way (thread time, medians of 12 loads, alternating builds).
    const kids = manyChildren ? parent.children : null;
    const range = manyChildren ? doc.createRange() : null;
    // Where the read goes on after a pause, should the page remove the child it was to read next:
    // a range's boundary inside a removed node moves to where the node was. Both ends are set inside
    // the child at once: setting one end alone, the browser compares it with the other, counting
    // siblings (the long article's read took up to a fifth longer).
    let place: Range | undefined;
    const holdPlace = (next: ChildNode | null) => {
      if (next) (place ??= doc.createRange()).selectNodeContents(next);
    };
    const heldPlace = (next: ChildNode | null): ChildNode | null =>
      !next || next.parentNode === parent
        ? next
        : place?.startContainer === parent
          ? (parent.childNodes.item(place.startOffset) as ChildNode | null)
          : null;
    let size = range ? FIRST_RUN : 0; // children in the next run; 0 while testing one by one
    let quiet = 0; // elements in a row that failed while testing one by one
    let index = 0; // elements before `child`, so kids[index + size] ends a run starting at it
    let child: ChildNode | null = parent.firstChild;
    while (child) {
      if (range && kids && size) {
        // item(), not kids[i]: an index makes the browser count the whole list first (6 ms for
        // the huge page's article, in its first slice).
        const end = kids.item(index + size);
        range.setStart(child, 0);
        if (end) range.setEnd(end, 0);
        else setEndAfterContent(range, parent);
        if (range.startContainer !== child) {
          // The page moved children while the read paused, and `end` is no longer after `child`:
          // the rest is tested one by one (`quiet` never counts up to a run again).
          quiet = -Infinity;
          size = 0;
          continue;
        }
        const text = range.toString();
        index += size;
        const places = text ? tests.holdsAt(text) : [];
        const continuesWord = joinsWordBefore(text);
        holdPlace(end);
        if (places.length || continuesWord) {
          const named = yield* readWhereNamed(parent, child, end, places, continuesWord, tests, depth);
          // Where names are dense, one by one costs less: the long article with a name in every
          // paragraph took 265 ms of script in runs against 209 ms one by one.
          quiet = 0;
          size = named * 2 > size ? 0 : FIRST_RUN;
        } else {
          if (size < MAX_RUN && text.length < RUN_TEXT) size *= 2;
          state.passed = 0;
          yield { kind: 'progress' };
        }
        // Whatever was read in it, the next run may continue a word this one ends in.
        if (text) state.endsMidWord = endsInWord(text);
        child = heldPlace(end);
        continue;
      }
      const next: ChildNode | null = child.nextSibling;
      const need = childNeeds(child, manyChildren, tests.mayHold);
      if (need !== NOTHING) {
        holdPlace(next);
        yield* readPassing(child, need, tests, depth);
      } else if (++state.passed >= SIEVED_BETWEEN_PROGRESS) {
        state.passed = 0;
        holdPlace(next);
        yield { kind: 'progress' };
      }
      if (child.nodeType === 1) {
        index++;
        quiet = need === NOTHING ? quiet + 1 : 0;
        if (range && quiet >= QUIET_BEFORE_RUNS) size = FIRST_RUN;
      }
      child = heldPlace(next);
    }
  }

  /**
   * Whether one child of a sieved part may hold a mention (to be walked), is big (to be sieved in
   * turn; each level is a generator the next step passes through, so a very deep page is walked),
   * or holds none.
   */
  function childNeeds(child: ChildNode, manyChildren: boolean, mayHold: (text: string) => boolean): ChildNeed {
    let text: string;
    let test: (text: string) => boolean;
    if (child.nodeType === 3) {
      // Mostly the white space between paragraphs: tested here, not walked.
      text = (child as Text).data;
      test = mayContain;
    } else if (child.nodeType === 1) {
      const need = elementNeeds(child as Element, manyChildren);
      if (need !== WALK) return need;
      // All its text run together: that may join words a reader sees apart, never the other way
      // round, so a child whose text fails holds no mention.
      text = child.textContent ?? '';
      test = mayHold;
    } else {
      return NOTHING;
    }
    return text && mayStartIn(text, test) ? WALK : NOTHING;
  }

  /** Whether an element child is never read, is big (to be sieved in turn), or is read if its text may name a term. */
  function elementNeeds(el: Element, manyChildren: boolean): ChildNeed {
    if (isSkipped(el, options)) return NOTHING;
    // Among many children, childElementCount, not hasChildren: stepping through a paragraph's
    // children would give each an object here, and a paragraph's own count is quick. Among few
    // (body > main > article), the child may be the one holding thousands of children, which a
    // native count steps through one by one (5-7 ms for the huge page's article, before the
    // first mark): there, having a first child says enough.
    const mayBeBig = manyChildren ? el.childElementCount >= MANY_CHILDREN : el.firstElementChild !== null;
    return mayBeBig && holdsMoreThan(el, sieveAbove) ? SIEVE : WALK;
  }

  /** Reads a child that may name a term: a big one is sieved in turn, down to the depth limit. */
  function readPassing(child: ChildNode, need: ChildNeed, tests: PartTests, depth: number): Generator<ReadItem> {
    return need === SIEVE && depth < MAX_SIEVE_DEPTH ? sieve(child as Element, tests, depth + 1) : read(child);
  }

  /**
   * Whether a mention may start in `text`, the next stretch of a sieved part: by `test`, or because
   * it continues a word from the text before it. If not, notes whether it ends inside a word, for
   * the stretch after it.
   */
  function mayStartIn(text: string, test: (text: string) => boolean): boolean {
    if (joinsWordBefore(text) || test(text)) return true;
    state.endsMidWord = endsInWord(text);
    return false;
  }

  /**
   * Reads a child of a sieved part that may hold a mention. A block's text makes runs of its own,
   * so it is read whole in one pass, as `walk` would once one of its nodes passed, without the walk's
   * tests of each node first (on a page naming a term every third paragraph, a whole read in a fresh
   * isolated world took 92 ms against 110 ms, medians of 15). Anything else is walked: its text may
   * run on from the block around it.
   */
  function* read(child: ChildNode): Generator<ReadItem> {
    if (child.nodeType !== 1 || isInline(child as Element)) {
      yield* walk(child);
      return;
    }
    // Already read as part of a block around it (a walk from an inline sibling reads its block whole).
    if (state.read?.contains(child)) return;
    // A block ends any word before it, and its own words end with it.
    state.endsMidWord = false;
    state.passed = 0;
    yield* runsIn(child, options);
  }

  function* walk(from: Node): Generator<ReadItem> {
    const walker = from.nodeType === 3 ? null : doc.createTreeWalker(from, 0x4);
    let node = (walker ? walker.nextNode() : from) as Text | null;
    for (; node; node = walker ? (walker.nextNode() as Text | null) : null) {
      const data = node.data;
      // Long text is checked for a skipped ancestor before it is searched (see LONG_TEXT), short text after.
      const long = data.length > LONG_TEXT;
      if (long && isInsideSkipped(node.parentNode, options, root)) continue;
      const joins = joinsWordBefore(data);
      state.endsMidWord = endsInWord(data);
      if (!joins && !mayContain(data)) {
        if (++state.passed >= PROGRESS_EVERY_NODES) {
          state.passed = 0;
          yield { kind: 'progress' };
        }
        continue;
      }
      if (state.read?.contains(node)) continue;
      const block = blockAncestor(node, root);
      if (!long && isInsideSkipped(node.parentNode, options, root)) continue;
      state.read = block;
      state.passed = 0;
      yield* runsIn(block, options);
    }
  }
}

/**
 * `node`, then the host of each shadow tree it sits in, out to the document's own tree: each with the
 * root of the tree it is in.
 */
export function* outThroughHosts(node: Node): Generator<{ node: Node; root: Node }> {
  for (let n: Node | null = node; n;) {
    const root = n.getRootNode();
    yield { node: n, root };
    n = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
}

/** Whether `root` is a whole page (its body or root element), which may be huge, not a part of one. */
function isWholePage(root: Node): boolean {
  const doc = root.ownerDocument;
  return doc !== null && (root === doc.body || root === doc.documentElement);
}

/**
 * Ends `range` after all of `parent`'s content, at the end of its last child, so that none of its
 * children are counted (`childNodes.length` steps through them all: 5 ms for the huge page's article).
 */
function setEndAfterContent(range: Range, parent: Node): void {
  const last = parent.lastChild;
  if (!last) range.setEnd(parent, 0);
  else if (last.nodeType === 1) range.setEnd(last, last.childNodes.length);
  else range.setEnd(last, (last as CharacterData).length ?? 0);
}

/**
 * Whether `el` holds more than `count` elements, found by stepping through at most that many.
 * (Native counts, `getElementsByTagName('*').length` or even its item at an index, count the
 * whole subtree: several milliseconds on a big page.)
 */
function holdsMoreThan(el: Element, count: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x1 /* SHOW_ELEMENT */);
  for (let i = 0; i <= count; i++) if (!walker.nextNode()) return false;
  return true;
}

/** Whether `el` has at least `count` child elements, found without counting them all. */
function hasChildren(el: Element, count: number): boolean {
  let child = el.firstElementChild;
  for (let i = 1; i < count && child; i++) child = child.nextElementSibling;
  return child !== null;
}

/**
 * Open shadow roots under `root`, and their text. Only custom elements host them in practice, and
 * their names have a hyphen. Searched apart from the text, whose tests cannot see inside them.
 */
function* shadowRootsIn(root: Node, options: ReadOptions): Generator<ReadItem> {
  // Over a whole page the search is one native call that grows with it (about 10 ms for the huge
  // page's 60,000 elements here), too long to follow a slice's reading in the same task.
  if (isWholePage(root)) yield { kind: 'pause' };
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
 * Every element that is not one of the common standard ones: a custom element's name is never one
 * of them. The browser matches this selector in native code over a whole page at a fifth of the
 * cost of the XPath search for a hyphen in a name (2.5 against 13 ms on a 20,000-paragraph page
 * here), and only what it returns is looked at in script. The list only decides speed, never what
 * is found: an element it misses (a rare tag, an SVG name in camel case) is returned, then passed over.
 */
const NOT_STANDARD = `:not(${[
  'div span a p li img i b em strong br ul ol h1 h2 h3 h4 h5 h6 section article main header footer nav aside',
  'figure figcaption picture source time small sup sub blockquote q cite code pre kbd samp var abbr mark del ins s u',
  'table caption thead tbody tfoot tr th td colgroup col dl dt dd hr label input button select option optgroup',
  'textarea form fieldset legend output progress meter details summary dialog menu address data dfn bdi bdo wbr',
  'ruby rt rp iframe video audio track canvas map area embed object param noscript script style template slot',
  'link meta base title head body html hgroup search font center nobr tt big strike acronym',
  'svg g path circle rect line polyline polygon ellipse use defs symbol stop text tspan mask image desc math',
]
  .join(' ')
  .split(' ')
  .join(',')})`;

/**
 * Elements with a hyphen in their name under `root` (null now and then, as a chance to pause).
 * Works from a document, an element or a shadow root.
 */
function* customElementsIn(root: Node): Generator<Element | null> {
  const found = (root as ParentNode).querySelectorAll?.(NOT_STANDARD) ?? [];
  for (let i = 0; i < found.length; i++) {
    if (i % HOST_SEARCH_STEP === 0) yield null;
    if (found[i]!.localName.includes('-')) yield found[i]!;
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
      if (endsInWord(before) && startsInWord(data)) {
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
