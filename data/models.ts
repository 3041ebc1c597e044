import { byId, type Model, type ModelId } from './types';

// Names as the launch chart gives them; variants as writers print them (../shared/facts.md).
export const models: readonly Model[] = [
  {
    id: 'muse-spark',
    name: 'Muse Spark',
    shortName: 'Muse Spark',
    // A mode in brackets belongs to the name ("Muse Spark (Thinking)"): the card says which mode.
    variants: ['Muse Spark', 'Muse-Spark', 'MuseSpark', 'Muse Spark (Thinking)', 'Muse Spark (Contemplating)'],
    vendor: 'Meta',
  },
  {
    id: 'claude-opus-4-6-max',
    name: 'Claude Opus 4.6 Max',
    shortName: 'Opus 4.6',
    variants: ['Claude Opus 4.6 Max', 'Claude Opus 4.6 (Max)', 'Claude Opus 4.6', 'Opus 4.6 Max', 'Opus 4.6'],
    vendor: 'Anthropic',
  },
  {
    id: 'gemini-3-1-pro-high',
    name: 'Gemini 3.1 Pro High',
    shortName: 'Gemini 3.1',
    variants: ['Gemini 3.1 Pro High', 'Gemini 3.1 Pro (High)', 'Gemini 3.1 Pro'],
    vendor: 'Google',
  },
  { id: 'gpt-5-4', name: 'GPT 5.4', shortName: 'GPT 5.4', variants: ['GPT 5.4', 'GPT-5.4'], vendor: 'OpenAI' },
  { id: 'grok-4-2', name: 'Grok 4.2', shortName: 'Grok 4.2', variants: ['Grok 4.2', 'Grok-4.2'], vendor: 'xAI' },
];

export const modelById = /* @__PURE__ */ byId<ModelId, Model>(models);
