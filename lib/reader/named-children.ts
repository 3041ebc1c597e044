import { setBetween } from './dom-size';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './node-types';
import { runsOnIn } from './text-ends';

/**
 * Which children of a part of the page hold the places its text, run together, was found to name something
 * at: the sieve reads those children and no others (lib/reader/sieve.ts), each found by where its text falls
 * in that text (docs/performance.md, "Reading only where a run's search found a name").
 */

/** A run of a part's children searched as one text, what was found in it, and the child after it. */
export interface SearchedRun {
  text: string;
  /** Where names or names' beginnings are in `text`, by start (`Matcher.namesAt`). */
  places: [number, number][];
  /** The text goes on from a word before it: its first child is read too. */
  continuesWord: boolean;
  /** The child after the run, or null: it runs to the part's end. */
  end: ChildNode | null;
}

/** A child holding a place, and where its text starts and ends in the run's text. */
export interface NamedChild {
  child: ChildNode;
  start: number;
  end: number;
}

/**
 * The children from `first` in `run` that hold one of its places, in order. A place that only runs on into
 * a word in the child it starts in ("thinking models": `runsOnIn`) makes no child named. Where the run's
 * `elements` are known (a sieve's run among many children, a changed part), the children before a place far
 * ahead are not measured one by one: its child is found by where it falls in the run (`childHolding`), since
 * in runs of many paragraphs saying such words that measuring was dear (docs/performance.md, "A run's finds
 * placed where they fall").
 */
export function namedChildren(
  first: ChildNode,
  run: SearchedRun,
  mentionAt: (text: string, start: number) => boolean,
  elements?: RunElements,
): NamedChild[] {
  const { text, places, continuesWord, end } = run;
  const named: NamedChild[] = [];
  const at: [number, number][] = continuesWord ? [[0, 1], ...places] : places;
  const found = at.length - places.length; // the first place found by the text's search
  // Beyond this many characters ahead (a few children's worth), a place's child is looked for, not stepped to.
  const jumpOver = elements ? (JUMP_OVER_CHILDREN * text.length) / Math.max(1, elements.count) : Infinity;
  let p = 0;
  let child: ChildNode | null = first;
  let offset = 0; // where `child`'s text starts in the text searched
  while (child && child !== end && p < at.length) {
    while (p < at.length && at[p]![1] <= offset) p++;
    // The child holding a place far ahead, already measured: `childHolding` found it.
    const held =
      elements && p >= found && p < at.length && at[p]![0] - offset > jumpOver
        ? childHolding(at[p]![0], first, run, elements)
        : null;
    if (held) ({ child, start: offset } = held);
    const childEnd = held ? held.end : offset + textLength(child);
    while (p < at.length && p >= found && at[p]![0] >= offset && at[p]![0] < childEnd) {
      if (!runsOnIn(text, at[p]!, child, offset, childEnd, mentionAt)) break;
      p++;
    }
    // A name may run on from one child into the next ("Muse <b>Spark</b>"): both are read.
    if (childEnd > offset && p < at.length && at[p]![0] < childEnd) named.push({ child, start: offset, end: childEnd });
    offset = childEnd;
    child = child.nextSibling;
  }
  return named;
}

/** The element children a run spans (`count` of `kids` from `index`), and a range to measure it with. */
export interface RunElements {
  parent: Element;
  kids: HTMLCollection;
  index: number;
  count: number;
  range: Range;
}

/** A place more than this many children's worth of text ahead is looked for where it falls. */
const JUMP_OVER_CHILDREN = 3;
/** Siblings stepped through from a guessed child towards the one holding a place, before the guess is given up. */
const STEPS_FROM_GUESS = 8;
/** A child's text this long is looked for in the run's text to find where it starts; a shorter one is measured. */
const FOUND_BY_TEXT_FROM = 24;

/**
 * The child of the run from `first` holding place `at`, found where `at` falls in proportion among the run's
 * elements, then a few siblings stepped through. Where the guessed child starts in the run's text is found by
 * looking for its own text there, where that text occurs once; otherwise by a range's text from the run's
 * nearer end. Null where the guess does not hold.
 */
function childHolding(
  at: number,
  first: ChildNode,
  { text, end }: SearchedRun,
  { parent, kids, index, count, range }: RunElements,
): NamedChild | null {
  let child: ChildNode | null = kids.item(index + Math.min(count - 1, Math.floor((at / text.length) * count)));
  if (!child) return null;
  const own = child.textContent ?? '';
  let start = own.length >= FOUND_BY_TEXT_FROM ? onceIn(text, own) : -1;
  if (start >= 0) {
    if (at >= start && at < start + own.length) return { child, start, end: start + own.length };
  } else if (at < text.length / 2) {
    setBetween(range, first, child, parent);
    start = range.toString().length;
  } else {
    setBetween(range, child, end, parent);
    start = text.length - range.toString().length;
  }
  for (let steps = 0; child && steps < STEPS_FROM_GUESS; steps++) {
    if (at < start) {
      child = child.previousSibling;
      if (child) start -= textLength(child);
      continue;
    }
    const length = textLength(child);
    if (at < start + length) return { child, start, end: start + length };
    start += length;
    child = child.nextSibling;
  }
  return null;
}

/** Where `part` occurs in `text`, if it occurs there once; otherwise -1. */
function onceIn(text: string, part: string): number {
  const at = text.indexOf(part);
  return at >= 0 && text.indexOf(part, at + 1) < 0 ? at : -1;
}

function textLength(child: ChildNode): number {
  const type = child.nodeType;
  if (type === TEXT_NODE || type === CDATA_SECTION_NODE) return (child as Text).data.length;
  return type === ELEMENT_NODE ? (child.textContent ?? '').length : 0;
}
