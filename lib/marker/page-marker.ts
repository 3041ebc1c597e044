import { matcherFrom, matcherParts, matchPieces, type Matcher, type MatcherParts } from '../text/matcher';
import { markCategories, termCatalogue, type MarkCategory } from '../text/terms';
import { blockAncestor } from '../reader/layout';
import { readTextRuns } from '../reader/read-text';
import { isInsideSkipped } from '../reader/skip';
import type { ReadItem, ReadOptions } from '../reader/types';
import type { ClaimFinder } from '../claims/finder';
import { ChangeTracker } from './change-tracker';
import { ClaimQueue } from './claim-queue';
import { Highlighter } from './highlighter';
import { MentionRegistry } from './mention-registry';
import { findMentionsInRun, rangeFactory, type Mention, type RangeFactory } from './mentions';
import { PaintBatch } from './paint-batch';
import { TimeSlicer } from './time-slicer';

export interface PageMarkerOptions {
  window: Window & typeof globalThis;
  /** The extension's own UI, never read and never a reason to rescan. */
  isOwnUi: (el: Element) => boolean;
  /** Called (at most once a slice) when the set of mentions changes. */
  onChange?: () => void;
  scanCode?: boolean;
  /** Parts of the page with more elements than this are read in parts (lib/reader/sieve.ts); for tests. */
  sieveAbove?: number;
  /** The claim check, when already at hand (tests). */
  claimFinder?: ClaimFinder;
  /** How the claim check is loaded the first time a page may need it (lib/extension/parts.ts). */
  loadClaimFinder?: () => Promise<ClaimFinder>;
  /** The stylesheet adopted where marks show; by default the build's (lib/marker/highlighter.ts). */
  adoptedMarkRules?: string;
}

let sharedMatcher: Matcher | undefined;

/** The matcher's parts as worked out when the extension was built (modules/matcher-parts.ts), when they were. */
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
 * writes to it. Its parts each own their state and its reset: the time slicer (reading in slices), the
 * paint batch (when marks paint), the claim queue (figures waiting for the claim check) and the change
 * tracker (what the page changed); this class wires them to the registry and the highlighter.
 */
export class PageMarker {
  readonly registry = new MentionRegistry();
  readonly highlighter: Highlighter;
  private readonly doc: Document;
  private readonly matcher: Matcher;
  private readonly makeRange: RangeFactory;
  private readonly readOptions: ReadOptions;
  private readonly slicer: TimeSlicer;
  private readonly paintBatch: PaintBatch;
  private readonly claims: ClaimQueue;
  private readonly changes: ChangeTracker;
  /** Found in the slice under way, not yet in the registry. */
  private found: Mention[] = [];
  private running = false;
  /** Marks are found from the start but painted only once settings say they are wanted. */
  private painting = false;
  private categories = new Set<MarkCategory>(markCategories);

  constructor(private readonly options: PageMarkerOptions) {
    const win = options.window;
    this.doc = win.document;
    this.matcher = pageMatcher();
    this.makeRange = rangeFactory(win);
    this.highlighter = new Highlighter(win, options.adoptedMarkRules);
    this.readOptions = {
      scanCode: options.scanCode ?? false,
      isOwnUi: options.isOwnUi,
      mayContain: this.matcher.mayContain,
      mayHold: this.matcher.mayHold,
      namesAt: this.matcher.namesAt,
      mentionAt: this.matcher.mentionAt,
      sieveAbove: options.sieveAbove,
    };
    this.slicer = new TimeSlicer({
      window: win,
      onItem: (item) => this.onReadItem(item),
      afterSlice: (done) => this.afterSlice(done),
    });
    this.paintBatch = new PaintBatch(this.highlighter);
    // A slice with nothing queued checks what waited for the claim check, and paints it.
    this.claims = new ClaimQueue({
      finder: options.claimFinder,
      load: options.loadClaimFinder,
      onArrived: () => this.slicer.schedule(),
    });
    this.changes = new ChangeTracker({
      window: win,
      isOwnUi: options.isOwnUi,
      onSettled: () => {
        this.readChanges();
        this.slicer.schedule();
      },
    });
  }

  /** Reading the page and showing its marks (not only reading ahead of the settings). */
  get isShowing(): boolean {
    return this.running && this.painting;
  }

  /** Open shadow roots found on the page, for hit testing inside them. */
  get shadowRoots(): ShadowRoot[] {
    return this.changes.shadowRoots;
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
    this.changes.observe(this.doc);
    this.slicer.start();
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

  /** Removes every mark at once and stops watching the page; each part forgets what it held. */
  stop(): void {
    this.painting = false;
    if (!this.running) return;
    this.running = false;
    this.changes.reset();
    this.slicer.reset();
    this.paintBatch.reset();
    this.claims.reset();
    this.found = [];
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
    this.readChanges();
    this.slicer.flush();
  }

  private enqueue(root: Node | null): void {
    if (!root || isInsideSkipped(root, this.readOptions)) return;
    this.slicer.enqueue(readTextRuns(root, this.readOptions));
  }

  private onReadItem(item: ReadItem): void {
    if (item.kind === 'shadow-root') {
      this.highlighter.styleRoot(item.root);
      this.changes.observe(item.root);
    } else if (item.kind === 'run') {
      const run = item.run;
      const owns = run.owns;
      const all = matchPieces(run.text, this.matcher);
      // A part of a huge block keeps only the finds it owns: its neighbour reads the rest whole.
      const matches = owns ? all.filter((m) => m.start >= owns.from && m.start < owns.to) : all;
      if (!matches.length) return;
      const found = findMentionsInRun(run, matches, this.makeRange);
      if (!found.length) return;
      for (const m of found) this.found.push(m);
      this.claims.noteRun(run, matches);
    }
  }

  private afterSlice(readingDone: boolean): void {
    const found = this.found;
    this.found = [];
    for (const m of this.claims.check(this.matcher, this.readOptions, this.makeRange)) found.push(m);
    this.paintBatch.add(this.registry.add(found));
    if (this.paintBatch.paintIfDue(this.options.window.performance.now(), readingDone)) this.options.onChange?.();
  }

  /** Drops marks under changed blocks and queues those blocks, and added content, to be read. */
  private readChanges(): void {
    if (!this.running) return;
    const { dirty, added, prune } = this.changes.take();
    const tables = [...dirty, ...added].flatMap((n) => {
      const table = n.isConnected ? this.claims.tableToRecheck(n) : null;
      return table ? [table] : [];
    });
    const changed = outermost([...dirty.filter((n) => n.isConnected).map((n) => blockAncestor(n)), ...tables]);
    const changedSet = new Set(changed);
    const inChanged = (n: Node) => changedSet.size > 0 && (changedSet.has(n) || hasAncestorIn(n, changedSet));
    const fresh = outermost(added.filter((n) => n.isConnected)).filter((n) => !inChanged(n));
    const removed =
      prune || changed.length
        ? this.registry.removeWhere((m) => (prune && !m.range.startContainer.isConnected) || inChanged(m.block))
        : [];
    this.highlighter.remove(removed);
    this.paintBatch.keepWhere((m) => this.registry.has(m));
    // Runs waiting for the claim check inside a changed block are read again below.
    this.claims.forgetRunsWhere(inChanged);
    // Text still queued from earlier reads may be read again here; the registry keeps one mark per spot.
    for (const r of [...changed, ...fresh]) this.enqueue(r);
    if (removed.length) this.options.onChange?.();
  }
}

/**
 * The nodes not inside another of them. Each node's ancestors are looked up in a set rather than each
 * pair compared: a live blog inserting 40 posts every 100 ms gathers hundreds of them between rescans.
 */
export function outermost(nodes: readonly Node[]): Node[] {
  const unique = new Set(nodes);
  return [...unique].filter((n) => !hasAncestorIn(n, unique));
}

/** Whether one of `node`'s ancestors (in its own tree, as `contains` sees it) is in `nodes`. */
function hasAncestorIn(node: Node, nodes: ReadonlySet<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (nodes.has(p)) return true;
  return false;
}
