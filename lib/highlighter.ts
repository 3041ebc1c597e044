import type { Mention } from './mentions';
import { markCategories, termCategories, type MarkCategory, type TermCategory } from './terms';
import type { Verdict } from './claims';

/** How a mark looks: its term's category, or a checked figure's verdict. */
export type MarkKind = TermCategory | `claim-${Verdict}`;

const markKinds: readonly MarkKind[] = [...termCategories, 'claim-matches', 'claim-differs', 'claim-unlisted'];

export const markKindOf = (m: Mention): MarkKind =>
  m.claim ? `claim-${m.claim.verdict}` : (m.category as TermCategory);

const categoryOfKind = (kind: MarkKind): MarkCategory => (kind.startsWith('claim-') ? 'claim' : (kind as TermCategory));

/** Highlight names carry our prefix so they never collide with a page's own highlights. */
export const highlightName = (kind: MarkKind) => `muse-spark-context-${kind}`;

// Calm marks: a faint tint and an underline in each category's hue. Tints are translucent so they
// read on light and dark pages alike; only paint properties, so layout cannot move.
export const highlightCss = `
::highlight(${highlightName('muse')}) {
  background-color: rgba(139, 92, 246, 0.2);
  text-decoration: underline solid rgba(139, 92, 246, 0.95) 2px;
}
::highlight(${highlightName('benchmark')}) {
  background-color: rgba(20, 184, 166, 0.18);
  text-decoration: underline solid rgba(13, 148, 136, 0.95) 2px;
}
::highlight(${highlightName('model')}) {
  background-color: rgba(245, 158, 11, 0.16);
  text-decoration: underline dotted rgba(217, 119, 6, 0.95) 2px;
}
::highlight(${highlightName('keyterm')}) {
  text-decoration: underline dashed rgba(100, 116, 139, 0.9) 1px;
}
::highlight(${highlightName('claim-matches')}) {
  background-color: rgba(22, 163, 74, 0.14);
  text-decoration: underline solid rgba(22, 163, 74, 0.9) 2px;
}
::highlight(${highlightName('claim-differs')}) {
  background-color: rgba(220, 38, 38, 0.2);
  text-decoration: underline wavy rgba(220, 38, 38, 0.95) 2px;
}
::highlight(${highlightName('claim-unlisted')}) {
  text-decoration: underline dotted rgba(100, 116, 139, 0.95) 2px;
}
`;

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange>;
interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, h: Set<AbstractRange>): unknown;
  delete(name: string): boolean;
}

/**
 * Paints mentions with the CSS Custom Highlight API: nothing is added to or changed in the page's
 * DOM. Styles arrive as a constructed stylesheet, which a page's Content-Security-Policy cannot block.
 */
export class Highlighter {
  private readonly highlights = new Map<MarkKind, Set<AbstractRange>>();
  private readonly registry: HighlightRegistryLike | undefined;
  private readonly Ctor: HighlightCtor | undefined;
  private readonly styledRoots = new Set<Document | ShadowRoot>();
  /** Roots met before anything was shown: styled when something first is (see `styleRoot`). */
  private readonly rootsToStyle = new Set<Document | ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;
  private visible = new Set<MarkCategory>(markCategories);
  /** Whether `show` has been called: until then nothing is registered, so nothing paints. */
  private shown = false;

  constructor(private readonly win: Window & typeof globalThis) {
    const css = win.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined;
    const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
    this.registry = css?.highlights && Ctor ? css.highlights : undefined;
    this.Ctor = Ctor;
  }

  /** A kind's highlight, made when first needed: most pages never need most of them. */
  private highlightFor(kind: MarkKind): Set<AbstractRange> {
    let h = this.highlights.get(kind);
    if (!h) {
      h = this.Ctor ? new this.Ctor() : new Set<AbstractRange>();
      this.highlights.set(kind, h);
      if (this.visible.has(categoryOfKind(kind)) && this.shown) this.registry?.set(highlightName(kind), h);
    }
    return h;
  }

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) this.highlightFor(markKindOf(m)).add(m.range);
  }

  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) this.highlights.get(markKindOf(m))?.delete(m.range);
  }

  /** Which categories are painted; the others keep their ranges, ready to show again at once. */
  show(categories: ReadonlySet<MarkCategory>): void {
    this.visible = new Set(categories);
    this.shown = true;
    for (const root of this.rootsToStyle) this.styleRoot(root);
    this.rootsToStyle.clear();
    for (const [kind, highlight] of this.highlights) {
      if (this.visible.has(categoryOfKind(kind))) this.registry?.set(highlightName(kind), highlight);
      else this.unregister(kind);
    }
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
   * Makes the ::highlight() rules apply inside `root` (the document, or a shadow root): at once if
   * marks are shown, else when they first are. A page where marks never show (paused, off on this
   * site) never has its stylesheets touched, and the start-up task does not parse our CSS.
   */
  styleRoot(root: Document | ShadowRoot): void {
    if (!this.shown) {
      this.rootsToStyle.add(root);
      return;
    }
    if (this.styledRoots.has(root)) return;
    this.styledRoots.add(root);
    try {
      if (!this.sheet) {
        this.sheet = new this.win.CSSStyleSheet();
        this.sheet.replaceSync(highlightCss);
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
    this.rootsToStyle.clear();
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
  }
}
