import type { Article } from './types';

// The launch itself. What the coverage said (title, summary, key points, outlets) is written in our own
// words, from ../shared/seed/muse-spark-launch-article.txt, in locales/ (`article.*`), in every language.
export const article: Article = {
  launchDate: '2026-04-08',
};
