import { benchmarkById, benchmarks } from '../../data/benchmarks';
import { modelById, models } from '../../data/models';
import { outletTierShortLabel } from '../../data/outlet-figures';
import type { BenchmarkId, ModelId } from '../../data/types';
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
} from '../../lib/scores/score-view';
import { ScoreBars } from '../shared/ScoreBars';

/** The figures a card shows, as compact as they can be read: bars for figures, one line for the rest. */

const shortName = (id: ModelId) => modelById.get(id)?.shortName ?? id;

/** A benchmark on the launch chart: bars for the models with a figure, one line naming those without. */
export function ChartFigures({ id }: { id: BenchmarkId }) {
  const statement = statementFor(id);
  if (statement) return <p class="statement">{statement.statement}</p>;
  const rows = benchmarkRows(id);
  const missing = rows.filter((r) => r.value === null);
  return (
    <>
      <ScoreBars rows={rows.filter((r) => r.value !== null)} label={`${benchmarkById.get(id)!.name} scores`} />
      {missing.length > 0 && <p class="muted">Not reported for {missing.map((r) => r.model.shortName).join(', ')}.</p>}
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
          <p class="outlet-label">† {outletTierShortLabel}:</p>
          <ScoreBars
            rows={outletRows(id).filter((r) => r.value !== null)}
            label={`${benchmarkById.get(id)!.name}: figures outlets report`}
          />
        </div>
      )}
    </>
  );
}

const ordinals = ['', '1st', '2nd', '3rd', '4th', '5th'];

/** Muse Spark's line on every benchmark: its figure and place, or whom the article says finished ahead. */
export function MuseSparkStandings() {
  return (
    <table class="standings">
      <caption class="visually-hidden">Muse Spark on the launch chart</caption>
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
                  <td class="place">
                    {standing.of === 1
                      ? 'the only figure given'
                      : standing.place === 1
                        ? `★ best of ${standing.of}`
                        : `${ordinals[standing.place]} of ${standing.of}`}
                  </td>
                </>
              ) : (
                <>
                  <td class="figure">
                    <span aria-hidden="true">—</span>
                    <span class="visually-hidden">no figure</span>
                  </td>
                  <td class="place">behind {statement?.ahead.map(shortName).join(' and ') ?? 'others'}</td>
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
  const name = modelName(id);
  return (
    <>
      <p>
        {name} from {modelById.get(id)?.vendor}, one of the {models.length - 1} rivals on Muse Spark's launch chart.
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
          Ahead of Muse Spark on {ahead.map((s) => benchmarkById.get(s.benchmark)!.name).join(' and ')} (no figures
          given).
        </p>
      )}
    </>
  );
}
