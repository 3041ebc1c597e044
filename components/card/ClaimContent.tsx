import { benchmarkById } from '../../data/benchmarks';
import { outletTierLabel } from '../../data/outlet-figures';
import { benchmarkRows, formatFigure, modelName, statementFor } from '../../lib/scores/score-view';
import type { Claim } from '../../lib/claims/verdict';
import { differenceWords, verdictLabels } from '../shared/wording';
import { ScoreBars } from '../shared/ScoreBars';

/** The card for a checked figure: what the page says, what the launch chart says, and the gap. */
export function ClaimContent({ claim }: { claim: Claim }) {
  const benchmark = benchmarkById.get(claim.benchmark)!;
  const model = modelName(claim.model);
  const statement = statementFor(claim.benchmark);
  const difference = claim.verdict === 'differs' ? differenceWords(claim) : null;
  return (
    <>
      <dl class={`claim claim-${claim.verdict}`}>
        <dt>This page</dt>
        <dd>
          {/* When the page does not say whose figure it is, the card does not say either. */}
          {claim.modelGuessed ? `A figure on ${benchmark.name}` : `${model} on ${benchmark.name}`}:{' '}
          <strong>{claim.printed}</strong>
        </dd>
        <dt>Launch chart</dt>
        <dd>
          {claim.chart === null ? (
            'no figure for this pair'
          ) : (
            <>
              <strong>{formatFigure(claim.chart)}</strong>
              {claim.modelGuessed && ` for ${model}`}
              {claim.rounded && ' (the page rounds it)'}
            </>
          )}
        </dd>
        {claim.outlet !== null && (
          <>
            <dt>Outlets report</dt>
            <dd>
              <strong>{formatFigure(claim.outlet)}</strong> ({outletTierLabel.toLowerCase()})
            </dd>
          </>
        )}
        {difference && (
          <>
            <dt>Difference</dt>
            <dd>The page's figure is {difference}.</dd>
          </>
        )}
      </dl>
      {statement ? (
        <p class="statement">{statement.statement}</p>
      ) : (
        <ScoreBars rows={benchmarkRows(claim.benchmark)} label={`${benchmark.name} on the launch chart`} />
      )}
    </>
  );
}

export const claimTitle = (claim: Claim) => verdictLabels[claim.verdict];
