import { article } from '../../data/article';
import { benchmarks, categoryLabels } from '../../data/benchmarks';
import { keyTerms } from '../../data/key-terms';
import { museSparkProfile } from '../../data/muse-spark';
import type { Benchmark } from '../../data/types';
import { outletFigures, outletTierLabel } from '../../data/outlet-figures';
import { chartSource } from '../../lib/scores/export';
import { benchmarkRows, hasOutletFigures, modelName, outletRows, statementFor } from '../../lib/scores/score-view';
import { copyText } from '../../lib/extension/clipboard';
import { Briefing, KeyPoints } from '../shared/Briefing';
import { ScoreBars } from '../shared/ScoreBars';
import { ScoreTable } from '../shared/ScoreTable';
import { CopyTable } from '../shared/CopyTable';

/**
 * The full briefing, laid out for a whole window: the summary and key points, Muse Spark at a glance,
 * every benchmark with its bars, the full score table to copy, the key terms and the sources.
 */
export function BriefingPage() {
  return (
    <main class="page briefing-page">
      <nav class="toc" aria-label="On this page">
        <a href="#summary">Summary</a>
        <a href="#model">Muse Spark</a>
        <a href="#benchmarks">Benchmarks</a>
        <a href="#table">Score table</a>
        <a href="#terms">Key terms</a>
        <a href="#sources">Sources</a>
      </nav>
      <section id="summary">
        <Briefing />
        <h2>Key points</h2>
        <KeyPoints />
      </section>
      <section id="model" aria-labelledby="model-title">
        <h2 id="model-title">Muse Spark at a glance</h2>
        <p>{museSparkProfile.whatItIs}</p>
        <dl class="facts">
          <dt>Runs in</dt>
          <dd>{museSparkProfile.whereItRuns}</dd>
          <dt>Modes</dt>
          <dd>{museSparkProfile.modes.join(' · ')}</dd>
        </dl>
      </section>
      <section id="benchmarks" aria-labelledby="benchmarks-title">
        <h2 id="benchmarks-title">The benchmarks</h2>
        <div class="benchmark-grid">
          {benchmarks.map((b) => (
            <BenchmarkSection key={b.id} benchmark={b} />
          ))}
        </div>
      </section>
      <section id="table" aria-labelledby="table-title">
        <h2 id="table-title">Score table</h2>
        <ScoreTable />
        <CopyTable onCopy={(text) => copyText(document, text)} />
      </section>
      <section id="terms" aria-labelledby="terms-title">
        <h2 id="terms-title">Key terms</h2>
        <dl class="terms">
          {keyTerms.map((k) => (
            <div key={k.id}>
              <dt>{k.name}</dt>
              <dd>{k.explanation}</dd>
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
        {categoryLabels[b.category]} · {b.madeBy}
      </p>
      <p>{b.measures}</p>
      {statement ? (
        <p class="statement">{statement.statement}</p>
      ) : (
        <ScoreBars rows={benchmarkRows(b.id)} label={`${b.name} scores`} />
      )}
      {hasOutletFigures(b.id) && (
        <div class="outlet-tier">
          <p class="quiet">† {outletTierLabel}:</p>
          <ScoreBars
            rows={outletRows(b.id).filter((r) => r.value !== null)}
            label={`${b.name}: figures outlets report`}
          />
        </div>
      )}
    </article>
  );
}

/** Where everything on the page comes from. */
function Sources() {
  return (
    <section id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul>
        <li>Figures: {chartSource()}.</li>
        <li>Coverage summarised here: {article.outlets.join(', ')}.</li>
        <li>
          † {outletTierLabel}:{' '}
          {outletFigures.map((o) => `${modelName(o.model)} ${o.value} (printed by ${o.outlets} outlets)`).join('; ')}.
        </li>
      </ul>
      <p class="quiet">
        Everything here ships inside the extension; nothing is fetched. Summaries and descriptions are written in our
        own words.
      </p>
    </section>
  );
}
