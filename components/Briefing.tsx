import { article } from '../data/article';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatLaunchDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

/** The launch in a few lines: what happened, when, and who covered it. */
export function Briefing() {
  return (
    <header class="briefing">
      <h1>{article.title}</h1>
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
