import { benchmarkById, benchmarks } from '../../data/benchmarks';
import { modelById, models } from '../../data/models';
import type { BenchmarkId, ModelId } from '../../data/types';
import { listOf, t } from '../../lib/i18n/messages';
import {
  aheadWithoutFigures,
  benchmarkRows,
  formatFigure,
  hasOutletFigures,
  headToHead,
  modelName,
  outletRows,
  standingOf,
  statementFor,
  type Standing,
} from '../../lib/scores/score-view';
import { ScoreBars } from '../shared/ScoreBars';
import { benchmarkName, statementText } from '../shared/wording';

/** The figures a card shows, as compact as they can be read: bars for figures, one line for the rest. */

const shortName = (id: ModelId) => modelById.get(id)?.shortName ?? id;

/** A benchmark on the launch chart: bars for the models with a figure, one line naming those without. */
export function ChartFigures({ id }: { id: BenchmarkId }) {
  const statement = statementFor(id);
  if (statement) return <p class="statement">{statementText(statement.benchmark)}</p>;
  const rows = benchmarkRows(id);
  const missing = rows.filter((r) => r.value === null);
  return (
    <>
      <ScoreBars
        rows={rows.filter((r) => r.value !== null)}
        label={t('figures.scoresLabel', { benchmark: benchmarkName(id) })}
      />
      {missing.length > 0 && (
        <p class="muted">{t('card.notReportedFor', { models: listOf(missing.map((r) => r.model.shortName)) })}</p>
      )}
    </>
  );
}

/** The chart's figures, and under them, set apart and labelled, any figures outlets report. */
export function BenchmarkFigures({ id }: { id: BenchmarkId }) {
  return (
    <>
      <ChartFigures id={id} />
      {hasOutletFigures(id) && (
        <div class="outlet-tier">
          <p class="outlet-label">† {t('outletTier.shortLabel')}:</p>
          <ScoreBars
            rows={outletRows(id).filter((r) => r.value !== null)}
            label={t('figures.outletScoresLabel', { benchmark: benchmarkName(id) })}
          />
        </div>
      )}
    </>
  );
}

/** "★ best of 4", "2nd of 4": a place among the figures the chart gives. */
function placeWords({ place, of }: Standing): string {
  if (of === 1) return t('card.onlyFigure');
  switch (place) {
    case 1:
      return t('card.bestOf', { of });
    case 2:
      return t('card.place.second', { of });
    case 3:
      return t('card.place.third', { of });
    case 4:
      return t('card.place.fourth', { of });
    default:
      return t('card.place.fifth', { of });
  }
}

/** Muse Spark's line on every benchmark: its figure and place, or whom the article says finished ahead. */
export function MuseSparkStandings() {
  return (
    <table class="standings">
      <caption class="visually-hidden">{t('card.standingsCaption')}</caption>
      <tbody>
        {benchmarks.map((b) => {
          const standing = standingOf('muse-spark', b.id);
          const statement = statementFor(b.id);
          return (
            <tr key={b.id}>
              <th scope="row">{b.name}</th>
              {standing ? (
                <>
                  <td class="figure">{formatFigure(standing.value)}</td>
                  <td class="place">{placeWords(standing)}</td>
                </>
              ) : (
                <>
                  <td class="figure">
                    <span aria-hidden="true">—</span>
                    <span class="visually-hidden">{t('figures.noFigure')}</span>
                  </td>
                  <td class="place">
                    {statement
                      ? t('card.behind', { models: listOf(statement.ahead.map(shortName)) })
                      : t('card.behindOthers')}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A rival against Muse Spark where the article gives both figures, and where it says the rival led. */
export function RivalFigures({ id }: { id: ModelId }) {
  const pairs = headToHead(id);
  const ahead = aheadWithoutFigures(id);
  return (
    <>
      <p>
        {t('card.rivalIntro', {
          name: modelName(id),
          vendor: modelById.get(id)?.vendor ?? '',
          count: models.length - 1,
        })}
      </p>
      {pairs.length > 0 && (
        <table class="standings">
          <thead>
            <tr>
              <td />
              <th scope="col">{shortName(id)}</th>
              <th scope="col">Muse Spark</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={p.benchmark}>
                <th scope="row">{p.name}</th>
                <td class={`figure${p.rival > p.muse ? ' lead' : ''}`}>{formatFigure(p.rival)}</td>
                <td class={`figure${p.muse > p.rival ? ' lead' : ''}`}>{formatFigure(p.muse)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ahead.length > 0 && (
        <p class="statement">
          {t('card.aheadNoFigures', { benchmarks: listOf(ahead.map((s) => benchmarkById.get(s.benchmark)!.name)) })}
        </p>
      )}
    </>
  );
}
