import type { Highlighter } from './highlighter';
import type { Mention } from './mentions';

/**
 * While a page is being read, new marks are painted at most this often: every highlight change
 * repaints the page, which on a huge page costs more than reading it (docs/performance.md).
 */
const PAINT_INTERVAL_MS = 250;

/**
 * Marks found but not yet painted. The first marks paint at once, then in batches while a long read
 * goes on, and the rest when it ends.
 */
export class PaintBatch {
  private unpainted: Mention[] = [];
  private lastPaintAt = -Infinity;

  constructor(private readonly highlighter: Highlighter) {}

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) this.unpainted.push(m);
  }

  /** Paints what waits if it is due; returns whether anything was painted. */
  paintIfDue(now: number, readingDone: boolean): boolean {
    if (!this.unpainted.length) return false;
    const due = this.lastPaintAt === -Infinity || readingDone || now - this.lastPaintAt >= PAINT_INTERVAL_MS;
    if (!due) return false;
    this.highlighter.add(this.unpainted);
    this.unpainted = [];
    this.lastPaintAt = now;
    return true;
  }

  /** Keeps only the waiting marks that pass (the others were removed before they painted). */
  keepWhere(keep: (m: Mention) => boolean): void {
    this.unpainted = this.unpainted.filter(keep);
  }

  reset(): void {
    this.unpainted = [];
    this.lastPaintAt = -Infinity;
  }
}
