import { benchmarks } from '../../data/benchmarks';
import { keyTerms } from '../../data/key-terms';
import type { Benchmark } from '../../data/types';
import { outletFigures } from '../../data/outlet-figures';
import { t } from '../../lib/i18n/messages';
import { chartSource } from '../../lib/scores/export';
import {
  benchmarkRows,
  formatFigure,
  hasOutletFigures,
  modelName,
  outletRows,
  statementFor,
} from '../../lib/scores/score-view';
import { copyText } from '../../lib/extension/clipboard';
import { Briefing, KeyPoints } from '../shared/Briefing';
import { ScoreBars } from '../shared/ScoreBars';
import { ScoreTable } from '../shared/ScoreTable';
import { CopyTable } from '../shared/CopyTable';
import {
  benchmarkMadeBy,
  benchmarkMeasures,
  categoryLabel,
  keyTermExplanation,
  keyTermName,
  statementText,
} from '../shared/wording';

/**
 * The full briefing, laid out for a whole window: the summary and key points, Muse Spark at a glance,
 * every benchmark with its bars, the full score table to copy, the key terms and the sources.
 */
export function BriefingPage() {
  return (
    <main class="page briefing-page">
      <nav class="toc" aria-label={t('briefing.onThisPage')}>
        <a href="#summary">{t('briefing.tocSummary')}</a>
        <a href="#model">{t('briefing.tocModel')}</a>
        <a href="#benchmarks">{t('briefing.tocBenchmarks')}</a>
        <a href="#table">{t('briefing.tocTable')}</a>
        <a href="#terms">{t('briefing.tocTerms')}</a>
        <a href="#sources">{t('briefing.tocSources')}</a>
      </nav>
      <section id="summary">
        <Briefing />
        <h2>{t('briefing.keyPoints')}</h2>
        <KeyPoints />
      </section>
      <section id="model" aria-labelledby="model-title">
        <h2 id="model-title">{t('briefing.atAGlance')}</h2>
        <p>{t('museSpark.whatItIs')}</p>
        <dl class="facts">
          <dt>{t('briefing.runsIn')}</dt>
          <dd>{t('museSpark.whereItRuns')}</dd>
          <dt>{t('briefing.modes')}</dt>
          <dd>{t('museSpark.modes')}</dd>
        </dl>
      </section>
      <section id="benchmarks" aria-labelledby="benchmarks-title">
        <h2 id="benchmarks-title">{t('briefing.benchmarks')}</h2>
        <div class="benchmark-grid">
          {benchmarks.map((b) => (
            <BenchmarkSection key={b.id} benchmark={b} />
          ))}
        </div>
      </section>
      <section id="table" aria-labelledby="table-title">
        <h2 id="table-title">{t('briefing.scoreTable')}</h2>
        <ScoreTable />
        <CopyTable onCopy={(text) => copyText(document, text)} />
      </section>
      <section id="terms" aria-labelledby="terms-title">
        <h2 id="terms-title">{t('briefing.keyTerms')}</h2>
        <dl class="terms">
          {keyTerms.map((k) => (
            <div key={k.id}>
              <dt>{keyTermName(k.id)}</dt>
              <dd>{keyTermExplanation(k.id)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Sources />
    </main>
  );
}

/** One benchmark: what it measures, who made it, and its figures (the outlets' apart and labelled). */
function BenchmarkSection({ benchmark: b }: { benchmark: Benchmark }) {
  const statement = statementFor(b.id);
  return (
    <article class="benchmark" aria-labelledby={`b-${b.id}`}>
      <h3 id={`b-${b.id}`}>{b.name}</h3>
      <p class="quiet">
        {categoryLabel(b.category)} · {benchmarkMadeBy(b.id)}
      </p>
      <p>{benchmarkMeasures(b.id)}</p>
      {statement ? (
        <p class="statement">{statementText(statement.benchmark)}</p>
      ) : (
        <ScoreBars rows={benchmarkRows(b.id)} label={t('figures.scoresLabel', { benchmark: b.name })} />
      )}
      {hasOutletFigures(b.id) && (
        <div class="outlet-tier">
          <p class="quiet">† {t('outletTier.label')}:</p>
          <ScoreBars
            rows={outletRows(b.id).filter((r) => r.value !== null)}
            label={t('figures.outletScoresLabel', { benchmark: b.name })}
          />
        </div>
      )}
    </article>
  );
}

/** Where everything on the page comes from. */
function Sources() {
  const figures = outletFigures
    .map((o) => t('outletTier.figure', { model: modelName(o.model), value: formatFigure(o.value), count: o.outlets }))
    .join('; ');
  return (
    <section id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('briefing.sources')}</h2>
      <ul>
        <li>{t('briefing.sourceFigures', { source: chartSource() })}</li>
        <li>{t('briefing.sourceCoverage', { outlets: t('article.outlets') })}</li>
        <li>{t('briefing.sourceOutlets', { tier: t('outletTier.label'), figures })}</li>
      </ul>
      <p class="quiet">{t('briefing.shipsInside')}</p>
    </section>
  );
}
