import { t } from '../../lib/i18n/messages';
import { formatFigure, modelName } from '../../lib/scores/score-view';
import type { Claim } from '../../lib/claims/verdict';
import { differenceWords, verdictLabel } from '../shared/wording';
import { ChartFigures } from './CardFigures';

/** The card for a checked figure: what the page says, what the launch chart says, and the gap. */
export function ClaimContent({ claim }: { claim: Claim }) {
  const model = modelName(claim.model);
  const difference = claim.verdict === 'differs' ? differenceWords(claim) : null;
  return (
    <>
      <dl class={`claim claim-${claim.verdict}`}>
        <dt>{t('claim.thisPage')}</dt>
        <dd>
          {/* When the page does not say whose figure it is, the card does not say either. */}
          {/* The benchmark is named in the card's first line. The page's figure is shown as printed. */}
          {claim.modelGuessed ? t('claim.aFigure') : model}: <strong>{claim.printed}</strong>
        </dd>
        <dt>{t('claim.launchChart')}</dt>
        <dd>
          {claim.chart === null ? (
            t('claim.noFigureForPair')
          ) : (
            <>
              <strong>{formatFigure(claim.chart)}</strong>
              {claim.modelGuessed && ` ${t('claim.forModel', { model })}`}
              {claim.rounded && ` ${t('claim.pageRounds')}`}
            </>
          )}
        </dd>
        {claim.outlet !== null && (
          <>
            <dt>{t('claim.outletsReport')}</dt>
            <dd>
              <strong>{formatFigure(claim.outlet)}</strong> ({t('outletTier.inline')})
            </dd>
          </>
        )}
        {difference && (
          <>
            <dt>{t('claim.difference')}</dt>
            <dd>{difference}</dd>
          </>
        )}
      </dl>
      <ChartFigures id={claim.benchmark} />
    </>
  );
}

export const claimTitle = (claim: Claim) => verdictLabel(claim.verdict);
