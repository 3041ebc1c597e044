import type { BenchmarkId, ModelId } from '../../data/types';
import type { Entity } from './entities';
import type { Figure } from './figures';

/** Whose figure it is, and on which benchmark: read from the shape of the sentence around it. */

/**
 * Between a model and a figure, words that say the figure belongs to someone else: an earlier
 * model, people, a baseline. A figure read past them is only a guess.
 */
const OTHER_OWNER = new Set(
  (
    'previous prior earlier predecessor predecessors last human humans people baseline average median experts expert ' +
    'physicians doctors random chance record leader leaderboard where whereas which ' +
    // Money and markets: "Meta stock rose 2.4% after Muse Spark...".
    'stock stocks shares share revenue price prices market investors'
  ).split(' '),
);

/** Sentence openers that refer back to the model just named ("It scored 42.8 on..."). */
const REFERS_BACK = /^["“‘']?(?:it|its|the model|the new model|meta['’]s (?:new )?model|the system|spark)\b/i;

const VENDOR_POSSESSIVE = /^(?:the\s+|(?:meta|openai|google|anthropic|xai|x\.ai)['’]s\s+)/i;

export interface Owner<T extends string> {
  id: T;
  /** Read from the shape of the sentence, not guessed: only a firm owner may contradict the chart. */
  firm: boolean;
}

/** The entity that starts right after a linking word ("for", "on", "(") after the figure. */
function linkedAfter(text: string, fig: Figure, entities: Entity[], links: RegExp): Entity | 'blocked' | null {
  const rest = text.slice(fig.after, fig.after + 80);
  const link = links.exec(rest);
  if (!link) return null;
  let at = fig.after + link[0].length;
  const vendor = VENDOR_POSSESSIVE.exec(text.slice(at, at + 20));
  if (vendor) at += vendor[0].length;
  const entity = entities.find((e) => e.start === at);
  if (entity) return entity;
  // A name we do not know, or "the previous model": the figure is someone else's.
  const words =
    text
      .slice(at, at + 40)
      .match(/[A-Za-z]+/g)
      ?.slice(0, 3) ?? [];
  const c = text[at];
  if ((c !== undefined && c >= 'A' && c <= 'Z') || words.some((w) => OTHER_OWNER.has(w.toLowerCase()))) {
    return 'blocked';
  }
  return null;
}

/** A known model as a figure's owner (a name we do not know owns nothing we can check); by family, never firm. */
const named = (e: Entity, firm: boolean): Owner<ModelId> | null =>
  e.kind === 'model' ? { id: e.id as ModelId, firm: firm && !e.byFamily } : null;

/** The model a figure belongs to, by the shape of its sentence, or null when nothing says. */
export function modelOwner(
  text: string,
  fig: Figure,
  span: [number, number],
  entities: Entity[],
  /** The model the block is about when it does not say (its heading, its list's introduction), asked only then. */
  subject: () => ModelId | null = () => null,
): Owner<ModelId> | null {
  const modelsHere = entities.filter(
    (e) => (e.kind === 'model' || e.kind === 'unknown') && e.start >= span[0] && e.end <= span[1],
  );
  const otherOwnerIn = (from: number, to: number) =>
    (
      text
        .slice(from, to)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    ).some((w) => OTHER_OWNER.has(w));

  const linked = linkedAfter(text, fig, entities, /^\s*(?:\(\s*|,?\s*(?:for|by|from)\s+)/i);
  if (linked === 'blocked') return null;
  if (linked && (linked.kind === 'model' || linked.kind === 'unknown')) return named(linked, true);

  const before = modelsHere.filter((e) => e.end <= fig.start).at(-1);
  if (before) return named(before, !otherOwnerIn(before.end, fig.start));
  const after = modelsHere.find((e) => e.start >= fig.end);
  if (after) {
    // "With 42.8 on HealthBench Hard, Muse Spark leads": a sentence about Muse Spark, unless it
    // first names someone else ("human physicians scored 13.0 ... below Muse Spark").
    return named(after, after.id === 'muse-spark' && !otherOwnerIn(span[0], after.start));
  }
  // No model in the sentence: "It scored 42.8 on..." right after a sentence about Muse Spark.
  const earlier = entities.filter((e) => (e.kind === 'model' || e.kind === 'unknown') && e.end <= span[0]).at(-1);
  if (REFERS_BACK.test(text.slice(span[0], fig.start).trimStart()) && earlier?.id === 'muse-spark') {
    return { id: 'muse-spark', firm: false };
  }
  // Nor in the text before it: a line under a heading about one model ("Leads with 42.8 on HealthBench
  // Hard"), unless the sentence says the figure is someone else's (an average, people, a record).
  if (earlier || otherOwnerIn(span[0], span[1])) return null;
  const id = subject();
  return id ? { id, firm: false } : null;
}

/**
 * "Muse Spark outscored GPT 5.4, 86.4 to 82.8": two figures paired by "to" or "vs" in a sentence
 * that names exactly two models belong to them in the order they were named.
 */
export function pairedOwners(
  text: string,
  figs: Figure[],
  span: [number, number],
  entities: Entity[],
): Map<Figure, ModelId> {
  const out = new Map<Figure, ModelId>();
  const models = entities.filter(
    (e) => e.start >= span[0] && e.end <= span[1] && (e.kind === 'model' || e.kind === 'unknown'),
  );
  const distinct = [...new Set(models.map((e) => e.id ?? 'unknown'))];
  if (distinct.length !== 2 || models.some((e) => e.kind === 'unknown' || e.byFamily)) return out;
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i]!;
    const b = figs[i + 1]!;
    if (
      /^\s*(?:to|vs\.?|versus|-|–)\s*$/i.test(text.slice(a.after, b.start)) &&
      models.every((e) => e.end <= a.start)
    ) {
      out.set(a, distinct[0] as ModelId);
      out.set(b, distinct[1] as ModelId);
    }
  }
  return out;
}

export function benchmarkOwner(
  text: string,
  fig: Figure,
  span: [number, number],
  entities: Entity[],
  /** The benchmark of the sentence before, for a short one that names none. */
  carried: BenchmarkId | null,
): Owner<BenchmarkId> | null {
  const linked = linkedAfter(text, fig, entities, /^\s*,?\s*(?:on|in|at|of|for|across)\s+/i);
  if (linked === 'blocked') return null;
  if (linked && linked.kind === 'benchmark') return { id: linked.id as BenchmarkId, firm: true };
  if (linked && linked.kind === 'unknown') return null;

  const benchmarksHere = entities.filter((e) => e.kind === 'benchmark' && e.start >= span[0] && e.end <= span[1]);
  if (!benchmarksHere.length) return carried ? { id: carried, firm: false } : null;
  const distinct = new Set(benchmarksHere.map((e) => e.id));
  if (distinct.size === 1) return { id: benchmarksHere[0]!.id as BenchmarkId, firm: true };
  const before = benchmarksHere.filter((e) => e.end <= fig.start).at(-1);
  if (before) return { id: before.id as BenchmarkId, firm: true };
  return { id: benchmarksHere.find((e) => e.start >= fig.end)!.id as BenchmarkId, firm: false };
}
