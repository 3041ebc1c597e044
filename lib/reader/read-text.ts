import { holdsMoreThan, isWholePage } from './dom-size';
import { ELEMENT_NODE } from './node-types';
import { runsIn } from './runs';
import { customElementsIn } from './shadow';
import { mayNameIn, readWhereNamed, sieve, type SieveContext } from './sieve';
import { isInsideSkipped } from './skip';
import type { ReadItem, ReadOptions } from './types';
import { newReadContext, walk } from './walk';

/**
 * The page reader's entry: reads a page's text the way a reader sees it, as runs of text that belong to
 * one block (a paragraph, a heading, a table cell), so "<a>Muse</a> Spark" is one run and a heading never
 * joins the paragraph below it. Framework-free; works on any Document, ShadowRoot or Element.
 *
 * How a read goes (docs/architecture.md, "The page reader"): with the matcher's quick tests, only blocks
 * that may hold a mention are read (`candidateBlocks`); a big part is sieved (lib/reader/sieve.ts), a
 * small one walked (lib/reader/walk.ts); a passing block is read whole into runs (lib/reader/runs.ts).
 */

/**
 * A part of the page with more elements than this is not read node by node: each of its children is
 * first tested as a whole (lib/reader/sieve.ts). Below it, one walk costs less than the tests.
 */
const SIEVE_ABOVE_ELEMENTS = 64;
/**
 * A part read because it changed is first tested whole when it has at most this many elements (a few
 * hundred paragraphs: one call of a few milliseconds at most).
 */
const WHOLE_PART_TEST_UP_TO = 2048;

/**
 * Walks `root` in document order and yields each block's run of text, then each open shadow root (whose
 * own text follows as runs). A generator, so the caller can stop at a time budget and resume on the next
 * slice; `progress` items mark long stretches with nothing to report.
 */
export function* readTextRuns(root: Node, options: ReadOptions): Generator<ReadItem> {
  if (options.mayContain) yield* candidateBlocks(root, options, options.mayContain);
  else yield* runsIn(root, options);
  yield* shadowRootsIn(root, options);
}

/** Reads only the blocks that may hold a mention: the whole page, or a part of it that changed. */
function* candidateBlocks(
  root: Node,
  options: ReadOptions,
  mayContain: (text: string) => boolean,
): Generator<ReadItem> {
  const { mayHold, namesAt, mentionAt } = options;
  if (!mayHold || !namesAt || !mentionAt || root.nodeType !== ELEMENT_NODE) {
    yield* walk(newReadContext(root, options, mayContain), root);
    return;
  }
  const ctx: SieveContext = {
    ...newReadContext(root, options, mayContain),
    tests: { namesAt, mentionAt },
    sieveAbove: options.sieveAbove ?? SIEVE_ABOVE_ELEMENTS,
  };
  if (isWholePage(root)) {
    // The whole page, which may be huge: sized by stepping through at most `sieveAbove` elements.
    yield* holdsMoreThan(root as Element, ctx.sieveAbove) ? sieve(ctx, root as Element, 0) : walk(ctx, root);
  } else {
    yield* readChangedPart(ctx, root as Element);
  }
}

/**
 * A part read because it was added or changed: a post in a live blog, a comment, a ticking clock. Most
 * hold no name, and one native test of all their text says so at a third of the cost of testing their
 * children one by one. Counting its elements natively is quick at that size; text is tested whole only
 * where it stays small, so no single call takes long.
 */
function* readChangedPart(ctx: SieveContext, part: Element): Generator<ReadItem> {
  const size = part.querySelectorAll('*').length;
  if (size > WHOLE_PART_TEST_UP_TO) {
    yield* sieve(ctx, part, 0);
    return;
  }
  const text = part.textContent ?? '';
  if (size <= ctx.sieveAbove) {
    if (mayNameIn(ctx.tests, part, text)) yield* walk(ctx, part);
    return;
  }
  // One search gives both the test and where to read: a part naming nothing yields no place.
  const places = ctx.tests.namesAt(text);
  const first = part.firstChild;
  if (!first || !places.length) return;
  // Its children, for finding where each find falls rather than measuring every child before it.
  const elements = {
    parent: part,
    kids: part.children,
    index: 0,
    count: part.childElementCount,
    range: ctx.doc.createRange(),
  };
  yield* readWhereNamed(ctx, part, first, { text, places, continuesWord: false, end: null }, 0, elements);
}

/**
 * Open shadow roots under `root`, and their text. Only custom elements host them in practice, and
 * their names have a hyphen. Searched apart from the text, whose tests cannot see inside them.
 */
function* shadowRootsIn(root: Node, options: ReadOptions): Generator<ReadItem> {
  // Over a whole page the search is one native call that grows with it, too long to follow a slice's
  // reading in the same task.
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
