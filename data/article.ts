import type { Article } from './types';

// Written in our own words from ../shared/seed/muse-spark-launch-article.txt.
export const article: Article = {
  title: 'Meta launches Muse Spark, the first model from Meta Superintelligence Labs',
  launchDate: '2026-04-08',
  outlets: ['Reuters', 'Axios', 'The Verge', 'Business Insider', "Meta's launch materials"],
  summary:
    "Muse Spark is Meta's new foundation model and the first release of its superintelligence lab. " +
    "It now runs Meta AI in the app and on the web, and is heading to Meta's messaging and social apps and its glasses. " +
    'The launch chart puts it first on chart reasoning and hard health questions, but behind rivals on abstract puzzles and competitive coding, so the coverage reads it as a credible restart rather than a clear lead.',
  keyPoints: [
    'First model from Meta Superintelligence Labs, built after a costly hiring drive and an AI reorganisation.',
    'Now powers Meta AI in its app and on meta.ai; WhatsApp, Instagram, Facebook, Messenger and the smart glasses follow, plus a private API preview.',
    'Reasons natively over text and images, calls tools, and can coordinate several agents at once.',
    'Three modes: a quick default, a deeper "Thinking" mode, and a "Contemplating" mode that arrives gradually.',
    'Tops the launch chart on CharXiv Reasoning (86.4) and HealthBench Hard (42.8); health tuning involved over 1,000 physicians.',
    'Lags on ARC AGI 2 (Gemini 3.1 Pro and GPT 5.4 finish ahead) and on LiveCodeBench Pro (GPT 5.4 ahead); no figures are given for either.',
    'Safety was assessed under the Advanced AI Scaling Framework; Apollo Research saw high evaluation awareness in a near-final checkpoint.',
  ],
  sourceLine: "Meta's launch chart, as covered",
};
