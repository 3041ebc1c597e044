import { byId } from '../../data/types';
import { benchmarks } from '../../data/benchmarks';
import { keyTerms } from '../../data/key-terms';
import { models } from '../../data/models';

/** What kind of thing a mention names; each has its own mark style and can be switched off. */
export type TermCategory = 'muse' | 'benchmark' | 'model' | 'keyterm';

export const termCategories: readonly TermCategory[] = ['muse', 'benchmark', 'model', 'keyterm'];

/** What a reader can switch on and off: the kinds of term, and the claim check on figures. */
export type MarkCategory = TermCategory | 'claim';

export const markCategories: readonly MarkCategory[] = [...termCategories, 'claim'];

export interface Term {
  /** The data id: a model, benchmark or key-term id. */
  id: string;
  category: TermCategory;
  name: string;
  variants: readonly string[];
}

/** Every term the extension looks for, built from the bundled data. */
function buildTermCatalogue(): Term[] {
  return [
    ...models.map((m) => ({
      id: m.id,
      category: m.id === 'muse-spark' ? ('muse' as const) : ('model' as const),
      name: m.name,
      variants: m.variants,
    })),
    ...benchmarks.map((b) => ({ id: b.id, category: 'benchmark' as const, name: b.name, variants: b.variants })),
    ...keyTerms.map((k) => ({ id: k.id, category: 'keyterm' as const, name: k.name, variants: k.variants })),
  ];
}

export const termCatalogue: readonly Term[] = /* @__PURE__ */ buildTermCatalogue();
export const termById = /* @__PURE__ */ byId(termCatalogue);

/** Muse Spark's modes that a mention may name in brackets, by the key term that explains each. */
const MODES: readonly [RegExp, string][] = [
  [/\(\s*thinking\s*\)/i, 'thinking-mode'],
  [/\(\s*contemplating\s*\)/i, 'contemplating-mode'],
];

/** The key term of the mode a mention's text names in brackets ("Muse Spark (Thinking)"), if any. */
export function modeNamedIn(text: string): string | undefined {
  return MODES.find(([pattern]) => pattern.test(text))?.[1];
}
