import type { PageState } from '../../lib/extension/popup-client';
import { termCategories } from '../../lib/text/terms';
import { t } from '../../lib/i18n/messages';
import type { KeyTermId } from '../../data/types';
import { keyTermName } from '../shared/wording';
import { holes, Words } from '../shared/Words';
import { CLAIM_TERM_ID } from '../../lib/marker/mentions';
import { ClaimList } from './ClaimList';

/**
 * What the current page says about the launch: how many mentions, the figures it gives (those that
 * differ from the chart first), and every term it names; each a button that goes to it on the page.
 */
export function PagePanel({
  state,
  onReveal,
}: {
  state: PageState;
  /** Goes to the term's `index`-th mark (a checked figure's, for `claim`). */
  onReveal: (termId: string, index: number) => void;
}) {
  if (state.kind === 'loading') return <p class="quiet">{t('popup.reading')}</p>;
  if (state.kind === 'unavailable') {
    return <p class="quiet">{t('popup.unavailable')}</p>;
  }
  const { page } = state;
  // Paused or off here: the status above says so and offers the way back; there is nothing to list.
  if (!page.active) return null;
  const claims = <ClaimList claims={page.claims} onReveal={(i) => onReveal(CLAIM_TERM_ID, i)} />;
  if (page.mentions.length === 0) {
    return (
      <>
        {claims}
        <p class="quiet">{t('popup.nothing')}</p>
      </>
    );
  }
  const byCategory = termCategories
    .map((c) => ({ c, items: page.mentions.filter((m) => m.category === c).sort((a, b) => b.count - a.count) }))
    .filter((g) => g.items.length);
  return (
    <>
      <p class="lead-line">
        <Words
          text={t(page.capped ? 'popup.leadCapped' : 'popup.lead', holes('count'))}
          parts={{ count: <strong>{t('popup.mentionCount', page.total)}</strong> }}
        />
      </p>
      {claims}
      {byCategory.map(({ c, items }) => (
        <section key={c} class="mention-group" aria-label={t(`termGroup.${c}`)}>
          <h2>{t(`termGroup.${c}`)}</h2>
          <ul class="mentions">
            {items.map((m) => (
              <li key={m.termId}>
                <button type="button" class={`mention cat-${m.category}`} onClick={() => onReveal(m.termId, 0)}>
                  <span>{m.category === 'keyterm' ? keyTermName(m.termId as KeyTermId) : m.name}</span>
                  <span class="count" aria-label={t('popup.mentionCount', m.count)}>
                    {m.count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
