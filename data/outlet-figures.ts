import type { OutletFigure } from './types';

/**
 * The second tier: the launch article gives no ARC AGI 2 figure, and many independent outlets print the
 * same three, attributed to Meta's launch chart. Only cells where outlets agree and the article is silent
 * qualify; every place these show says where they come from (`outletTier.label` in locales/).
 */
export const outletFigures: readonly OutletFigure[] = [
  { benchmark: 'arc-agi-2', model: 'muse-spark', value: 42.5, outlets: 9 },
  { benchmark: 'arc-agi-2', model: 'gemini-3-1-pro-high', value: 76.5, outlets: 6 },
  { benchmark: 'arc-agi-2', model: 'gpt-5-4', value: 76.1, outlets: 6 },
];
