import { setEndAfterContent } from '../reader/dom-size';
import { DOCUMENT_POSITION_FOLLOWING, ELEMENT_NODE, SHOW_TEXT } from '../reader/node-types';
import { holdsCustomElement } from '../reader/shadow';
import { NOT_PROSE } from '../reader/skip';
import { textEnds } from '../reader/text-ends';
import { WORD_GOES_ON } from '../text/spellings';

/**
 * The quick look: most pages name nothing the extension knows, and on those its work (a module to
 * import, compile and run, a session to start) is start-up cost and nothing else. So the content script
 * first looks at the page's text with one pattern of every spelling, and starts its work only where a
 * name may be, when the page later adds text that may hold one, or when the popup or the keyboard command
 * asks (docs/performance.md, "A page that names nothing sleeps"). Framework-free: takes the document.
 */

/**
 * A page with more elements than this is not looked over: its work starts at once. Its text run together
 * would be one long native call, and on a page that big the reading dwarfs the start-up the look saves.
 */
const LOOK_UP_TO_ELEMENTS = 2000;
/** Characters of the text before and after a change looked at with it, for a name that runs across. */
const EDGE = 64;
/**
 * The text before this many elements (or before the first script or style, if that comes sooner) is looked at
 * first: a page that names something usually does so near its start, and its whole text run together took
 * several milliseconds to make on a long article (docs/performance.md, "The quick look reads the page's start
 * first").
 */
const FIRST_PIECE_ELEMENTS = 200;

/**
 * What a look at a page found: its text, all run together, holds a spelling where a name may end
 * (`namesSomething`; `anySpelling` is lib/text/spellings.ts's `anySpellingPattern`, which finds a mention
 * wherever the matcher could), or not;
 * or it was not looked over: too big, no body, or a custom element, whose shadow root's text no
 * `textContent` gives.
 */
export type Look = 'may-name' | 'names-nothing' | 'not-looked-over';

export function lookOver(doc: Document, anySpelling: RegExp): Look {
  const body = doc.body;
  const notProse = body && survey(body);
  if (!notProse) return 'not-looked-over';
  if (firstPieceNames(body, notProse, anySpelling)) return 'may-name';
  if (namesSomething(proseText(body, notProse), anySpelling, () => textEnds(body, 0, notProse))) return 'may-name';
  // Asked only here: where the page's own text may name something, the work starts either way. A custom
  // element's shadow root's text is in no `textContent`.
  return holdsCustomElement(body) ? 'not-looked-over' : 'names-nothing';
}

/**
 * Watches the page for text that may hold a name, and calls `onNamed` once, at the first change that
 * may. Returns what stops watching.
 */
export function watchForNames(doc: Document, anySpelling: RegExp, onNamed: () => void): () => void {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) {
    onNamed();
    return () => {};
  }
  const observer = new Observer((records) => {
    if (!records.some((record) => changeMayName(doc, record, anySpelling))) return;
    observer.disconnect();
    onNamed();
  });
  observer.observe(doc, { childList: true, characterData: true, subtree: true });
  return () => observer.disconnect();
}

function changeMayName(doc: Document, record: MutationRecord, anySpelling: RegExp): boolean {
  if (record.type === 'characterData') return changedTextNames(doc, record.target, anySpelling);
  for (const node of record.addedNodes) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (NOT_PROSE.has(el.localName)) continue;
      if (tooBigToLook(el) || holdsCustomElement(el)) return true;
    }
    if (changedTextNames(doc, node, anySpelling)) return true;
  }
  return false;
}

/** Whether a changed node's text, with the text around it (`textAround`), may name something. */
function changedTextNames(doc: Document, node: Node, anySpelling: RegExp): boolean {
  const { before, own, text } = textAround(doc, node);
  return namesSomething(text, anySpelling, () => textEnds(node, before.length).add(before.length + own.length));
}

/**
 * Whether `text`, a part of the page's text all run together, holds a spelling (`anySpelling`, a global regex) where
 * the matcher may find a name: one not followed by a letter or digit, or followed by one where a text node
 * ends (`ends()`, offsets in `text`), where a block, a line break or an image may stand between them.
 * "Thinking models" is then no "Thinking mode" run on, and a page saying it is left asleep: text nodes are
 * stepped through only where a spelling runs on into a word, on few pages.
 */
function namesSomething(text: string, anySpelling: RegExp, ends: () => ReadonlySet<number>): boolean {
  let found: ReadonlySet<number> | undefined;
  anySpelling.lastIndex = 0;
  for (let m = anySpelling.exec(text); m; m = anySpelling.exec(text)) {
    const end = anySpelling.lastIndex;
    if (!WORD_GOES_ON.test(text.charAt(end)) || (found ??= ends()).has(end)) return true;
    // Another spelling may start inside this one.
    anySpelling.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Whether the text at the start of `root`, before its first FIRST_PIECE_ELEMENTS elements end (or before the
 * first of `notProse`, if sooner), holds a spelling that ends a word there. A spelling run on into a word is
 * left to the whole look, which asks where text nodes end. False on a page too small to have such a start.
 */
function firstPieceNames(root: Element, notProse: readonly Element[], anySpelling: RegExp): boolean {
  const until = root.getElementsByTagName('*').item(FIRST_PIECE_ELEMENTS);
  if (!until) return false;
  const first = notProse[0];
  const end = first && first.compareDocumentPosition(until) & DOCUMENT_POSITION_FOLLOWING ? first : until;
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEndBefore(end);
  return namesSomething(range.toString(), anySpelling, () => new Set());
}

/**
 * The outermost elements under `root` that hold no prose, in document order; null if there are more than
 * LOOK_UP_TO_ELEMENTS elements. Both found natively: stepping through the elements from this script's world
 * made an object for each (docs/performance.md, "The quick look finds its elements natively"). An item at
 * an index steps no further than that index, where the collection's length would count every element.
 */
function survey(root: Element): Element[] | null {
  if (tooBigToLook(root)) return null;
  const notProse: Element[] = [];
  for (const el of root.querySelectorAll(NOT_PROSE_SELECTOR)) if (!notProse.at(-1)?.contains(el)) notProse.push(el);
  return notProse;
}

const tooBigToLook = (root: Element): boolean => root.getElementsByTagName('*').item(LOOK_UP_TO_ELEMENTS) !== null;

const NOT_PROSE_SELECTOR = [...NOT_PROSE].join(',');

/** The text under `root`, all run together, without the text of `notProse` (each a line break instead). */
function proseText(root: Element, notProse: Element[]): string {
  if (!notProse.length) return root.textContent ?? '';
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  let text = '';
  for (const el of notProse) {
    range.setEndBefore(el);
    text += `${range.toString()}\n`;
    range.setStartAfter(el);
  }
  setEndAfterContent(range, root);
  return text + range.toString();
}

/**
 * A changed node's text, with the end of the text before it and the start of the text after it in the
 * page, so "Muse" already there and " Spark" added read as one.
 */
function textAround(doc: Document, node: Node): { before: string; own: string; text: string } {
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  walker.currentNode = node;
  const before = (walker.previousNode() as Text | null)?.data.slice(-EDGE) ?? '';
  // The first text after the node's own: the first text node in or after its next sibling, or an ancestor's.
  let after = '';
  let from: Node | null = node;
  while (from && !from.nextSibling) from = from.parentNode;
  const next = from?.nextSibling;
  if (next) {
    walker.currentNode = next;
    const text = (next.nodeType === ELEMENT_NODE ? walker.nextNode() : next) as Text | null;
    after = text?.data.slice(0, EDGE) ?? '';
  }
  const own = node.textContent ?? '';
  return { before, own, text: before + own + after };
}
