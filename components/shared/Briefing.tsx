import { article } from '../../data/article';
import { t } from '../../lib/i18n/messages';
import { holes, Words } from './Words';
import { keyPoints } from './wording';

/** The launch in a few lines: what happened, when, and who covered it; its title at the page's heading level. */
export function Briefing({ level = 1 }: { level?: 1 | 2 }) {
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <header class="briefing">
      <Title class="briefing-title">{t('article.title')}</Title>
      <p class="meta">
        <Words
          text={t('launch.meta', { ...holes('date'), outlets: t('article.outlets') })}
          parts={{ date: <time dateTime={article.launchDate}>{t('article.launchDate')}</time> }}
        />
      </p>
      <p class="summary">{t('article.summary')}</p>
    </header>
  );
}

/** What stood out in the coverage. */
export function KeyPoints() {
  return (
    <ul class="key-points">
      {keyPoints().map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
