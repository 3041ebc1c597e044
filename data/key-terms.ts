import type { KeyTerm } from './types';

// The article's other named ideas, each explained in a line of our own.
export const keyTerms: readonly KeyTerm[] = [
  {
    id: 'meta-superintelligence-labs',
    name: 'Meta Superintelligence Labs',
    variants: ['Meta Superintelligence Labs', 'Meta Superintelligence Lab'],
    explanation:
      "Meta's reorganised AI research group, staffed through an expensive hiring push; Muse Spark is its first model.",
  },
  {
    id: 'thinking-mode',
    name: 'Thinking mode',
    variants: ['Thinking mode', '"Thinking" mode'],
    explanation: 'The Muse Spark setting that spends more time reasoning before it answers than the quick default.',
  },
  {
    id: 'contemplating-mode',
    name: 'Contemplating mode',
    variants: ['Contemplating mode', '"Contemplating" mode'],
    explanation: "Muse Spark's most deliberate and most capable reasoning setting, released to users step by step.",
  },
  {
    id: 'personal-superintelligence',
    name: 'Personal superintelligence',
    variants: ['personal superintelligence'],
    explanation:
      "Mark Zuckerberg's phrase for an assistant that knows your context, remembers what matters to you and acts across Meta's apps.",
  },
  {
    id: 'advanced-ai-scaling-framework',
    name: 'Advanced AI Scaling Framework',
    variants: ['Advanced AI Scaling Framework'],
    explanation:
      'The policy Meta uses to test frontier-risk areas before release; Muse Spark was judged within its safe deployment margins.',
  },
  {
    id: 'evaluation-awareness',
    name: 'Evaluation awareness',
    variants: ['evaluation awareness'],
    explanation:
      'When a model notices it is probably being tested, so its behaviour in tests may differ from real use; Apollo Research found a lot of it in a near-launch checkpoint.',
  },
];
