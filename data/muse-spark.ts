// Muse Spark's own card, in our words, from the launch article.
export const museSparkProfile = {
  whatItIs:
    "Meta's new foundation model and the first from Meta Superintelligence Labs: it reasons over text and images together, calls tools, shows visual chain of thought and can run several agents at once.",
  /** The same in one line, for the hover card. */
  brief: 'The first model from Meta Superintelligence Labs: multimodal reasoning, tool use, parallel agents.',
  whereItRuns:
    'Meta AI in its app and on meta.ai now; WhatsApp, Instagram, Facebook, Messenger and Meta’s glasses next; a private API preview for selected users.',
  modes: ['Fast default', '“Thinking”', '“Contemplating” (arriving gradually)'],
  leads: ['charxiv-reasoning', 'healthbench-hard'],
  trails: ['arc-agi-2', 'livecodebench-pro'],
} as const;
