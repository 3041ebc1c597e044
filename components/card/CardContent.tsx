import { benchmarkById, categoryLabels } from '../../data/benchmarks';
import { keyTerms } from '../../data/key-terms';
import { modelById } from '../../data/models';
import { museSparkProfile } from '../../data/muse-spark';
import type { BenchmarkId, ModelId } from '../../data/types';
import {
  aheadWithoutFigures,
  benchmarkRows,
  figure,
  formatFigure,
  hasOutletFigures,
  headToHead,
  modelName,
  outletRows,
  statementFor,
} from '../../lib/scores/score-view';
import { outletTierLabel } from '../../data/outlet-figures';
import { chartSource } from '../shared/Briefing';
import { ClaimContent, claimTitle } from './ClaimContent';
import { ScoreBars } from '../shared/ScoreBars';
import type { Term } from '../../lib/text/terms';
import type { Claim } from '../../lib/claims/verdict';
import type { CardActions } from '../../lib/card/types';

/**
 * What a card is about: a term the page mentions (with the mode it names in brackets, as the key term
 * that explains that mode), or a figure the page gives for one.
 */
export type CardSubject = { term: Term; mode?: string } | { claim: Claim };

/** The hover card's content: what the term is and how the models scored, or how a figure compares. */
export function CardContent({
  subject,
  actions,
  titleId,
}: {
  subject: CardSubject;
  actions: CardActions;
  titleId: string;
}) {
  const isClaim = 'claim' in subject;
  return (
    <>
      <div class="card-head">
        <p class="card-kind">
          {isClaim ? `Claim check · ${benchmarkById.get(subject.claim.benchmark)!.name}` : kindLabel(subject.term)}
        </p>
        <h2 id={titleId} class="card-title">
          {isClaim ? claimTitle(subject.claim) : titleOf(subject.term, subject.mode)}
        </h2>
      </div>
      <div class="card-body">{isClaim ? <ClaimContent claim={subject.claim} /> : body(subject.term, subject.mode)}</div>
      <div class="card-foot">
        <p class="source">
          Figures: {chartSource()}
          {showsOutletFigures(subject) && '; † figures reported by outlets after the launch'}
        </p>
        <div class="actions">
          <button type="button" class="action primary" onClick={actions.openBriefing}>
            Open full briefing
          </button>
          <button type="button" class="action" onClick={actions.offOnThisSite}>
            Off on this site
          </button>
        </div>
      </div>
    </>
  );
}

function kindLabel(term: Term): string {
  switch (term.category) {
    case 'muse':
      return 'Meta · AI model';
    case 'model':
      return `${modelById.get(term.id as ModelId)?.vendor ?? ''} · rival model`;
    case 'benchmark':
      return `${categoryLabels[benchmarkById.get(term.id as BenchmarkId)!.category]} benchmark`;
    case 'keyterm':
      return 'Key term from the launch';
  }
}

/** Whether the card shows figures from the outlet tier, which its source line then names too. */
function showsOutletFigures(subject: CardSubject): boolean {
  if ('claim' in subject) return subject.claim.outlet !== null;
  return subject.term.category === 'benchmark' && hasOutletFigures(subject.term.id as BenchmarkId);
}

/** The term's name, with the mode the page names ("Muse Spark (Thinking)"). */
function titleOf(term: Term, mode: string | undefined): string {
  const modeTerm = mode ? keyTerms.find((k) => k.id === mode) : undefined;
  return modeTerm ? `${term.name} (${modeTerm.name.replace(/ mode$/, '')})` : term.name;
}

function body(term: Term, mode: string | undefined) {
  switch (term.category) {
    case 'benchmark':
      return <BenchmarkBody id={term.id as BenchmarkId} />;
    case 'muse':
      return <MuseSparkBody mode={mode} />;
    case 'model':
      return <RivalBody id={term.id as ModelId} />;
    case 'keyterm':
      return <p>{keyTerms.find((k) => k.id === term.id)?.explanation}</p>;
  }
}

function BenchmarkBody({ id }: { id: BenchmarkId }) {
  const b = benchmarkById.get(id)!;
  const statement = statementFor(id);
  return (
    <>
      <p>{b.measures}</p>
      <p class="muted">Made by {b.madeBy}.</p>
      {statement ? (
        <p class="statement">{statement.statement}</p>
      ) : (
        <ScoreBars rows={benchmarkRows(id)} label={`${b.name} scores`} />
      )}
      <OutletFigures id={id} />
    </>
  );
}

/** The second tier, where outlets report figures the article does not give: labelled, in bars of its own. */
function OutletFigures({ id }: { id: BenchmarkId }) {
  if (!hasOutletFigures(id)) return null;
  const rows = outletRows(id).filter((r) => r.value !== null);
  return (
    <div class="outlet-tier">
      <p class="outlet-label">† {outletTierLabel}:</p>
      <ScoreBars rows={rows} label={`${benchmarkById.get(id)!.name}: figures outlets report`} />
    </div>
  );
}

function MuseSparkBody({ mode }: { mode: string | undefined }) {
  const p = museSparkProfile;
  const modeTerm = mode ? keyTerms.find((k) => k.id === mode) : undefined;
  return (
    <>
      {modeTerm && (
        <p class="mode">
          <strong>{modeTerm.name}:</strong> {modeTerm.explanation}
        </p>
      )}
      <p>{p.whatItIs}</p>
      <dl class="facts">
        <dt>Runs in</dt>
        <dd>{p.whereItRuns}</dd>
        <dt>Modes</dt>
        <dd>{p.modes.join(' · ')}</dd>
      </dl>
      <ul class="headline">
        {p.leads.map((id) => (
          <li key={id}>
            <span class="up" aria-hidden="true">
              ▲
            </span>{' '}
            Leads {benchmarkById.get(id)!.name} with <strong>{formatFigure(figure('muse-spark', id)!)}</strong>
          </li>
        ))}
        {p.trails.map((id) => (
          <li key={id}>
            <span class="down" aria-hidden="true">
              ▼
            </span>{' '}
            Trails on {benchmarkById.get(id)!.name}: behind {statementFor(id)!.ahead.map(modelName).join(' and ')}
          </li>
        ))}
      </ul>
    </>
  );
}

function RivalBody({ id }: { id: ModelId }) {
  const pairs = headToHead(id);
  const ahead = aheadWithoutFigures(id);
  const name = modelName(id);
  return (
    <>
      <p>
        {name} from {modelById.get(id)?.vendor}, one of the four rivals on Muse Spark's launch chart.
      </p>
      {pairs.map((p) => (
        <div key={p.benchmark} class="pair">
          <h3 class="pair-title">{p.name}</h3>
          <ScoreBars
            label={`${p.name}: ${name} and Muse Spark`}
            rows={benchmarkRows(p.benchmark).filter((r) => r.model.id === id || r.isMuseSpark)}
          />
        </div>
      ))}
      {ahead.map((s) => (
        <p key={s.benchmark} class="statement">
          Ahead of Muse Spark on {benchmarkById.get(s.benchmark)!.name} (no figures given).
        </p>
      ))}
    </>
  );
}
