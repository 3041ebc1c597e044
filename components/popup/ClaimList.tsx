import { benchmarkById } from '../../data/benchmarks';
import { formatFigure, modelName } from '../../lib/scores/score-view';
import type { Claim, Verdict } from '../../lib/claims/verdict';
import { differenceWords, verdictLabels } from '../shared/wording';

/** A word-and-shape sign for each verdict, so it never rests on colour alone. */
const verdictSigns: Record<Verdict, string> = { matches: '✓', differs: '≠', unlisted: '?', 'matches-outlets': '✓†' };

/** The short detail beside a checked figure in the list. */
function detailOf(c: Claim): string {
  switch (c.verdict) {
    case 'differs':
      return `chart ${formatFigure(c.chart!)}, ${differenceWords(c)}`;
    case 'matches':
      return c.rounded ? `chart ${formatFigure(c.chart!)}, rounded` : 'as on the chart';
    case 'matches-outlets':
      return `no chart figure; outlets report ${formatFigure(c.outlet!)} (not in the launch article)`;
    case 'unlisted':
      return 'the chart gives no figure';
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
        <section class="mention-group claims differs-first" aria-label="Figures that differ from the launch chart">
          <h2>
            {differing.length} {differing.length === 1 ? 'figure differs' : 'figures differ'} from the launch chart
          </h2>
          <ClaimButtons items={differing} onReveal={onReveal} />
        </section>
      )}
      {others.length > 0 && (
        <section class="mention-group claims" aria-label="Other figures checked against the launch chart">
          <h2>
            {differing.length
              ? 'Other figures checked'
              : `${others.length} ${others.length === 1 ? 'figure' : 'figures'} checked, none differs`}
          </h2>
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
              {c.modelGuessed ? 'A figure on' : `${modelName(c.model)} ·`} {benchmarkById.get(c.benchmark)?.name}:{' '}
              <strong>{c.printed}</strong>
              <span class="claim-detail">{detailOf(c)}</span>
            </span>
            <span class="verdict" aria-label={verdictLabels[c.verdict]} title={verdictLabels[c.verdict]}>
              {verdictSigns[c.verdict]}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
