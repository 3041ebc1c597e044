import { article } from '../../data/article';
import { formatLaunchDate } from '../../lib/scores/export';

/** The launch in a few lines: what happened, when, and who covered it; its title at the page's heading level. */
export function Briefing({ level = 1 }: { level?: 1 | 2 }) {
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <header class="briefing">
      <Title class="briefing-title">{article.title}</Title>
      <p class="meta">
        Launched <time dateTime={article.launchDate}>{formatLaunchDate(article.launchDate)}</time> · Covered by{' '}
        {article.outlets.join(', ')}
      </p>
      <p class="summary">{article.summary}</p>
    </header>
  );
}

/** What stood out in the coverage. */
export function KeyPoints() {
  return (
    <ul class="key-points">
      {article.keyPoints.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
