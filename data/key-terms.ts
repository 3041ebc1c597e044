import type { KeyTerm } from './types';

// The article's other named ideas; each is explained, in our own words, in locales/ (`keyterm.<id>`).
export const keyTerms: readonly KeyTerm[] = [
  {
    id: 'meta-superintelligence-labs',
    name: 'Meta Superintelligence Labs',
    variants: ['Meta Superintelligence Labs', 'Meta Superintelligence Lab'],
  },
  {
    id: 'thinking-mode',
    name: 'Thinking mode',
    variants: ['Thinking mode', '"Thinking" mode'],
  },
  {
    id: 'contemplating-mode',
    name: 'Contemplating mode',
    variants: ['Contemplating mode', '"Contemplating" mode'],
  },
  {
    id: 'personal-superintelligence',
    name: 'Personal superintelligence',
    variants: ['personal superintelligence'],
  },
  {
    id: 'advanced-ai-scaling-framework',
    name: 'Advanced AI Scaling Framework',
    variants: ['Advanced AI Scaling Framework'],
  },
  {
    id: 'evaluation-awareness',
    name: 'Evaluation awareness',
    variants: ['evaluation awareness'],
  },
];
