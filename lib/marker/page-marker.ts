import { matcherFrom, matcherParts, type Matcher, type MatcherParts, type TextMatch } from '../text/matcher';
import {
  blockAncestor,
  isInline,
  isInsideSkipped,
  readTextRuns,
  type ReadItem,
  type ReadOptions,
  type TextRun,
} from '../reader/read-text';
import { findMentionsInRun, matchPieces, rangeFactory, type Mention } from './mentions';
import { loadClaimFinder, mayGiveFigure, type ClaimFinder } from '../claims/finder';
import { MentionRegistry } from './mention-registry';
import { Highlighter } from './highlighter';
import { markCategories, termCatalogue, type MarkCategory } from '../text/terms';

/** Longest stretch of work before handing the main thread back to the page. */
const SLICE_MS = 4;
/**
 * While a page is being read, new marks are painted at most this often: every highlight change
 * repaints the page, which on a huge page costs more than reading it.
 */
const PAINT_INTERVAL_MS = 250;
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
  /** Parts of the page with more elements than this are read in parts (lib/reader/read-text.ts); for tests. */
  sieveAbove?: number;
  /** The claim check, when already at hand (tests); otherwise loaded when a page first may need it. */
  claimFinder?: ClaimFinder;
  /** How the claim check is loaded; tests pass their own. */
  loadClaimFinder?: () => Promise<ClaimFinder>;
  /** The stylesheet adopted where marks show; by default the build's (lib/marker/highlighter.ts). */
  adoptedMarkRules?: string;
}

let sharedMatcher: Matcher | undefined;

/** The matcher's parts as worked out when the extension was built (wxt.config.ts), when they were. */
declare const BUILT_MATCHER_PARTS: MatcherParts | undefined;

/** Built once per page: from the parts worked out at build time, which saves the page that work. */
function pageMatcher(): Matcher {
  sharedMatcher ??= matcherFrom(
    typeof BUILT_MATCHER_PARTS === 'undefined' ? matcherParts(termCatalogue) : BUILT_MATCHER_PARTS,
  );
  return sharedMatcher;
}

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
  /** Blocks whose text changed: their old marks go, and they are read again. */
  private dirty = new Set<Node>();
  /** Content added to the page: read, with no old marks to drop. */
  private added = new Set<Node>();
  /** Found but not yet painted (see PAINT_INTERVAL_MS). */
  private unpainted: Mention[] = [];
  private lastPaintAt = -Infinity;
  private needsPrune = false;
  private mutationTimer: number | undefined;
  private mutationDelay = MUTATION_DELAY_MS;
  private lastRescanAt = 0;
  private running = false;
  /** Marks are found from the start but painted only once settings say they are wanted. */
  private painting = false;
  private categories = new Set<MarkCategory>(markCategories);
  /** Tables whose figures have been checked against the chart: a change inside one rechecks it whole. */
  private checkedTables = new WeakSet<Element>();
  /**
   * Tables that named a model or benchmark, checked once a slice's reading is done (or, until the
   * claim check has arrived, when it does).
   */
  private tablesToCheck = new Set<HTMLTableElement>();
  private claimFinder: ClaimFinder | undefined;
  private claimFinderRequested = false;
  /** Read before the claim check arrived: runs that may give a figure, checked once it is here. */
  private claimsWaiting: { run: TextRun; matches: TextMatch[] }[] = [];

  constructor(private readonly options: PageMarkerOptions) {
    this.win = options.window;
    this.doc = options.window.document;
    this.matcher = pageMatcher();
    this.makeRange = rangeFactory(this.win);
    this.highlighter = new Highlighter(this.win, options.adoptedMarkRules);
    this.claimFinder = options.claimFinder;
    this.readOptions = {
      scanCode: options.scanCode ?? false,
      isOwnUi: options.isOwnUi,
      mayContain: this.matcher.mayContain,
      mayHold: this.matcher.mayHold,
      holdsAt: this.matcher.holdsAt,
      sieveAbove: options.sieveAbove,
    };
  }

  /** Reading the page and showing its marks (not only reading ahead of the settings). */
  get isShowing(): boolean {
    return this.running && this.painting;
  }

  /** Open shadow roots found on the page, for hit testing inside them. */
  get shadowRoots(): ShadowRoot[] {
    return [...this.observedRoots].filter((r): r is ShadowRoot => r.nodeType === 11);
  }

  get visibleCategories(): ReadonlySet<MarkCategory> {
    return this.categories;
  }

  /**
   * Reads the whole page and starts following its changes. With `paint` false the marks are
   * found but not shown yet (see `paint`), so reading can start before the settings arrive.
   */
  start(paint = true): void {
    if (paint) this.paint();
    if (this.running) return;
    this.running = true;
    this.highlighter.styleRoot(this.doc);
    this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
    this.observe(this.doc);
    this.enqueue(this.doc.body ?? this.doc.documentElement);
  }

  /** Shows the marks found so far, and every mark from now on. */
  paint(): void {
    const was = this.painting;
    this.painting = true;
    this.highlighter.show(this.categories);
    // Marks found while waiting now count: for the badge, and for the card's pointer listeners.
    if (!was) this.options.onChange?.();
  }

  /** Removes every mark at once and stops watching the page. */
  stop(): void {
    this.painting = false;
    if (!this.running) return;
    this.running = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observedRoots.clear();
    this.queue = [];
    this.dirty.clear();
    this.added.clear();
    this.unpainted = [];
    this.claimsWaiting = [];
    this.tablesToCheck.clear();
    this.lastPaintAt = -Infinity;
    this.win.clearTimeout(this.mutationTimer);
    this.mutationTimer = undefined;
    this.registry.clear();
    this.highlighter.detach();
    this.options.onChange?.();
  }

  showCategories(categories: ReadonlySet<MarkCategory>): void {
    this.categories = new Set(categories);
    if (this.running && this.painting) this.highlighter.show(this.categories);
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
    let sliceDone = false;
    let items = 0;
    while (this.queue.length) {
      const gen = this.queue[0]!;
      let step = gen.next();
      while (!step.done) {
        const item = step.value;
        if (item.kind === 'pause' && items > 0) {
          // A long native call comes next: it starts the next slice instead of lengthening this one.
          sliceDone = true;
          break;
        }
        items++;
        if (item.kind === 'shadow-root') {
          this.highlighter.styleRoot(item.root);
          this.observe(item.root);
        } else if (item.kind === 'run') {
          const run = item.run;
          const matches = matchPieces(run.text, this.matcher);
          const found = matches.length ? findMentionsInRun(run, matches, this.makeRange) : [];
          if (found.length) {
            added.push(...found);
            this.noteTable(run.block);
            if (mayGiveFigure(run.text, matches)) this.claimsWaiting.push({ run, matches });
          }
        }
        if (perf.now() - t0 > budgetMs) {
          sliceDone = true;
          break;
        }
        step = gen.next();
      }
      if (step.done) this.queue.shift();
      if (sliceDone || perf.now() - t0 > budgetMs) break;
    }
    added.push(...this.checkClaims());
    this.unpainted.push(...this.registry.add(added));
    const now = perf.now();
    // Paint the first marks at once, then in batches while a long read goes on, and the rest at its end.
    const firstPaint = this.lastPaintAt === -Infinity;
    const due = firstPaint || !this.queue.length || now - this.lastPaintAt >= PAINT_INTERVAL_MS;
    if (this.unpainted.length && due) {
      this.highlighter.add(this.unpainted);
      this.unpainted = [];
      this.lastPaintAt = now;
      this.options.onChange?.();
    }
  }

  /**
   * Checks the figures in the runs and tables read so far, once the claim check is here; until then
   * they wait, and the first of them sends for it.
   */
  private checkClaims(): Mention[] {
    const finder = this.claimFinder;
    if (!finder) {
      if (this.claimsWaiting.length || this.tablesToCheck.size) this.requestClaimFinder();
      return [];
    }
    const found: Mention[] = [];
    for (const { run, matches } of this.claimsWaiting) {
      // Read before the check arrived. A block changed since then left the wait and was read again
      // (processDirty); text removed since is skipped here.
      if (run.segments.every((s) => s.node.isConnected)) found.push(...finder.inRun(run, matches, this.makeRange));
    }
    this.claimsWaiting = [];
    for (const table of this.tablesToCheck) {
      this.checkedTables.add(table);
      if (table.isConnected) found.push(...finder.inTable(table, this.matcher, this.makeRange, this.readOptions));
    }
    this.tablesToCheck.clear();
    return found;
  }

  private requestClaimFinder(): void {
    if (this.claimFinderRequested) return;
    this.claimFinderRequested = true;
    (this.options.loadClaimFinder ?? loadClaimFinder)().then(
      (finder) => {
        this.claimFinder = finder;
        // A slice with nothing queued checks what waited, and paints it.
        this.scheduleSlice();
      },
      () => {
        // The extension was updated or removed under this page: no claim check, and no error in the page.
      },
    );
  }

  /** A table that names a model or benchmark may compare figures: check it once this slice is read. */
  private noteTable(block: Node): void {
    if (block.nodeType !== 1) return;
    const table = (block as Element).closest('table');
    if (table && !this.checkedTables.has(table)) this.tablesToCheck.add(table as HTMLTableElement);
  }

  /** A change inside a checked table rechecks the whole table (its figures depend on its headers). */
  private checkedTableAround(node: Node): Node | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const table = el?.closest('table');
    if (!table || !this.checkedTables.has(table)) return null;
    this.checkedTables.delete(table);
    return table;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (this.isOwn(target)) continue;
      if (r.type === 'characterData') {
        this.needsPrune = true;
        if (target.parentNode) this.dirty.add(target.parentNode);
        continue;
      }
      if (r.removedNodes.length && ![...r.removedNodes].every((n) => this.isOwn(n))) this.needsPrune = true;
      for (const n of r.addedNodes) {
        if (this.isOwn(n)) continue;
        // A new block is read on its own; new inline content changes the text of the block around it.
        if (n.nodeType === 1 && !isInline(n as Element)) this.added.add(n);
        else this.dirty.add(target);
      }
    }
    if (this.dirty.size || this.added.size || this.needsPrune) this.scheduleRescan();
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

  /** Drops marks under changed blocks and queues those blocks, and added content, to be read. */
  private processDirty(): void {
    if (!this.running) return;
    const tables = [...this.dirty, ...this.added].flatMap((n) => {
      const table = n.isConnected ? this.checkedTableAround(n) : null;
      return table ? [table] : [];
    });
    const changed = outermost([
      ...[...this.dirty].filter((n) => n.isConnected).map((n) => blockAncestor(n)),
      ...tables,
    ]);
    const inChanged = (n: Node) => changed.some((c) => c === n || c.contains(n));
    const fresh = outermost([...this.added].filter((n) => n.isConnected)).filter((n) => !inChanged(n));
    this.dirty.clear();
    this.added.clear();
    const prune = this.needsPrune;
    this.needsPrune = false;
    const removed =
      prune || changed.length
        ? this.registry.removeWhere((m) => (prune && !m.range.startContainer.isConnected) || inChanged(m.block))
        : [];
    this.highlighter.remove(removed);
    this.unpainted = this.unpainted.filter((m) => this.registry.has(m));
    // Runs waiting for the claim check inside a changed block are read again below.
    this.claimsWaiting = this.claimsWaiting.filter(({ run }) => !inChanged(run.block));
    // Text still queued from earlier reads may be read again here; the registry keeps one mark per spot.
    for (const r of [...changed, ...fresh]) this.enqueue(r);
    if (removed.length) this.options.onChange?.();
  }
}

/** The nodes not inside another of them. */
function outermost(nodes: Node[]): Node[] {
  const unique = [...new Set(nodes)];
  return unique.filter((n) => !unique.some((o) => o !== n && o.contains(n)));
}
