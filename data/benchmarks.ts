import type { Benchmark, BenchmarkId } from './types';

// Descriptions in our own words, from the public record summarised in ../shared/facts.md.
export const benchmarks: readonly Benchmark[] = [
  {
    id: 'charxiv-reasoning',
    name: 'CharXiv Reasoning',
    variants: ['CharXiv Reasoning', 'CharXiv-Reasoning', 'CharXiv (Reasoning)'],
    category: 'multimodal',
    measures:
      'Questions that need reasoning over real charts taken from arXiv papers; the reasoning half of the CharXiv chart benchmark.',
    madeBy: 'Princeton University (2024)',
    brief: 'Reasoning over real charts from arXiv papers.',
  },
  {
    id: 'mmmu-pro',
    name: 'MMMU Pro',
    variants: ['MMMU Pro', 'MMMU-Pro'],
    category: 'multimodal',
    measures:
      'College-level questions across many subjects that mix images and text, hardened with more answer options and an image-only setting.',
    madeBy: 'The MMMU team (2024)',
    brief: 'Hardened college-level questions that mix images and text.',
  },
  {
    id: 'simplevqa',
    name: 'SimpleVQA',
    variants: ['SimpleVQA', 'Simple VQA', 'Simple-VQA'],
    category: 'multimodal',
    measures: 'Short fact questions about images, checking whether a model states visual facts correctly.',
    madeBy: 'SimpleVQA authors (2025)',
    brief: 'Short fact questions about images.',
  },
  {
    id: 'healthbench-hard',
    name: 'HealthBench Hard',
    variants: ['HealthBench Hard', 'HealthBench-Hard', 'HealthBench (Hard)'],
    category: 'health',
    measures:
      'The hardest 1,000 of 5,000 realistic health conversations, graded against rubrics written by physicians.',
    madeBy: 'OpenAI (2025)',
    brief: 'The hardest realistic health chats, graded by physicians’ rubrics.',
  },
  {
    id: 'arc-agi-2',
    name: 'ARC AGI 2',
    variants: ['ARC AGI 2', 'ARC-AGI-2', 'ARC-AGI 2', 'ARC AGI-2', 'ARC-AGI2'],
    category: 'reasoning',
    measures: 'Abstract grid puzzles that people solve readily but that cannot be memorised, testing fresh reasoning.',
    madeBy: 'ARC Prize Foundation (2025)',
    brief: 'Abstract grid puzzles that reward fresh reasoning over memory.',
  },
  {
    id: 'livecodebench-pro',
    name: 'LiveCodeBench Pro',
    variants: ['LiveCodeBench Pro', 'LiveCodeBench-Pro', 'LiveCodeBench (Pro)'],
    category: 'coding',
    measures:
      'Competitive programming problems from Codeforces, ICPC and IOI, gathered as contests happen so models cannot have seen them.',
    madeBy: 'LiveCodeBench Pro team, with Olympiad medalists (2025)',
    brief: 'Fresh contest programming problems from Codeforces, ICPC and IOI.',
  },
];

export const benchmarkById = /* @__PURE__ */ new Map<BenchmarkId, Benchmark>(benchmarks.map((b) => [b.id, b]));

export const categoryLabels: Record<Benchmark['category'], string> = {
  multimodal: 'Multimodal',
  health: 'Health',
  reasoning: 'Reasoning',
  coding: 'Coding',
};
