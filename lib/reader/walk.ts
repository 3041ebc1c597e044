import { endsInWord, startsInWord } from '../text/word-chars';
import { blockAncestor, isInline } from './layout';
import { ELEMENT_NODE, SHOW_TEXT, TEXT_NODE } from './node-types';
import { JOIN_CONTEXT, runsIn } from './runs';
import { isInsideSkipped } from './skip';
import type { ReadItem, ReadOptions } from './types';

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
 * One read of a part of the page: what it reads with, and what it has seen so far, carried across the
 * stretches it passes over. Every step of the read (this file and lib/reader/sieve.ts) takes it.
 */
export interface ReadContext {
  readonly doc: Document;
  /** The part being read: nothing above it is looked at. */
  readonly root: Node;
  readonly options: ReadOptions;
  /** The quick test of one text node's text (ReadOptions.mayContain). */
  readonly mayContain: (text: string) => boolean;
  /** The last block read whole: text inside it is done. */
  read: Node | null;
  /**
   * The text read or passed over just before, or '' after a block's end or a gap: the next text may go on
   * with a word it ends in ("Health<b>Bench</b>").
   */
  textBefore: string;
  /** Nodes or children passed over since the caller last had a chance to check its time. */
  passed: number;
}

export function newReadContext(root: Node, options: ReadOptions, mayContain: (text: string) => boolean): ReadContext {
  const doc = root.ownerDocument ?? (root as Document);
  return { doc, root, options, mayContain, read: null, textBefore: '', passed: 0 };
}

/**
 * Whether `text` goes on with a word the text before it (read or passed over) ended in, where a name's
 * first word may run across the join ("Health" then "Bench Hard"). The join's context is tested, not the
 * touching alone: a table's figures, or Arabic paragraphs with nothing between them, touch at
 * nearly every join, and were read for it (65 rows of a 600-row table where 20 name something).
 */
export function joinsWordBefore(ctx: ReadContext, text: string): boolean {
  const before = ctx.textBefore;
  if (!endsInWord(before) || !startsInWord(text)) return false;
  const mayHold = ctx.options.mayHold;
  return !mayHold || mayHold(before.slice(-JOIN_CONTEXT) + text.slice(0, JOIN_CONTEXT));
}

/**
 * Reads a part that may hold a mention. A block's text makes runs of its own, so it is read whole in
 * one pass, as `walk` would once one of its nodes passed, without the walk's tests of each node first
 * (docs/performance.md, "A block read whole"). Anything else is walked: its text may run on from the
 * block around it.
 */
export function* readPart(ctx: ReadContext, part: ChildNode): Generator<ReadItem> {
  if (part.nodeType !== ELEMENT_NODE || isInline(part as Element)) {
    yield* walk(ctx, part);
    return;
  }
  // Already read as part of a block around it (a walk from an inline sibling reads its block whole).
  if (ctx.read?.contains(part)) return;
  // A block ends any word before it, and its own words end with it.
  ctx.textBefore = '';
  ctx.passed = 0;
  yield* runsIn(part, ctx.options);
}

/**
 * Walks the text nodes under `from`, testing each one's own text (or whether it continues the word
 * before it) before any element is looked at, and reads a passing node's block whole, so a mention
 * that runs across inline elements is found.
 */
export function* walk(ctx: ReadContext, from: Node): Generator<ReadItem> {
  const walker = from.nodeType === TEXT_NODE ? null : ctx.doc.createTreeWalker(from, SHOW_TEXT);
  let node = (walker ? walker.nextNode() : from) as Text | null;
  for (; node; node = walker ? (walker.nextNode() as Text | null) : null) {
    const data = node.data;
    // Long text is checked for a skipped ancestor before it is searched (see LONG_TEXT), short text after.
    const long = data.length > LONG_TEXT;
    if (long && isInsideSkipped(node.parentNode, ctx.options, ctx.root)) continue;
    const joins = joinsWordBefore(ctx, data);
    ctx.textBefore = data;
    if (!joins && !ctx.mayContain(data)) {
      if (++ctx.passed >= PROGRESS_EVERY_NODES) {
        ctx.passed = 0;
        yield { kind: 'progress' };
      }
      continue;
    }
    if (ctx.read?.contains(node)) continue;
    const block = blockAncestor(node, ctx.root);
    if (!long && isInsideSkipped(node.parentNode, ctx.options, ctx.root)) continue;
    ctx.read = block;
    ctx.passed = 0;
    yield* runsIn(block, ctx.options);
    // A block ends any word before it, and its own words end with it ("GPT-5.4</p>loose" joins nothing, and
    // reading the block around both would read this one again): the walk goes on after its last text.
    ctx.textBefore = '';
    if (!walker || block.contains(from)) return;
    walker.currentNode = block;
    walker.lastChild();
  }
}
