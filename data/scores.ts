import type { BenchmarkStatement, Score } from './types';

// The launch chart as the article reports it. A cell the article does not give is
// `not-reported`; nothing here comes from memory or another outlet.
export const scores: readonly Score[] = [
  { model: 'muse-spark', benchmark: 'charxiv-reasoning', kind: 'figure', value: 86.4 },
  { model: 'claude-opus-4-6-max', benchmark: 'charxiv-reasoning', kind: 'figure', value: 65.3 },
  { model: 'gemini-3-1-pro-high', benchmark: 'charxiv-reasoning', kind: 'figure', value: 80.2 },
  { model: 'gpt-5-4', benchmark: 'charxiv-reasoning', kind: 'figure', value: 82.8 },
  { model: 'grok-4-2', benchmark: 'charxiv-reasoning', kind: 'figure', value: 60.9 },

  { model: 'muse-spark', benchmark: 'mmmu-pro', kind: 'figure', value: 80.4 },
  { model: 'claude-opus-4-6-max', benchmark: 'mmmu-pro', kind: 'not-reported' },
  { model: 'gemini-3-1-pro-high', benchmark: 'mmmu-pro', kind: 'not-reported' },
  { model: 'gpt-5-4', benchmark: 'mmmu-pro', kind: 'not-reported' },
  { model: 'grok-4-2', benchmark: 'mmmu-pro', kind: 'not-reported' },

  { model: 'muse-spark', benchmark: 'simplevqa', kind: 'figure', value: 71.3 },
  { model: 'claude-opus-4-6-max', benchmark: 'simplevqa', kind: 'not-reported' },
  { model: 'gemini-3-1-pro-high', benchmark: 'simplevqa', kind: 'not-reported' },
  { model: 'gpt-5-4', benchmark: 'simplevqa', kind: 'not-reported' },
  { model: 'grok-4-2', benchmark: 'simplevqa', kind: 'not-reported' },

  { model: 'muse-spark', benchmark: 'healthbench-hard', kind: 'figure', value: 42.8 },
  { model: 'claude-opus-4-6-max', benchmark: 'healthbench-hard', kind: 'figure', value: 14.8 },
  { model: 'gemini-3-1-pro-high', benchmark: 'healthbench-hard', kind: 'figure', value: 20.6 },
  { model: 'gpt-5-4', benchmark: 'healthbench-hard', kind: 'figure', value: 40.1 },
  { model: 'grok-4-2', benchmark: 'healthbench-hard', kind: 'figure', value: 20.3 },

  { model: 'muse-spark', benchmark: 'arc-agi-2', kind: 'not-reported' },
  { model: 'claude-opus-4-6-max', benchmark: 'arc-agi-2', kind: 'not-reported' },
  { model: 'gemini-3-1-pro-high', benchmark: 'arc-agi-2', kind: 'not-reported' },
  { model: 'gpt-5-4', benchmark: 'arc-agi-2', kind: 'not-reported' },
  { model: 'grok-4-2', benchmark: 'arc-agi-2', kind: 'not-reported' },

  { model: 'muse-spark', benchmark: 'livecodebench-pro', kind: 'not-reported' },
  { model: 'claude-opus-4-6-max', benchmark: 'livecodebench-pro', kind: 'not-reported' },
  { model: 'gemini-3-1-pro-high', benchmark: 'livecodebench-pro', kind: 'not-reported' },
  { model: 'gpt-5-4', benchmark: 'livecodebench-pro', kind: 'not-reported' },
  { model: 'grok-4-2', benchmark: 'livecodebench-pro', kind: 'not-reported' },
];

export const statements: readonly BenchmarkStatement[] = [
  {
    benchmark: 'arc-agi-2',
    ahead: ['gemini-3-1-pro-high', 'gpt-5-4'],
  },
  {
    benchmark: 'livecodebench-pro',
    ahead: ['gpt-5-4'],
  },
];
