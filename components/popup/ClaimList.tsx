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
 * The figures this page gives for a model on a benchmark, in page order, each with its verdict
 * against the launch chart; differing ones are counted first so they are seen at once.
 */
export function ClaimList({ claims, onReveal }: { claims: readonly Claim[]; onReveal: (index: number) => void }) {
  if (!claims.length) return null;
  const differing = claims.filter((c) => c.verdict === 'differs').length;
  return (
    <section class="mention-group claims" aria-label="Figures checked against the launch chart">
      <h3>Figures checked</h3>
      <p class="quiet">
        {claims.length} {claims.length === 1 ? 'figure' : 'figures'} on this page,{' '}
        {differing ? (
          <strong>
            {differing} {differing === 1 ? 'differs' : 'differ'} from the launch chart
          </strong>
        ) : (
          'none differs from the launch chart'
        )}
        .
      </p>
      <ul class="mentions">
        {claims.map((c, i) => (
          <li key={i}>
            <button type="button" class={`mention claim verdict-${c.verdict}`} onClick={() => onReveal(i)}>
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
    </section>
  );
}
