import type { Mention } from './mentions';
import { outThroughHosts } from '../reader/shadow';
import { DOCUMENT_POSITION_DISCONNECTED, DOCUMENT_POSITION_FOLLOWING } from '../reader/node-types';
import type { Claim } from '../claims/verdict';
import { markCategories, termById, type MarkCategory, type TermCategory } from '../text/terms';

/** Marks beyond this many on one page add noise, not context; the popup says when the cap is hit. */
const MAX_MENTIONS = 2000;

export interface MentionSummary {
  termId: string;
  name: string;
  category: TermCategory;
  count: number;
}

/** The page's mentions: what the card, the popup's list and the badge all read. */
export class MentionRegistry {
  private mentions = new Set<Mention>();
  /** Mentions by the text nodes they start and end in: for hit testing and to keep one mark per spot. */
  private byNode = new Map<Node, Mention[]>();
  private ordered: Mention[] | null = null;
  /** True once a scan found more mentions than the cap allows. */
  capped = false;

  get size(): number {
    return this.mentions.size;
  }

  has(m: Mention): boolean {
    return this.mentions.has(m);
  }

  /** How many mentions of terms in these categories (checked figures aside), without ordering them. */
  count(categories: ReadonlySet<MarkCategory>): number {
    let n = 0;
    for (const m of this.mentions) if (!m.claim && categories.has(m.category)) n++;
    return n;
  }

  /** Adds what fits under the cap and returns what was added. */
  add(found: readonly Mention[]): Mention[] {
    const added: Mention[] = [];
    for (const m of found) {
      if (this.mentions.size >= MAX_MENTIONS) break;
      if (this.at(m.range.startContainer).some((o) => sameSpot(o, m))) continue;
      this.mentions.add(m);
      this.index(m.range.startContainer, m);
      if (m.range.endContainer !== m.range.startContainer) this.index(m.range.endContainer, m);
      added.push(m);
    }
    if (added.length) this.ordered = null;
    // Full is capped, whether or not more was offered in this batch: the popup may ask in between.
    if (this.mentions.size >= MAX_MENTIONS) this.capped = true;
    return added;
  }

  removeWhere(predicate: (m: Mention) => boolean): Mention[] {
    const removed: Mention[] = [];
    for (const m of this.mentions) {
      if (predicate(m)) {
        this.mentions.delete(m);
        this.unindex(m.range.startContainer, m);
        this.unindex(m.range.endContainer, m);
        removed.push(m);
      }
    }
    if (removed.length) {
      this.ordered = null;
      this.capped = false;
    }
    return removed;
  }

  /** The mentions that start or end in this text node. */
  at(node: Node): readonly Mention[] {
    return this.byNode.get(node) ?? [];
  }

  private index(node: Node, m: Mention): void {
    const list = this.byNode.get(node);
    if (list) list.push(m);
    else this.byNode.set(node, [m]);
  }

  private unindex(node: Node, m: Mention): void {
    const list = this.byNode.get(node);
    if (!list) return;
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) this.byNode.delete(node);
  }

  clear(): void {
    this.mentions.clear();
    this.byNode.clear();
    this.ordered = null;
    this.capped = false;
  }

  /** Mentions in document order, for keyboard travel and "jump to" from the popup. */
  inOrder(categories: ReadonlySet<MarkCategory> = new Set(markCategories)): Mention[] {
    this.ordered ??= [...this.mentions].sort(compareMentions);
    return this.ordered.filter((m) => categories.has(m.category));
  }

  summary(categories: ReadonlySet<MarkCategory> = new Set(markCategories)): MentionSummary[] {
    const counts = new Map<string, number>();
    for (const m of this.mentions) {
      if (!m.claim && categories.has(m.category)) counts.set(m.termId, (counts.get(m.termId) ?? 0) + 1);
    }
    return [...counts].flatMap(([termId, count]) => {
      const term = termById.get(termId);
      return term ? [{ termId, name: term.name, category: term.category, count }] : [];
    });
  }
}

/** The checked figures, in document order, as the popup lists them. */
export function claimsOf(ordered: readonly Mention[]): Claim[] {
  return ordered.flatMap((m) => (m.claim ? [m.claim] : []));
}

function compareMentions(a: Mention, b: Mention): number {
  const an = a.range.startContainer;
  const bn = b.range.startContainer;
  if (an === bn) return a.range.startOffset - b.range.startOffset;
  let position = an.compareDocumentPosition(bn);
  // In two trees (the page's and a shadow root's, say).
  if (position & DOCUMENT_POSITION_DISCONNECTED) {
    const [at, bt] = inOneTree(an, bn);
    if (at === bt) return 0;
    position = at.compareDocumentPosition(bt);
  }
  return position & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The two nodes, or the shadow hosts they sit in, lifted until both are in one tree: between two
 * trees the browser gives an order of its own choosing, which listed a mention inside a web
 * component before or after all the page's others, wherever the component stood.
 */
function inOneTree(a: Node, b: Node): [Node, Node] {
  const liftedA = [...outThroughHosts(a)];
  for (const { node, root } of outThroughHosts(b)) {
    const same = liftedA.find((lifted) => lifted.root === root);
    if (same) return [same.node, node];
  }
  return [a, b];
}

function sameSpot(a: Mention, b: Mention): boolean {
  return (
    a.termId === b.termId &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}
