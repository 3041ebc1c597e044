import { byId, type Benchmark, type BenchmarkId } from './types';

// What each benchmark measures, and who made it, is in locales/ (in our own words, from ../shared/facts.md).
export const benchmarks: readonly Benchmark[] = [
  {
    id: 'charxiv-reasoning',
    name: 'CharXiv Reasoning',
    variants: ['CharXiv Reasoning', 'CharXiv-Reasoning', 'CharXiv (Reasoning)'],
    category: 'multimodal',
  },
  {
    id: 'mmmu-pro',
    name: 'MMMU Pro',
    variants: ['MMMU Pro', 'MMMU-Pro'],
    category: 'multimodal',
  },
  {
    id: 'simplevqa',
    name: 'SimpleVQA',
    variants: ['SimpleVQA', 'Simple VQA', 'Simple-VQA'],
    category: 'multimodal',
  },
  {
    id: 'healthbench-hard',
    name: 'HealthBench Hard',
    variants: ['HealthBench Hard', 'HealthBench-Hard', 'HealthBench (Hard)'],
    category: 'health',
  },
  {
    id: 'arc-agi-2',
    name: 'ARC AGI 2',
    variants: ['ARC AGI 2', 'ARC-AGI-2', 'ARC-AGI 2', 'ARC AGI-2', 'ARC-AGI2'],
    category: 'reasoning',
  },
  {
    id: 'livecodebench-pro',
    name: 'LiveCodeBench Pro',
    variants: ['LiveCodeBench Pro', 'LiveCodeBench-Pro', 'LiveCodeBench (Pro)'],
    category: 'coding',
  },
];

export const benchmarkById = /* @__PURE__ */ byId<BenchmarkId, Benchmark>(benchmarks);
