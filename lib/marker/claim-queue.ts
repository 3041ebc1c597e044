import type { Matcher, TextMatch } from '../text/matcher';
import type { ReadOptions, TextRun } from '../reader/types';
import { mayCheckTable, mayGiveFigure, type ClaimFinder } from '../claims/finder';
import { claimMention, type Mention, type RangeFactory } from './mentions';
import { closestElement } from '../reader/node-types';

export interface ClaimQueueOptions {
  /** The claim check, when already at hand (tests). */
  finder?: ClaimFinder;
  /** How the claim check is loaded the first time a page may need it; without it or `finder`, none runs. */
  load?: () => Promise<ClaimFinder>;
  /** The claim check arrived: what waited for it can be checked now. */
  onArrived(): void;
}

/**
 * The claim check's queue: runs that may give a figure and tables that name a model or benchmark, held
 * until the claim check is here, then checked once each. It owns which tables have been checked, so that
 * a change inside one rechecks it whole, and its `reset` forgets them all: a marker started again (after
 * Pause, or Off on this site) checks every table afresh.
 */
export class ClaimQueue {
  private finder: ClaimFinder | undefined;
  private requested = false;
  /** Read before the claim check arrived: runs that may give a figure. */
  private waiting: { run: TextRun; matches: readonly TextMatch[] }[] = [];
  private tablesToCheck = new Set<HTMLTableElement>();
  private checkedTables = new WeakSet<Element>();

  constructor(private readonly options: ClaimQueueOptions) {
    this.finder = options.finder;
  }

  /** A run with mentions: held for the check if it may give a figure, and its table noted. */
  noteRun(run: TextRun, matches: readonly TextMatch[]): void {
    this.noteTable(run.block);
    if (mayGiveFigure(run.text, matches)) this.waiting.push({ run, matches });
  }

  /** A table that names a model or benchmark may compare figures: checked once this slice is read. */
  private noteTable(block: Node): void {
    const table = closestElement(block, 'table') as HTMLTableElement | null;
    if (table && !this.checkedTables.has(table) && mayCheckTable(table)) this.tablesToCheck.add(table);
  }

  /**
   * The checked table around a changed node, which is to be read again whole (its figures depend on its
   * headers), or null. It counts as unchecked from now on.
   */
  tableToRecheck(node: Node): Element | null {
    const table = closestElement(node, 'table');
    if (!table || !this.checkedTables.has(table)) return null;
    this.checkedTables.delete(table);
    return table;
  }

  /** Runs waiting inside blocks that changed are dropped: those blocks are read again. */
  forgetRunsWhere(changed: (block: Node) => boolean): void {
    this.waiting = this.waiting.filter(({ run }) => !changed(run.block));
  }

  /**
   * The figures in the runs and tables noted so far, checked, once the claim check is here; until then
   * they wait, and the first of them sends for it.
   */
  check(matcher: Matcher, readOptions: ReadOptions, makeRange: RangeFactory): Mention[] {
    const finder = this.finder;
    if (!finder) {
      if (this.waiting.length || this.tablesToCheck.size) this.request();
      return [];
    }
    const found: Mention[] = [];
    for (const { run, matches } of this.waiting) {
      // Text removed since it was read is skipped; a changed block left the wait (forgetRunsWhere).
      if (!run.segments.every((s) => s.node.isConnected)) continue;
      for (const claim of finder.inRun(run, matches, matcher)) {
        const owns = run.owns;
        if (owns && (claim.at.start < owns.from || claim.at.start >= owns.to)) continue;
        found.push(claimMention(claim, makeRange));
      }
    }
    this.waiting = [];
    for (const table of this.tablesToCheck) {
      this.checkedTables.add(table);
      if (!table.isConnected) continue;
      for (const claim of finder.inTable(table, matcher, readOptions)) found.push(claimMention(claim, makeRange));
    }
    this.tablesToCheck.clear();
    return found;
  }

  /** Forgets everything read: nothing waits, and no table counts as checked. */
  reset(): void {
    this.waiting = [];
    this.tablesToCheck.clear();
    this.checkedTables = new WeakSet();
  }

  private request(): void {
    if (this.requested || !this.options.load) return;
    this.requested = true;
    this.options.load().then(
      (finder) => {
        this.finder = finder;
        this.options.onArrived();
      },
      () => {
        // The extension was updated or removed under this page: no claim check, and no error in the page.
      },
    );
  }
}
