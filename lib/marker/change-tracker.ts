import { isInline } from '../reader/layout';
import { DOCUMENT_FRAGMENT_NODE, isElement } from '../reader/node-types';

/** How long a burst of page changes may gather before one rescan handles them all. */
const MUTATION_DELAY_MS = 60;
/** A page that never stops changing waits longer and longer, up to this, between rescans. */
export const MAX_MUTATION_DELAY_MS = 2000;

/** What changed since the last rescan. */
export interface PageChanges {
  /** Nodes whose text changed (or gained inline content): their blocks are read again, old marks dropped. */
  dirty: Node[];
  /** Blocks added to the page: read, with no old marks to drop. */
  added: Node[];
  /** Something was removed: marks on text no longer in the page go. */
  prune: boolean;
}

export interface ChangeTrackerOptions {
  window: Window & typeof globalThis;
  /** The extension's own UI: never a reason to rescan. */
  isOwnUi: (el: Element) => boolean;
  /** A burst of changes has settled: call `take` and read them. */
  onSettled(): void;
}

/**
 * Follows changes to the page (and to each open shadow root read) with one MutationObserver, gathers
 * bursts of them, and backs off on a page that never stops changing.
 */
export class ChangeTracker {
  private observer: MutationObserver | undefined;
  private readonly roots = new Set<Node>();
  private dirty = new Set<Node>();
  private added = new Set<Node>();
  private prune = false;
  private timer: number | undefined;
  private delay = MUTATION_DELAY_MS;
  private lastSettledAt = 0;

  constructor(private readonly options: ChangeTrackerOptions) {}

  /** Open shadow roots being followed, for hit testing inside them. */
  get shadowRoots(): ShadowRoot[] {
    return [...this.roots].filter((r): r is ShadowRoot => r.nodeType === DOCUMENT_FRAGMENT_NODE);
  }

  /** Follows changes under `root` (the document, or an open shadow root found while reading). */
  observe(root: Node): void {
    this.observer ??= new this.options.window.MutationObserver((records) => this.onMutations(records));
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  /** What changed since the last call, forgotten here. */
  take(): PageChanges {
    const changes = { dirty: [...this.dirty], added: [...this.added], prune: this.prune };
    this.dirty.clear();
    this.added.clear();
    this.prune = false;
    return changes;
  }

  /** Stops following the page and forgets every change. */
  reset(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.roots.clear();
    this.take();
    this.options.window.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (this.isOwn(target)) continue;
      if (r.type === 'characterData') {
        this.prune = true;
        if (target.parentNode) this.dirty.add(target.parentNode);
        continue;
      }
      if (r.removedNodes.length && ![...r.removedNodes].every((n) => this.isOwn(n))) this.prune = true;
      for (const n of r.addedNodes) {
        if (this.isOwn(n)) continue;
        // A new block is read on its own; new inline content changes the text of the block around it.
        if (isElement(n) && !isInline(n)) this.added.add(n);
        else this.dirty.add(target);
      }
    }
    if (this.dirty.size || this.added.size || this.prune) this.settleLater();
  }

  private isOwn(node: Node): boolean {
    return isElement(node) && this.options.isOwnUi(node);
  }

  private settleLater(): void {
    if (this.timer !== undefined) return;
    // A page that changes again right after a rescan is a page that never stops: back off.
    const win = this.options.window;
    const now = win.performance.now();
    this.delay =
      now - this.lastSettledAt < this.delay * 2 ? Math.min(this.delay * 2, MAX_MUTATION_DELAY_MS) : MUTATION_DELAY_MS;
    this.timer = win.setTimeout(() => {
      this.timer = undefined;
      this.lastSettledAt = win.performance.now();
      this.options.onSettled();
    }, this.delay);
  }
}
