import { article } from '../../data/article';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * "8 April 2026" from "2026-04-08". By hand, not Intl.DateTimeFormat: building a formatter loads
 * locale data, which cost the content script tens of milliseconds at start-up on every page.
 */
function formatLaunchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Where the figures come from, with the launch date: one wording for the card and the popup. */
export const chartSource = () => `${article.sourceLine}, ${formatLaunchDate(article.launchDate)}`;

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
