import { WORD_GOES_ON } from '../text/spellings';
import {
  DOCUMENT_POSITION_CONTAINED_BY,
  DOCUMENT_POSITION_FOLLOWING,
  ELEMENT_NODE,
  SHOW_CDATA_SECTION,
  SHOW_TEXT,
} from './node-types';

/**
 * Where text may end in the page, beyond what a text run together can say: "Thinking mode" followed by
 * "ls" may be "thinking models", or a block saying "Thinking mode" and one starting "ls…". Both the quick
 * look (lib/extension/quick-look.ts) and the sieve (lib/reader/sieve.ts) ask.
 */

/** A child with this many child elements is not looked into for its text's ends: it is read, or sieved. */
const LOOKED_INTO_BELOW = 16;

/**
 * Where each text node under `root` ends in its text run together, from `offset` (`root` itself, if text, is
 * not among them), leaving out the text of `notProse` (each a line break instead, as the quick look's
 * `proseText` has them).
 */
export function textEnds(root: Node, offset: number, notProse: readonly Element[] = []): Set<number> {
  const ends = new Set<number>();
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  let next = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let position = 0;
    // Past each element left out before this node: its line break.
    while (
      next < notProse.length &&
      (position = notProse[next]!.compareDocumentPosition(node)) === DOCUMENT_POSITION_FOLLOWING
    ) {
      offset++;
      next++;
    }
    if (position & DOCUMENT_POSITION_CONTAINED_BY) continue;
    ends.add((offset += (node as Text).data.length));
  }
  return ends;
}

/**
 * Whether `place`, where a part's text `text` was found to hold a spelling, names nothing in `child`, the
 * part's child it starts in (its text from `offset` to `childEnd` in `text`): the spelling runs on into a
 * word inside the child, no mention starts there whatever stands before it (`mentionAt`), and none would if
 * the text ended where one of the child's text nodes does (a block, a line break or an image may stand
 * there). Then the child need not be read for it.
 */
export function runsOnIn(
  text: string,
  [start, end]: readonly [number, number],
  child: Node,
  offset: number,
  childEnd: number,
  mentionAt: (text: string, start: number) => boolean,
): boolean {
  // A spelling that runs on into the next child may end where that child does: the child is read.
  if (end >= childEnd || !WORD_GOES_ON.test(text.charAt(end)) || mentionAt(text, start)) return false;
  const isElement = child.nodeType === ELEMENT_NODE;
  if (isElement && (child as Element).childElementCount >= LOOKED_INTO_BELOW) return false;
  const ends = isElement ? textEnds(child, offset) : [childEnd];
  for (const at of ends) if (at > start && mentionAt(text.slice(0, at), start)) return false;
  return true;
}
