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
 * a word in the child it starts in ("thinking models": `runsOnIn`) makes no child named.
 */
export function namedChildren(
  first: ChildNode,
  { text, places, continuesWord, end }: SearchedRun,
  mentionAt: (text: string, start: number) => boolean,
): NamedChild[] {
  const named: NamedChild[] = [];
  const at: [number, number][] = continuesWord ? [[0, 1], ...places] : places;
  const found = at.length - places.length; // the first place found by the text's search
  let p = 0;
  let offset = 0; // where the next child's text starts in the text searched
  for (let child: ChildNode | null = first; child && child !== end && p < at.length; child = child.nextSibling) {
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

function textLength(child: ChildNode): number {
  const type = child.nodeType;
  if (type === TEXT_NODE || type === CDATA_SECTION_NODE) return (child as Text).data.length;
  return type === ELEMENT_NODE ? (child.textContent ?? '').length : 0;
}
