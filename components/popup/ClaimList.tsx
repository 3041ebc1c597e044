import { t } from '../../lib/i18n/messages';
import { formatFigure, modelName } from '../../lib/scores/score-view';
import type { Claim, Verdict } from '../../lib/claims/verdict';
import { benchmarkName, differenceWords, verdictLabel } from '../shared/wording';

/** A word-and-shape sign for each verdict, so it never rests on colour alone. */
const verdictSigns: Record<Verdict, string> = { matches: '✓', differs: '≠', unlisted: '?', 'matches-outlets': '✓†' };

/** The short detail beside a checked figure in the list. */
function detailOf(c: Claim): string {
  switch (c.verdict) {
    case 'differs':
      return t('claim.detail.differs', { chart: formatFigure(c.chart!), difference: differenceWords(c) ?? '' });
    case 'matches':
      return c.rounded ? t('claim.detail.rounded', { chart: formatFigure(c.chart!) }) : t('claim.detail.matches');
    case 'matches-outlets':
      return t('claim.detail.matchesOutlets', { outlet: formatFigure(c.outlet!) });
    case 'unlisted':
      return t('claim.detail.unlisted');
  }
}

/**
 * The figures this page gives for a model on a benchmark, each with its verdict against the launch
 * chart: those that differ first, under a heading of their own, then the rest in page order.
 */
export function ClaimList({ claims, onReveal }: { claims: readonly Claim[]; onReveal: (index: number) => void }) {
  if (!claims.length) return null;
  // Each keeps its page-order index: that is how the page finds its mark.
  const indexed = claims.map((claim, index) => ({ claim, index }));
  const differing = indexed.filter((c) => c.claim.verdict === 'differs');
  const others = indexed.filter((c) => c.claim.verdict !== 'differs');
  return (
    <>
      {differing.length > 0 && (
        <section class="mention-group claims differs-first" aria-label={t('claim.differLabel')}>
          <h2>{t('claim.differHeading', differing.length)}</h2>
          <ClaimButtons items={differing} onReveal={onReveal} />
        </section>
      )}
      {others.length > 0 && (
        <section class="mention-group claims" aria-label={t('claim.othersLabel')}>
          <h2>{differing.length ? t('claim.othersHeading') : t('claim.noneDiffers', others.length)}</h2>
          <ClaimButtons items={others} onReveal={onReveal} />
        </section>
      )}
    </>
  );
}

function ClaimButtons({
  items,
  onReveal,
}: {
  items: { claim: Claim; index: number }[];
  onReveal: (index: number) => void;
}) {
  return (
    <ul class="mentions">
      {items.map(({ claim: c, index }) => (
        <li key={index}>
          <button type="button" class={`mention claim verdict-${c.verdict}`} onClick={() => onReveal(index)}>
            <span>
              {c.modelGuessed
                ? t('claim.listGuessed', { benchmark: benchmarkName(c.benchmark) })
                : t('claim.listModel', { model: modelName(c.model), benchmark: benchmarkName(c.benchmark) })}{' '}
              <strong>{c.printed}</strong>
              <span class="claim-detail">{detailOf(c)}</span>
            </span>
            <span class="verdict" aria-label={verdictLabel(c.verdict)} title={verdictLabel(c.verdict)}>
              {verdictSigns[c.verdict]}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
