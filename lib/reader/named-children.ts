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
 * `elements` are known (a sieve's run among many children), the children before the first place are not
 * measured one by one: its child is found by where it falls in the run (`childHolding`), since in runs of
 * many paragraphs saying such words that measuring was dear (docs/performance.md, "A run's first named child
 * found where its find falls").
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
  const from = elements && at.length && !continuesWord ? childHolding(at[0]![0], first, run, elements) : null;
  let p = 0;
  let offset = from?.start ?? 0; // where the next child's text starts in the text searched
  for (
    let child: ChildNode | null = from?.child ?? first;
    child && child !== end && p < at.length;
    child = child.nextSibling
  ) {
    const length = textLength(child);
    const childEnd = offset + length;
    while (p < at.length && at[p]![1] <= offset) p++;
    while (p < at.length && p >= found && at[p]![0] >= offset && at[p]![0] < childEnd) {
      if (!runsOnIn(text, at[p]!, child, offset, childEnd, mentionAt)) break;
      p++;
    }
    // A name may run on from one child into the next ("Muse <b>Spark</b>"): both are read.
    if (length && p < at.length && at[p]![0] < childEnd) named.push({ child, start: offset, end: childEnd });
    offset = childEnd;
  }
  return named;
}

/** The element children a sieve's run spans (`count` of `kids` from `index`), and a range to measure it with. */
export interface RunElements {
  parent: Element;
  kids: HTMLCollection;
  index: number;
  count: number;
  range: Range;
}

/** Siblings stepped through from a guessed child towards the one holding a place, before the guess is given up. */
const STEPS_FROM_GUESS = 8;

/**
 * The child from `first` holding place `at` of `run`, found where `at` falls in proportion among the run's
 * elements, that guess measured by a range's text from the run's nearer end, then a few siblings stepped
 * through. Null where the guess does not hold.
 */
function childHolding(
  at: number,
  first: ChildNode,
  { text, end }: SearchedRun,
  { parent, kids, index, count, range }: RunElements,
): NamedChild | null {
  let child: ChildNode | null = kids.item(index + Math.min(count - 1, Math.floor((at / text.length) * count)));
  if (!child) return null;
  let start: number;
  if (at < text.length / 2) {
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

function textLength(child: ChildNode): number {
  const type = child.nodeType;
  if (type === TEXT_NODE || type === CDATA_SECTION_NODE) return (child as Text).data.length;
  return type === ELEMENT_NODE ? (child.textContent ?? '').length : 0;
}
