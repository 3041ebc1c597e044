import type { PageState } from '../../lib/extension/popup-client';
import { categoryNames, termCategories } from '../../lib/text/terms';
import { CLAIM_TERM_ID } from '../../lib/marker/mentions';
import { ClaimList } from './ClaimList';

/** What the current page mentions, by term, and the figures it gives; each a button that goes to it. */
export function MentionList({
  state,
  onReveal,
  onTurnOn,
}: {
  state: PageState;
  /** Goes to the term's `index`-th mark (a checked figure's, for `claim`). */
  onReveal: (termId: string, index: number) => void;
  onTurnOn: () => void;
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
  if (!page.active) {
    return (
      <div class="quiet">
        <p>Marks are off on {page.hostname || 'this page'}.</p>
        <button type="button" onClick={onTurnOn}>
          Turn marks on here
        </button>
      </div>
    );
  }
  const claims = <ClaimList claims={page.claims} onReveal={(i) => onReveal(CLAIM_TERM_ID, i)} />;
  if (page.mentions.length === 0) {
    return (
      <>
        <p class="quiet">Nothing here mentions Muse Spark, its rivals or its benchmarks.</p>
        {claims}
      </>
    );
  }
  const byCategory = termCategories
    .map((c) => ({ c, items: page.mentions.filter((m) => m.category === c).sort((a, b) => b.count - a.count) }))
    .filter((g) => g.items.length);
  return (
    <>
      <p class="quiet">
        {page.total} {page.total === 1 ? 'mention' : 'mentions'} on this page
        {page.capped ? ' (marking stopped at the cap; the page has more)' : ''}.
      </p>
      {byCategory.map(({ c, items }) => (
        <section key={c} class="mention-group" aria-label={categoryNames[c]}>
          <h3>{categoryNames[c]}</h3>
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
      {claims}
    </>
  );
}
