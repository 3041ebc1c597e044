import { benchmarkById } from '../../data/benchmarks';
import { modelById } from '../../data/models';
import type { BenchmarkId, ModelId } from '../../data/types';
import type { TextMatch } from '../text/matcher';

/** The names in a text a figure may belong to: the catalogue's, and versioned or family names it does not know. */

export type EntityKind = 'model' | 'benchmark' | 'other' | 'unknown';

export interface Entity {
  kind: EntityKind;
  /** A model or benchmark id for known entities. */
  id?: string;
  start: number;
  end: number;
  /** Named by family only ("Claude"): which model is meant is a guess. */
  byFamily?: boolean;
}

const MONTHS =
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december';
/**
 * Capitalised words that put a number after them without naming a model: sentence openers,
 * prepositions and verbs, months, and document furniture ("Table 2").
 */
export const NOT_A_NAME = new Set(
  (
    'a an the at on in with by for from to of and or but just only about around nearly almost roughly over under above below ' +
    'up down it its is was while versus vs against compared than top no score scores scored scoring reached reaching posted ' +
    // Verbs that open a list item about a model named above it ("Posts 86.4 on ...").
    'posts reaches hits gets tops earns lands notches trails sits leads ' +
    'posting hit hitting managed managing got led leading trailed trailing put puts placed notched notching earned landed ' +
    'table figure fig chart section version page step day week phase level round grade q h part chapter ' +
    MONTHS
  ).split(' '),
);

/** A name with a version number that the catalogue does not know: "Llama 4", "Qwen3", "Gemini 2.5". */
const VERSIONED_NAME =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)[ -]?[vV]?\d+(?:\.\d+)*[a-z]?(?![A-Za-z0-9])/g;

/**
 * A model family named alone ("ahead of Claude's 14.8"): the chart's one model of that family, as
 * a guess that may confirm a figure but not contradict it. A family the chart lacks is a rival
 * we know nothing about.
 */
const FAMILY =
  /(?<![A-Za-z0-9])(Claude|Opus|Gemini|Grok|GPT|ChatGPT|Llama|Qwen|DeepSeek|Mistral|Kimi)(?![A-Za-z0-9]|[ -]?\d)/g;
const CHART_FAMILY: Record<string, ModelId> = {
  Claude: 'claude-opus-4-6-max',
  Opus: 'claude-opus-4-6-max',
  Gemini: 'gemini-3-1-pro-high',
  Grok: 'grok-4-2',
};

/** The known and unknown names in `text`, in order; `matches` are the catalogue's. */
export function entitiesOf(text: string, matches: readonly TextMatch[]): Entity[] {
  const known: Entity[] = matches.map((m) => ({
    kind: modelById.has(m.termId as ModelId)
      ? 'model'
      : benchmarkById.has(m.termId as BenchmarkId)
        ? 'benchmark'
        : 'other',
    id: m.termId,
    start: m.start,
    end: m.end,
  }));
  const unknown: Entity[] = [];
  VERSIONED_NAME.lastIndex = 0;
  for (let m = VERSIONED_NAME.exec(text); m; m = VERSIONED_NAME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_A_NAME.has(m[1]!.toLowerCase())) {
      // "At 42.8": look again just after the word, for a name that may start inside the match.
      VERSIONED_NAME.lastIndex = start + m[1]!.length;
      continue;
    }
    if (known.some((k) => k.start < end && start < k.end)) {
      VERSIONED_NAME.lastIndex = start + m[1]!.length;
      continue;
    }
    unknown.push({ kind: 'unknown', start, end });
  }
  const overlaps = (start: number, end: number) => [...known, ...unknown].some((k) => k.start < end && start < k.end);
  FAMILY.lastIndex = 0;
  for (let m = FAMILY.exec(text); m; m = FAMILY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const id = CHART_FAMILY[m[1]!];
    unknown.push(id ? { kind: 'model', id, start, end, byFamily: true } : { kind: 'unknown', start, end });
  }
  return [...known, ...unknown].sort((a, b) => a.start - b.start);
}
