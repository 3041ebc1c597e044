import type { PageState } from '../../lib/extension/popup-client';
import { categoryNames, termCategories } from '../../lib/text/terms';
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
  if (state.kind === 'loading') return <p class="quiet">Reading this page…</p>;
  if (state.kind === 'unavailable') {
    return (
      <p class="quiet">
        Extensions can’t read this page. Browser pages, web stores and PDFs are off limits; on an ordinary article,
        reload the page once if it was open before the extension was installed.
      </p>
    );
  }
  const { page } = state;
  // Paused or off here: the status above says so and offers the way back; there is nothing to list.
  if (!page.active) return null;
  const claims = <ClaimList claims={page.claims} onReveal={(i) => onReveal(CLAIM_TERM_ID, i)} />;
  if (page.mentions.length === 0) {
    return (
      <>
        {claims}
        <p class="quiet">Nothing here mentions Muse Spark, its rivals or its benchmarks.</p>
      </>
    );
  }
  const byCategory = termCategories
    .map((c) => ({ c, items: page.mentions.filter((m) => m.category === c).sort((a, b) => b.count - a.count) }))
    .filter((g) => g.items.length);
  return (
    <>
      <p class="lead-line">
        <strong>
          {page.total} {page.total === 1 ? 'mention' : 'mentions'}
        </strong>{' '}
        of the launch on this page
        {page.capped ? ' (marking stopped at the cap; the page has more)' : ''}.
      </p>
      {claims}
      {byCategory.map(({ c, items }) => (
        <section key={c} class="mention-group" aria-label={categoryNames[c]}>
          <h2>{categoryNames[c]}</h2>
          <ul class="mentions">
            {items.map((m) => (
              <li key={m.termId}>
                <button type="button" class={`mention cat-${m.category}`} onClick={() => onReveal(m.termId, 0)}>
                  <span>{m.name}</span>
                  <span class="count" aria-label={`${m.count} ${m.count === 1 ? 'mention' : 'mentions'}`}>
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
