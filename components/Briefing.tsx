import { article } from '../data/article';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatLaunchDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

/** The launch in a few lines: what happened, when, who covered it, and what stood out. */
export function Briefing() {
  return (
    <section class="briefing" aria-labelledby="briefing-title">
      <h1 id="briefing-title">{article.title}</h1>
      <p class="meta">
        Launched <time dateTime={article.launchDate}>{formatLaunchDate(article.launchDate)}</time> · Covered by{' '}
        {article.outlets.join(', ')}
      </p>
      <p>{article.summary}</p>
      <ul class="key-points">
        {article.keyPoints.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
