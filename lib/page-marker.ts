import { createMatcher, type Matcher } from './matcher';
import { readTextRuns, isInsideSkipped, type ReadItem, type ReadOptions } from './dom-text';
import { findMentionsInRun, rangeFactory, type Mention } from './mentions';
import { MentionRegistry } from './mention-registry';
import { Highlighter } from './highlighter';
import { termCatalogue, termCategories, type TermCategory } from './terms';

/** Longest stretch of work before handing the main thread back to the page. */
const SLICE_MS = 4;
/** How long a burst of page changes may gather before one rescan handles them all. */
const MUTATION_DELAY_MS = 60;
/** A page that never stops changing waits longer and longer, up to this, between rescans. */
const MAX_MUTATION_DELAY_MS = 2000;

export interface PageMarkerOptions {
  window: Window & typeof globalThis;
  /** The extension's own UI, never read and never a reason to rescan. */
  isOwnUi: (el: Element) => boolean;
  /** Called (at most once a slice) when the set of mentions changes. */
  onChange?: () => void;
  scanCode?: boolean;
}

let sharedMatcher: Matcher | undefined;

/**
 * Finds mentions in a page and keeps them marked while the page changes. It reads the page, never
 * writes to it, and does its work in short slices so the page stays responsive.
 */
export class PageMarker {
  readonly registry = new MentionRegistry();
  readonly highlighter: Highlighter;
  private readonly win: Window & typeof globalThis;
  private readonly doc: Document;
  private readonly matcher: Matcher;
  private readonly makeRange: ReturnType<typeof rangeFactory>;
  private readonly readOptions: ReadOptions;
  private observer: MutationObserver | undefined;
  private readonly observedRoots = new Set<Node>();
  /** Work still to do: generators over roots, read a slice at a time. */
  private queue: Generator<ReadItem>[] = [];
  private sliceScheduled = false;
  private dirty = new Set<Node>();
  private needsPrune = false;
  private mutationTimer: number | undefined;
  private mutationDelay = MUTATION_DELAY_MS;
  private lastRescanAt = 0;
  private running = false;
  private categories = new Set<TermCategory>(termCategories);

  constructor(private readonly options: PageMarkerOptions) {
    this.win = options.window;
    this.doc = options.window.document;
    this.matcher = sharedMatcher ??= createMatcher(termCatalogue);
    this.makeRange = rangeFactory(this.win);
    this.highlighter = new Highlighter(this.win);
    this.readOptions = { scanCode: options.scanCode ?? false, isOwnUi: options.isOwnUi };
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Open shadow roots found on the page, for hit testing inside them. */
  get shadowRoots(): ShadowRoot[] {
    return [...this.observedRoots].filter((r): r is ShadowRoot => r.nodeType === 11);
  }

  get visibleCategories(): ReadonlySet<TermCategory> {
    return this.categories;
  }

  /** Marks the whole page and starts following its changes. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.highlighter.styleRoot(this.doc);
    this.highlighter.show(this.categories);
    this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
    this.observe(this.doc);
    this.enqueue(this.doc.body ?? this.doc.documentElement);
  }

  /** Removes every mark at once and stops watching the page. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observedRoots.clear();
    this.queue = [];
    this.dirty.clear();
    this.win.clearTimeout(this.mutationTimer);
    this.mutationTimer = undefined;
    this.registry.clear();
    this.highlighter.detach();
    this.options.onChange?.();
  }

  showCategories(categories: ReadonlySet<TermCategory>): void {
    this.categories = new Set(categories);
    if (this.running) this.highlighter.show(this.categories);
    this.options.onChange?.();
  }

  /** Mentions in document order, only of the categories on show. */
  visibleMentions(): Mention[] {
    return this.registry.inOrder(this.categories);
  }

  /** Reads everything queued now, without slicing: for tests and for callers that must wait. */
  flushNow(): void {
    this.processDirty();
    while (this.queue.length) this.readSlice(Infinity);
  }

  private observe(root: Node): void {
    if (!this.observer || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private enqueue(root: Node | null): void {
    if (!root || isInsideSkipped(root, this.readOptions)) return;
    this.queue.push(readTextRuns(root, this.readOptions));
    this.scheduleSlice();
  }

  private scheduleSlice(): void {
    if (this.sliceScheduled || !this.running) return;
    this.sliceScheduled = true;
    this.win.setTimeout(() => {
      this.sliceScheduled = false;
      if (!this.running) return;
      this.readSlice(SLICE_MS);
      if (this.queue.length) this.scheduleSlice();
    }, 0);
  }

  /** Reads queued text for up to `budgetMs`, marking as it goes. */
  private readSlice(budgetMs: number): void {
    const perf = this.win.performance;
    const t0 = perf.now();
    const added: Mention[] = [];
    while (this.queue.length) {
      const gen = this.queue[0]!;
      let step = gen.next();
      while (!step.done) {
        const item = step.value;
        if (item.kind === 'shadow-root') {
          this.highlighter.styleRoot(item.root);
          this.observe(item.root);
        } else {
          added.push(...findMentionsInRun(item.run, this.matcher, this.makeRange));
        }
        if (perf.now() - t0 > budgetMs) break;
        step = gen.next();
      }
      if (step.done) this.queue.shift();
      if (perf.now() - t0 > budgetMs) break;
    }
    const accepted = this.registry.add(added);
    this.highlighter.add(accepted);
    if (accepted.length) this.options.onChange?.();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (this.isOwn(target)) continue;
      if (r.type === 'childList') {
        if ([...r.addedNodes, ...r.removedNodes].every((n) => this.isOwn(n))) continue;
        if (r.removedNodes.length) this.needsPrune = true;
      } else {
        this.needsPrune = true;
      }
      this.dirty.add(r.type === 'characterData' ? (target.parentNode ?? target) : target);
    }
    if (this.dirty.size || this.needsPrune) this.scheduleRescan();
  }

  private isOwn(node: Node): boolean {
    return node.nodeType === 1 && this.options.isOwnUi(node as Element);
  }

  private scheduleRescan(): void {
    if (this.mutationTimer !== undefined) return;
    // A page that changes again right after a rescan is a page that never stops: back off.
    const now = this.win.performance.now();
    this.mutationDelay =
      now - this.lastRescanAt < this.mutationDelay * 2
        ? Math.min(this.mutationDelay * 2, MAX_MUTATION_DELAY_MS)
        : MUTATION_DELAY_MS;
    this.mutationTimer = this.win.setTimeout(() => {
      this.mutationTimer = undefined;
      this.lastRescanAt = this.win.performance.now();
      this.processDirty();
      this.scheduleSlice();
    }, this.mutationDelay);
  }

  /** Drops marks under changed blocks and queues those blocks to be read again. */
  private processDirty(): void {
    if (!this.running) return;
    const roots = new Set<Node>();
    for (const node of this.dirty) {
      if (!node.isConnected) continue;
      roots.add(blockAncestor(node));
    }
    this.dirty.clear();
    // A root inside another root is read with it.
    const top = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
    const prune = this.needsPrune;
    this.needsPrune = false;
    const removed = this.registry.removeWhere(
      (m) => (prune && !m.range.startContainer.isConnected) || top.some((r) => r === m.block || r.contains(m.block)),
    );
    this.highlighter.remove(removed);
    // Text still queued from earlier reads may be read again here; the registry keeps one mark per spot.
    for (const r of top) this.enqueue(r);
    if (removed.length) this.options.onChange?.();
  }
}

const INLINE_PARENTS = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

/** The nearest block-level ancestor: a change inside a paragraph rescans the paragraph. */
function blockAncestor(node: Node): Node {
  let n: Node = node.nodeType === 1 ? node : (node.parentNode ?? node);
  while (n.nodeType === 1 && INLINE_PARENTS.has((n as Element).localName) && n.parentNode) n = n.parentNode;
  return n;
}
