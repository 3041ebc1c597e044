import type { Mention } from './mentions';
import { markCategories, termCategories, type MarkCategory, type TermCategory } from '../text/terms';
import type { Verdict } from '../claims/verdict';
// How marks look (see highlight.css).
import highlightCss from './highlight.css?inline';

/**
 * The stylesheet a page adopts once it shows a mark, or none. Chromium's manifest injects
 * highlight.css into every frame, and its elements inherit the root's highlight styles, so there is
 * nothing to adopt. Firefox does not inherit them: there each rule must match every element, which
 * costs style work for every element, so the sheet is adopted only where marks show.
 */
const adoptedMarkRules: string | undefined = import.meta.env.FIREFOX
  ? highlightCss.replaceAll(':root::highlight', '::highlight')
  : undefined;

/** How a mark looks: its term's category, or a checked figure's verdict. */
export type MarkKind = TermCategory | `claim-${Verdict}`;

export const markKinds: readonly MarkKind[] = [
  ...termCategories,
  'claim-matches',
  'claim-differs',
  'claim-unlisted',
  'claim-matches-outlets',
];

const markKindOf = (m: Mention): MarkKind => (m.claim ? `claim-${m.claim.verdict}` : (m.category as TermCategory));

const categoryOfKind = (kind: MarkKind): MarkCategory => (kind.startsWith('claim-') ? 'claim' : (kind as TermCategory));

/** Highlight names carry our prefix so they never collide with a page's own highlights. */
export const highlightName = (kind: MarkKind) => `muse-spark-context-${kind}`;

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange>;
interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, h: Set<AbstractRange>): unknown;
  delete(name: string): boolean;
}
interface HighlightApi {
  registry: HighlightRegistryLike | undefined;
  Ctor: HighlightCtor | undefined;
}

/**
 * Paints mentions with the CSS Custom Highlight API: nothing is added to or changed in the page's
 * DOM. Styles come from the manifest (Chromium) or a constructed stylesheet adopted once a mark is
 * painted (Firefox: see `styleRoot`); a page's Content-Security-Policy can block neither.
 */
export class Highlighter {
  private readonly highlights = new Map<MarkKind, Set<AbstractRange>>();
  private api: HighlightApi | undefined;
  /** The document and the shadow roots read: where marks may be. */
  private readonly roots = new Set<Document | ShadowRoot>();
  /** Those that have adopted our stylesheet. */
  private readonly styledRoots = new Set<Document | ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;
  private visible = new Set<MarkCategory>(markCategories);
  /** Whether `show` has been called: until then nothing is registered, so nothing paints. */
  private shown = false;

  /** `rules`: the stylesheet to adopt where marks show (see `adoptedMarkRules`), if any. */
  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly rules: string | undefined = adoptedMarkRules,
  ) {}

  /**
   * The page's highlight registry and `Highlight`, looked up when the first mark is made: their
   * first touch makes their objects in this script's world (about 0.4 ms in a fresh isolated world,
   * median of 9 loads), which most pages, showing no mark, need not pay.
   */
  private get highlightApi(): HighlightApi {
    if (!this.api) {
      const css = this.win.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined;
      const Ctor = (this.win as unknown as { Highlight?: HighlightCtor }).Highlight;
      this.api = { registry: css?.highlights && Ctor ? css.highlights : undefined, Ctor };
    }
    return this.api;
  }

  private get registry(): HighlightRegistryLike | undefined {
    return this.highlightApi.registry;
  }

  /** A kind's highlight, made when first needed: most pages never need most of them. */
  private highlightFor(kind: MarkKind): Set<AbstractRange> {
    let h = this.highlights.get(kind);
    if (!h) {
      const { Ctor } = this.highlightApi;
      h = Ctor ? new Ctor() : new Set<AbstractRange>();
      this.highlights.set(kind, h);
      if (this.visible.has(categoryOfKind(kind)) && this.shown) this.registry?.set(highlightName(kind), h);
    }
    return h;
  }

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) this.highlightFor(markKindOf(m)).add(m.range);
    this.styleOnceMarksShow();
  }

  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) this.highlights.get(markKindOf(m))?.delete(m.range);
  }

  /** Which categories are painted; the others keep their ranges, ready to show again at once. */
  show(categories: ReadonlySet<MarkCategory>): void {
    this.visible = new Set(categories);
    this.shown = true;
    for (const [kind, highlight] of this.highlights) {
      if (this.visible.has(categoryOfKind(kind))) this.registry?.set(highlightName(kind), highlight);
      else this.unregister(kind);
    }
    this.styleOnceMarksShow();
  }

  /**
   * Takes our highlight for `category` off the page, and only ours: after an update, the new
   * content script registers under the same name before the old one detaches.
   */
  private unregister(kind: MarkKind): void {
    const name = highlightName(kind);
    const mine = this.highlights.get(kind);
    if (mine && this.registry?.get(name) === mine) this.registry.delete(name);
  }

  /**
   * Makes the adopted rules apply inside `root` (the document, or a shadow root), once a mark shows.
   * A rule on every element makes the browser work out highlight styles for every element it styles,
   * and a sheet adopted after the page's first paint restyles all of it (in Chromium, on a
   * 4,000-paragraph page naming nothing, the page's own style work during load went from 62 ms to
   * 146 ms with such a sheet adopted at start-up). So a page with nothing to mark (most pages),
   * paused or off on this site is never touched.
   */
  styleRoot(root: Document | ShadowRoot): void {
    if (this.rules === undefined) return;
    this.roots.add(root);
    // Marks already show: a root found now is styled at once.
    if (this.styledRoots.size) this.adopt(root);
  }

  private styleOnceMarksShow(): void {
    // Nothing to adopt into (always so in Chromium), or already adopted: called on every paint, it
    // returns at once.
    if (!this.roots.size || this.styledRoots.size || !this.shown) return;
    for (const [kind, highlight] of this.highlights) {
      if (highlight.size && this.visible.has(categoryOfKind(kind))) {
        for (const root of this.roots) this.adopt(root);
        return;
      }
    }
  }

  private adopt(root: Document | ShadowRoot): void {
    if (this.styledRoots.has(root) || this.rules === undefined) return;
    this.styledRoots.add(root);
    try {
      if (!this.sheet) {
        this.sheet = new this.win.CSSStyleSheet();
        this.sheet.replaceSync(this.rules);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // A DOM without constructed stylesheets: marks stay unstyled rather than break the page.
    }
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
  }

  /** Removes every trace: highlights and the adopted stylesheet. */
  detach(): void {
    this.clear();
    this.shown = false;
    for (const kind of markKinds) this.unregister(kind);
    const sheet = this.sheet;
    for (const root of this.styledRoots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The root's document is gone; nothing left to clean.
      }
    }
    this.styledRoots.clear();
    this.roots.clear();
  }
}
