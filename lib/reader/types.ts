/** What the page reader (lib/reader/read-text.ts) takes and gives. */

export interface TextSegment {
  node: Text;
  /** Where this node's text starts in the run's text. */
  start: number;
}

export interface TextRun {
  /** The block that holds the run: what a rescan after a change starts from. */
  block: Node;
  text: string;
  segments: TextSegment[];
  /**
   * For one part of a huge block (lib/reader/runs.ts): the finds this part owns, by where they start in
   * its text. Parts share some text, so a name across their boundary is read whole in one of them; each
   * find belongs to exactly one part. Absent for a whole block.
   */
  owns?: { from: number; to: number };
}

export interface ReadOptions {
  scanCode: boolean;
  /** Subtrees the extension owns (its card host), never read. */
  isOwnUi?: (el: Element) => boolean;
  /**
   * A cheap test of one text node's text: false means no mention can start in it. Runs none of
   * whose nodes pass are skipped without being joined into a string.
   */
  mayContain?: (text: string) => boolean;
  /**
   * The same test for text run together across nodes: false means no mention can start anywhere in it.
   * Asked of the text either side of a word join, where a name's first word may run across.
   */
  mayHold?: (text: string) => boolean;
  /**
   * Where a whole part of the page, all its text nodes run together, holds a spelling whole or ends with one's
   * beginning (lib/text/matcher.ts), each as [start, end): a part is read where they are, and one with none
   * is not read. With it and the next, big pages are read in parts (see `sieve`).
   */
  namesAt?: (text: string) => [number, number][];
  /**
   * Whether a mention starts at `start` in such a text, whatever stands before it: a place whose spelling
   * runs on into a word ("thinking models") is read only where the page's text may end right after it.
   */
  mentionAt?: (text: string, start: number) => boolean;
  /** Parts with more elements than this are sieved; for tests. */
  sieveAbove?: number;
}

/**
 * What a read yields: a run of text, an open shadow root, `progress` (a long stretch with nothing
 * to report: a chance to check the time), or `pause`: one long native call comes next, and a caller
 * reading in time slices should start it in a slice of its own.
 */
export type ReadItem =
  { kind: 'run'; run: TextRun } | { kind: 'shadow-root'; root: ShadowRoot } | { kind: 'progress' } | { kind: 'pause' };
