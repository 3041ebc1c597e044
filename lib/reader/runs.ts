import { endsInWord, startsInWord } from '../text/word-chars';
import { isInline, laidOutApart } from './layout';
import { ELEMENT_NODE, SHOW_TEXT } from './node-types';
import { isSkipped } from './skip';
import type { ReadItem, ReadOptions, TextRun, TextSegment } from './types';

/** Blocks passed over (nothing to find) between chances for the caller to check its time budget. */
const PROGRESS_EVERY = 64;
/**
 * Characters either side of a word join tested for a name's first word (before layout is asked, or a
 * child is read for it): about three times the longest first word (tests/unit/text/matcher.test.ts).
 */
export const JOIN_CONTEXT = 40;
/**
 * A block with this many text nodes is read in parts (a list of names inside one paragraph, a comment
 * thread in one element), so reading it never holds the page in one long step.
 */
const PART_NODES = 512;
/** Characters two parts of a block share: more than twice the longest name, with room for its context. */
const PART_OVERLAP = 256;

/** What an element means for the text nodes under it. */
interface ParentInfo {
  block: Node;
  skipped: boolean;
}

/**
 * The text nodes of the block being read, kept in reused arrays: a run is only joined into one
 * string when it may hold a mention, so most of a page is read without building anything.
 */
class RunBuilder {
  private readonly nodes: Text[] = [];
  private readonly datas: string[] = [];
  /** Per node: whether the text before it ends on another line on screen, though words touch in the DOM. */
  private readonly breaks: boolean[] = [];
  /** Per node: whether a word runs on into it from the node before, which layout may yet set apart. */
  private readonly joins: boolean[] = [];
  /** Whether the run may hold a mention: some node passed the quick test, or a word runs across two. */
  candidate = false;
  /** Where this part's own finds start in its text, after a part of the same block before it. */
  private ownsFrom = 0;

  constructor(private readonly options: ReadOptions) {}

  get size(): number {
    return this.nodes.length;
  }

  /** Adds a node of the same block; a word that runs on from the node before makes the run a candidate. */
  push(node: Text, data: string): void {
    let lineBreak = false;
    let join = false;
    const count = this.datas.length;
    if (count && endsInWord(this.datas[count - 1]!) && startsInWord(data)) {
      // "Muse<br>Spark": the words touch in the text but not on screen.
      lineBreak = followsLineBreak(node);
      join = !lineBreak;
      // A word split across elements ("Health<b>Bench</b>") hides from a per-node check.
      this.candidate = true;
    }
    if (!this.candidate && this.options.mayContain?.(data)) this.candidate = true;
    this.nodes.push(node);
    this.datas.push(data);
    this.breaks.push(lineBreak);
    this.joins.push(join);
  }

  /**
   * Where a word runs on from one node into the next and a name may be near ("<span>1</span>Muse Spark"),
   * asks the page's layout whether the two are set apart, and if so reads them as on two lines. The quick
   * test of the text around the join keeps the layout question off joins that cannot touch a name.
   */
  private settleJoins(): void {
    const mayHold = this.options.mayHold;
    for (let i = 1; i < this.nodes.length; i++) {
      if (!this.joins[i]) continue;
      if (mayHold && !mayHold(this.textAround(i))) continue;
      if (laidOutApart(this.nodes[i - 1]!, this.nodes[i]!)) this.breaks[i] = true;
    }
  }

  /** The run's text from JOIN_CONTEXT characters before node `i` to as many after its start, across nodes. */
  private textAround(i: number): string {
    let before = '';
    for (let j = i - 1; j >= 0 && before.length < JOIN_CONTEXT; j--) before = this.datas[j]! + before;
    let after = '';
    for (let j = i; j < this.datas.length && after.length < JOIN_CONTEXT; j++) after += this.datas[j]!;
    return before.slice(-JOIN_CONTEXT) + after.slice(0, JOIN_CONTEXT);
  }

  /** The run so far, if it may hold a mention (or every run, without a quick test); then starts afresh. */
  take(block: Node | null): TextRun | null {
    const run = this.build(block);
    if (run && this.ownsFrom) run.owns = { from: this.ownsFrom, to: Infinity };
    this.nodes.length = 0;
    this.datas.length = 0;
    this.breaks.length = 0;
    this.joins.length = 0;
    this.candidate = false;
    this.ownsFrom = 0;
    return run;
  }

  /**
   * A part of a huge block: the run so far (if it may hold a mention), keeping its last nodes, at least
   * PART_OVERLAP characters, to start the next part. Of the text the two share, finds starting in the first
   * half belong to this part and the rest to the next, so each is read with its context in one of them.
   */
  takePart(block: Node): TextRun | null {
    let keep = 0;
    let shared = 0;
    for (let i = this.nodes.length - 1; i > 0 && shared < PART_OVERLAP; i--, keep++) shared += this.datas[i]!.length;
    const run = this.build(block);
    const first = this.nodes.length - keep;
    if (run) {
      const sharedFrom = run.segments[first]!.start;
      run.owns = { from: this.ownsFrom, to: sharedFrom + Math.floor((run.text.length - sharedFrom) / 2) };
      this.ownsFrom = (this.breaks[first] ? 1 : 0) + (run.owns.to - sharedFrom);
    } else {
      this.ownsFrom = (this.breaks[first] ? 1 : 0) + Math.floor(shared / 2);
    }
    this.nodes.splice(0, first);
    this.datas.splice(0, first);
    this.breaks.splice(0, first);
    this.joins.splice(0, first);
    this.candidate = this.joins.some(Boolean) || this.datas.some((d) => this.options.mayContain?.(d) ?? true);
    return run;
  }

  private build(block: Node | null): TextRun | null {
    if (!block || !this.nodes.length || !(this.candidate || !this.options.mayContain)) return null;
    this.settleJoins();
    let text = '';
    const segments: TextSegment[] = [];
    for (let i = 0; i < this.nodes.length; i++) {
      if (this.breaks[i]) text += '\n';
      segments.push({ node: this.nodes[i]!, start: text.length });
      text += this.datas[i]!;
    }
    return { block, text, segments };
  }
}

/**
 * What each parent element means for its text (its block, whether it is skipped), worked out once per
 * parent and cached, so a walk stays close to the cost of reading the text at all.
 */
function parentInfo(root: Node, options: ReadOptions): (parent: Node) => ParentInfo {
  const info = new Map<Node, ParentInfo>();
  const infoOf = (parent: Node): ParentInfo => {
    let found = info.get(parent);
    if (found) return found;
    if (parent.nodeType !== ELEMENT_NODE) {
      found = { block: parent, skipped: false };
    } else {
      const el = parent as Element;
      const up = el !== root && el.parentNode ? infoOf(el.parentNode) : null;
      found = {
        block: isInline(el) && up ? up.block : el,
        skipped: (up?.skipped ?? false) || isSkipped(el, options),
      };
    }
    info.set(parent, found);
    return found;
  };
  return infoOf;
}

/** The runs of text under `root`, in document order, one a block. Only text nodes are visited. */
export function* runsIn(root: Node, options: ReadOptions): Generator<ReadItem> {
  const doc = root.ownerDocument ?? (root as Document);
  const infoOf = parentInfo(root, options);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const builder = new RunBuilder(options);
  let block: Node | null = null;
  let lastParent: Node | null = null;
  let lastInfo: ParentInfo = { block: root, skipped: false };
  let sinceYield = 0;

  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentNode;
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      lastInfo = infoOf(parent);
    }
    if (lastInfo.skipped) continue;
    if (lastInfo.block !== block) {
      const run = builder.take(block);
      if (run) {
        sinceYield = 0;
        yield { kind: 'run', run };
      } else if (++sinceYield >= PROGRESS_EVERY) {
        sinceYield = 0;
        yield { kind: 'progress' };
      }
      block = lastInfo.block;
    }
    builder.push(node, node.data);
    if (block && builder.size >= PART_NODES) {
      const part = builder.takePart(block);
      if (part) yield { kind: 'run', run: part };
      else yield { kind: 'progress' };
    }
  }
  const last = builder.take(block);
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
