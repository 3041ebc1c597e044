import { outletTierShortLabel } from '../../data/outlet-figures';
import { formatFigure, modelName } from '../../lib/scores/score-view';
import type { Claim } from '../../lib/claims/verdict';
import { differenceWords, verdictLabels } from '../shared/wording';
import { ChartFigures } from './CardFigures';

/** The card for a checked figure: what the page says, what the launch chart says, and the gap. */
export function ClaimContent({ claim }: { claim: Claim }) {
  const model = modelName(claim.model);
  const difference = claim.verdict === 'differs' ? differenceWords(claim) : null;
  return (
    <>
      <dl class={`claim claim-${claim.verdict}`}>
        <dt>This page</dt>
        <dd>
          {/* When the page does not say whose figure it is, the card does not say either. */}
          {/* The benchmark is named in the card's first line. */}
          {claim.modelGuessed ? 'A figure' : model}: <strong>{claim.printed}</strong>
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
              <strong>{formatFigure(claim.outlet)}</strong> ({outletTierShortLabel.toLowerCase()})
            </dd>
          </>
        )}
        {difference && (
          <>
            <dt>Difference</dt>
            <dd>{difference}</dd>
          </>
        )}
      </dl>
      <ChartFigures id={claim.benchmark} />
    </>
  );
}

export const claimTitle = (claim: Claim) => verdictLabels[claim.verdict];
