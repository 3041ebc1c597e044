import { hasChildren, holdsMoreThan, setBetween } from './dom-size';
import { ELEMENT_NODE, TEXT_NODE } from './node-types';
import { isSkipped } from './skip';
import { namedChildren, type RunElements, type SearchedRun } from './named-children';
import { runsOnIn } from './text-ends';
import type { ReadItem } from './types';
import { joinsWordBefore, readPart, type ReadContext } from './walk';

/**
 * A parent with this many children is taken for a list of paragraphs or items, each small; among
 * them only a child with this many children of its own is measured.
 */
const MANY_CHILDREN = 16;
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

/** The tests of a part's whole text that let a big part be read in parts (see `ReadOptions`). */
export interface PartTests {
  namesAt: (text: string) => [number, number][];
  mentionAt: (text: string, start: number) => boolean;
}

/** A read that sieves: its context, the part tests, and the size above which a part is sieved. */
export interface SieveContext extends ReadContext {
  readonly tests: PartTests;
  readonly sieveAbove: number;
}

/** Where the sieve of one parent stands. */
interface SieveCursor {
  readonly parent: Element;
  readonly depth: number;
  /** Many children (an article's paragraphs, a list's items): they are searched in runs. */
  readonly manyChildren: boolean;
  readonly kids: HTMLCollection | null;
  readonly range: Range | null;
  /** Where the read goes on should the page remove the child it was to read next (see `holdPlace`). */
  place: Range | undefined;
  /** Children in the next run; 0 while testing one by one. */
  size: number;
  /** Elements in a row that failed while testing one by one. */
  quiet: number;
  /** Elements before the current child, so kids[index + size] ends a run starting at it. */
  index: number;
}

/**
 * Sieves the children of `parent`, a part of the page with more than `sieveAbove` elements: each child's
 * whole text is tested in one native call (no wrapper object for any node inside it, which in a content
 * script's isolated world is most of the cost of reading a page), and only children that pass are read.
 * Among many children, runs of them are searched as one range's text (see `searchRun`). The steps below
 * are plain functions; only this loop and the reads it starts are generators, so no step adds a
 * generator between the slicer and the runs it reads.
 */
export function* sieve(ctx: SieveContext, parent: Element, depth: number): Generator<ReadItem> {
  // Measuring a child costs about as much as testing it, so children are measured only where one may be
  // big: under a parent of few children (body > main > article), or a child with many children of its own.
  const manyChildren = hasChildren(parent, MANY_CHILDREN);
  const range = manyChildren ? ctx.doc.createRange() : null;
  const cursor: SieveCursor = {
    parent,
    depth,
    manyChildren,
    kids: manyChildren ? parent.children : null,
    range,
    place: undefined,
    size: range ? FIRST_RUN : 0,
    quiet: 0,
    index: 0,
  };
  let child: ChildNode | null = parent.firstChild;
  while (child) {
    if (cursor.size) {
      const run = searchRun(ctx, cursor, child);
      if (!run) continue;
      let named = 0;
      if (run.places.length || run.continuesWord) {
        named = yield* readWhereNamed(ctx, parent, child, run, depth, runElements(cursor));
        if (readWhole(ctx, parent)) return;
      }
      if (named) {
        // Where names are dense, one by one costs less (a test stops at its first find).
        cursor.quiet = 0;
        cursor.size = named * 2 > cursor.size ? 0 : FIRST_RUN;
      } else {
        // A run whose finds named no child (each ran on into a word: "thinking models") is as quiet as
        // one that found nothing, and the runs after it grow as they would.
        if (cursor.size < MAX_RUN && run.text.length < RUN_TEXT) cursor.size *= 2;
        ctx.passed = 0;
        yield { kind: 'progress' };
      }
      // Whatever was read in it, the next run may continue a word this one ends in.
      if (run.text) ctx.textBefore = run.text;
      child = heldPlace(cursor, run.end);
    } else {
      const next: ChildNode | null = child.nextSibling;
      const need = childNeeds(ctx, child, manyChildren);
      if (need !== NOTHING) {
        holdPlace(ctx, cursor, next);
        yield* readPassing(ctx, child, need, depth);
        if (readWhole(ctx, parent)) return;
      } else if (++ctx.passed >= SIEVED_BETWEEN_PROGRESS) {
        ctx.passed = 0;
        holdPlace(ctx, cursor, next);
        yield { kind: 'progress' };
      }
      countTested(cursor, child, need);
      child = heldPlace(cursor, next);
    }
  }
}

/**
 * Whether the read just made took in the whole block around `parent`: a name in a child of an inline-filled
 * block (one <p> of thousands of links) has the reader read that block whole (lib/reader/walk.ts), and then
 * nothing is left to sieve here. Asked after each read, the only steps that set `ctx.read`.
 */
const readWhole = (ctx: SieveContext, parent: Element): boolean => ctx.read?.contains(parent) ?? false;

/**
 * Searches the run of children starting at `child` as one range's text, which gives no object for any
 * node in it but the run's two ends (each set at offset 0 inside a child, found without counting the
 * siblings before it); where the search finds a name or a name's beginning, the sieve reads the children
 * holding it (`readWhereNamed`), so no text is searched twice. Null, with runs given up for this parent,
 * when the page moved children while the read paused.
 */
function searchRun(ctx: SieveContext, cursor: SieveCursor, child: ChildNode): SearchedRun | null {
  const range = cursor.range!;
  // item(), not kids[i]: an index makes the browser count the whole list first.
  const end = cursor.kids!.item(cursor.index + cursor.size);
  setBetween(range, child, end, cursor.parent);
  if (range.startContainer !== child) {
    // `end` is no longer after `child`: the rest is tested one by one (`quiet` never counts up to a run again).
    cursor.quiet = -Infinity;
    cursor.size = 0;
    return null;
  }
  const text = range.toString();
  cursor.index += cursor.size;
  holdPlace(ctx, cursor, end);
  return { text, places: text ? ctx.tests.namesAt(text) : [], continuesWord: joinsWordBefore(ctx, text), end };
}

/** The elements of the run just searched (`searchRun` has counted them into `cursor.index`). */
const runElements = (cursor: SieveCursor): RunElements => ({
  parent: cursor.parent,
  kids: cursor.kids!,
  index: cursor.index - cursor.size,
  count: cursor.size,
  range: cursor.range!,
});

/** After a child tested on its own: among many children, enough quiet ones in a row go back to runs. */
function countTested(cursor: SieveCursor, child: ChildNode, need: ChildNeed): void {
  if (child.nodeType !== ELEMENT_NODE) return;
  cursor.index++;
  cursor.quiet = need === NOTHING ? cursor.quiet + 1 : 0;
  if (cursor.range && cursor.quiet >= QUIET_BEFORE_RUNS) cursor.size = FIRST_RUN;
}

/**
 * Notes where the read goes on after a pause. A range's boundary inside a removed node moves to where the
 * node was; both ends are set inside the child at once (setting one alone, the browser compares it with
 * the other, counting siblings).
 */
function holdPlace(ctx: SieveContext, cursor: SieveCursor, next: ChildNode | null): void {
  if (next) (cursor.place ??= ctx.doc.createRange()).selectNodeContents(next);
}

/** `next`, or where it was if the page removed it while the read paused. */
function heldPlace(cursor: SieveCursor, next: ChildNode | null): ChildNode | null {
  if (!next || next.parentNode === cursor.parent) return next;
  const place = cursor.place;
  return place?.startContainer === cursor.parent
    ? (cursor.parent.childNodes.item(place.startOffset) as ChildNode | null)
    : null;
}

/**
 * Reads the children of `parent` from `first` up to `run.end` (or its last) where their text, run together
 * (`run.text`), names a term: the children holding the places a name was found (`namedChildren`). With
 * `continuesWord`, the text goes on from a word before it, so its first child is read too. Returns how many
 * children were named.
 */
export function* readWhereNamed(
  ctx: SieveContext,
  parent: Element,
  first: ChildNode,
  run: SearchedRun,
  depth: number,
  elements?: RunElements,
): Generator<ReadItem, number> {
  // The children first, in one go, while the page cannot change: the reads below may pause.
  const named = namedChildren(first, run, ctx.tests.mentionAt, elements);
  let previousEnd = run.continuesWord ? 0 : -1;
  for (const { child, start, end: childEnd } of named) {
    // Removed or moved while the read paused: the page's observer hands that change back to be read.
    if (child.parentNode !== parent) continue;
    // A word runs on only into the text right after it; after text left unread, a walk starts afresh.
    if (start !== previousEnd) ctx.textBefore = '';
    previousEnd = childEnd;
    // Among a run's many siblings, or in a part small enough to be tested whole: a native count of its
    // children is quick either way.
    const need = child.nodeType === ELEMENT_NODE ? elementNeeds(ctx, child as Element, true) : WALK;
    if (need !== NOTHING) yield* readPassing(ctx, child, need, depth);
  }
  return named.length;
}

/**
 * Whether one child of a sieved part may hold a mention (to be read), is big (to be sieved in turn; each
 * level is a generator the next step passes through, so a very deep page is walked), or holds none.
 */
function childNeeds(ctx: SieveContext, child: ChildNode, manyChildren: boolean): ChildNeed {
  let text: string;
  let test: (text: string) => boolean;
  if (child.nodeType === TEXT_NODE) {
    // Mostly the white space between paragraphs: tested here, not walked.
    text = (child as Text).data;
    test = ctx.mayContain;
  } else if (child.nodeType === ELEMENT_NODE) {
    const need = elementNeeds(ctx, child as Element, manyChildren);
    if (need !== WALK) return need;
    // All its text run together: that may join words a reader sees apart, never the other way round,
    // so a child whose text fails holds no mention.
    text = child.textContent ?? '';
    test = (all) => mayNameIn(ctx.tests, child, all);
  } else {
    return NOTHING;
  }
  return text && mayStartIn(ctx, text, test) ? WALK : NOTHING;
}

/**
 * Whether `text`, all of `node`'s text run together, may name something: it holds a place `namesAt` finds
 * that does not only run on into a word inside `node` (`runsOnIn`: "thinking models").
 */
export function mayNameIn(tests: PartTests, node: Node, text: string): boolean {
  return tests.namesAt(text).some((place) => !runsOnIn(text, place, node, 0, text.length, tests.mentionAt));
}

/** Whether an element child is never read, is big (to be sieved in turn), or is read if its text may name a term. */
function elementNeeds(ctx: SieveContext, el: Element, manyChildren: boolean): ChildNeed {
  if (isSkipped(el, ctx.options)) return NOTHING;
  // Among many children, childElementCount, not hasChildren: stepping through a paragraph's children
  // would give each an object here, and a paragraph's own count is quick. Among few (body > main >
  // article), the child may be the one holding thousands of children, which a native count steps
  // through one by one: there, having a first child says enough.
  const mayBeBig = manyChildren ? el.childElementCount >= MANY_CHILDREN : el.firstElementChild !== null;
  return mayBeBig && holdsMoreThan(el, ctx.sieveAbove) ? SIEVE : WALK;
}

/** Reads a child that may name a term: a big one is sieved in turn, down to the depth limit. */
function readPassing(ctx: SieveContext, child: ChildNode, need: ChildNeed, depth: number): Generator<ReadItem> {
  return need === SIEVE && depth < MAX_SIEVE_DEPTH ? sieve(ctx, child as Element, depth + 1) : readPart(ctx, child);
}

/**
 * Whether a mention may start in `text`, the next stretch of a sieved part: by `test`, or because a name's
 * first word may run on into it from the text before it. If not, it is the text before the next stretch.
 */
function mayStartIn(ctx: SieveContext, text: string, test: (text: string) => boolean): boolean {
  if (joinsWordBefore(ctx, text) || test(text)) return true;
  ctx.textBefore = text;
  return false;
}
