import { t } from '../../lib/i18n/messages';
import { formatFigure, type ScoreRow } from '../../lib/scores/score-view';

/**
 * A benchmark's figures as labelled bars: the number is always written out, Muse Spark's line is
 * emphasised, the best figure carries a "best" tag (not colour alone), and missing figures say so.
 */
export function ScoreBars({ rows, label }: { rows: ScoreRow[]; label: string }) {
  return (
    <ul class="bars" aria-label={label}>
      {rows.map((r) => (
        <li key={r.model.id} class={`bar-row${r.isMuseSpark ? ' muse' : ''}${r.best ? ' best' : ''}`}>
          <span class="bar-label">{r.model.name}</span>
          {r.value === null ? (
            <span class="bar-missing">{t('figures.notReported')}</span>
          ) : (
            <>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${r.value}%` }} />
              </span>
              <span class="bar-value">
                {formatFigure(r.value)}
                {r.best && <span class="best-tag"> {t('figures.bestTag')}</span>}
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
