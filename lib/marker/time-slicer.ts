import type { ReadItem } from '../reader/types';

/** Longest stretch of work before handing the main thread back to the page. */
const SLICE_MS = 4;

export interface TimeSlicerOptions {
  window: Window & typeof globalThis;
  /** Handles one item the reader yields. */
  onItem(item: ReadItem): void;
  /** Called after every slice, with whether reading is done for now. */
  afterSlice(done: boolean): void;
}

/**
 * Reads queued parts of the page in slices of at most SLICE_MS, each in a task of its own, so the page
 * stays responsive however big it is. A reader is a generator: a slice stops at its budget and the next
 * one resumes where it stopped. A `pause` item (a long native call comes next) ends a slice early.
 */
export class TimeSlicer {
  private queue: Generator<ReadItem>[] = [];
  private scheduled = false;
  private running = false;

  constructor(private readonly options: TimeSlicerOptions) {}

  /** Slices run from now on (and only then). */
  start(): void {
    this.running = true;
  }

  enqueue(reader: Generator<ReadItem>): void {
    this.queue.push(reader);
    this.schedule();
  }

  /** A slice soon, even with nothing queued: `afterSlice` still runs (to check claims that waited). */
  schedule(): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    this.options.window.setTimeout(() => {
      this.scheduled = false;
      if (!this.running) return;
      this.runSlice(SLICE_MS);
      if (this.queue.length) this.schedule();
    }, 0);
  }

  /** Reads everything queued now, without slicing: for tests and for callers that must wait. */
  flush(): void {
    do this.runSlice(Infinity);
    while (this.queue.length);
  }

  /** Drops everything queued; no slice runs until `start`. */
  reset(): void {
    this.running = false;
    this.queue = [];
  }

  private runSlice(budgetMs: number): void {
    const perf = this.options.window.performance;
    const t0 = perf.now();
    let items = 0;
    let outOfTime = false;
    while (this.queue.length && !outOfTime) {
      const reader = this.queue[0]!;
      let step = reader.next();
      for (; !step.done; step = reader.next()) {
        // A long native call comes next: it starts the next slice instead of lengthening this one.
        if (step.value.kind === 'pause' && items > 0) break;
        items++;
        this.options.onItem(step.value);
        if (perf.now() - t0 > budgetMs) break;
      }
      if (step.done) this.queue.shift();
      outOfTime = !step.done || perf.now() - t0 > budgetMs;
    }
    this.options.afterSlice(this.queue.length === 0);
  }
}
