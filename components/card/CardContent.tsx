import { benchmarkById, categoryLabels } from '../../data/benchmarks';
import { keyTerms } from '../../data/key-terms';
import { modelById } from '../../data/models';
import { museSparkProfile } from '../../data/muse-spark';
import type { BenchmarkId, ModelId } from '../../data/types';
import { modelName } from '../../lib/scores/score-view';
import { chartSource } from '../../lib/scores/export';
import { claimSentence } from '../shared/wording';
import { ClaimContent, claimTitle } from './ClaimContent';
import { BenchmarkFigures, MuseSparkStandings, RivalFigures } from './CardFigures';
import type { Term } from '../../lib/text/terms';
import type { Claim } from '../../lib/claims/verdict';
import type { CardActions } from '../../lib/card/types';

/**
 * What a card is about: a term the page mentions (with the mode it names in brackets, as the key term
 * that explains that mode), or a figure the page gives for one.
 */
export type CardSubject = { term: Term; mode?: string } | { claim: Claim };

/**
 * The hover card: a head (what it is, a close button), figures as the main content, and a foot whose
 * actions are always in view. Compact by design, so the whole card fits a laptop screen at 200 % zoom.
 */
export function CardContent({
  subject,
  actions,
  titleId,
  onCopy,
}: {
  subject: CardSubject;
  actions: CardActions;
  titleId: string;
  /** Copies text for the reader (a claim card's verdict); resolves to whether it worked. */
  onCopy: (text: string) => Promise<boolean>;
}) {
  const isClaim = 'claim' in subject;
  return (
    <>
      <div class="card-head">
        <div class="head-text">
          <p class="card-kind">
            {isClaim ? `Claim check · ${benchmarkName(subject.claim.benchmark)}` : kindLabel(subject.term)}
          </p>
          <h2 id={titleId} class="card-title">
            {isClaim ? claimTitle(subject.claim) : titleOf(subject.term, subject.mode)}
          </h2>
        </div>
        <button type="button" class="close" aria-label="Close card" title="Close (Esc)" onClick={actions.close}>
          ×
        </button>
      </div>
      <div class="card-body">{isClaim ? <ClaimContent claim={subject.claim} /> : body(subject.term, subject.mode)}</div>
      <div class="card-foot">
        <SourceLine subject={subject} />
        <div class="actions">
          {isClaim && <CopyButton text={verdictSentence(subject.claim)} onCopy={onCopy} />}
          <button type="button" class="action primary" onClick={actions.openBriefing}>
            Full briefing
          </button>
          <button type="button" class="action" onClick={() => void actions.offOnThisSite()}>
            Off on this site
          </button>
        </div>
      </div>
    </>
  );
}

const benchmarkName = (id: BenchmarkId) => benchmarkById.get(id)!.name;

const verdictSentence = (claim: Claim) =>
  claimSentence(claim, benchmarkName(claim.benchmark), modelName(claim.model), chartSource());

/** "Copy verdict", saying "Copied" (to assistive technology too) once the text is on the clipboard. */
function CopyButton({ text, onCopy }: { text: string; onCopy: (text: string) => Promise<boolean> }) {
  const copy = (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    void onCopy(text).then((ok) => {
      button.textContent = ok ? 'Copied' : 'Copy failed';
      setTimeout(() => (button.textContent = 'Copy verdict'), 2000);
    });
  };
  return (
    <button type="button" class="action" aria-live="polite" onClick={copy}>
      Copy verdict
    </button>
  );
}

/** Where the figures come from; a key term's card shows none, so it names the article instead. */
function SourceLine({ subject }: { subject: CardSubject }) {
  if (!('claim' in subject) && subject.term.category === 'keyterm') {
    return <p class="source">From the launch coverage, as summarised in the briefing.</p>;
  }
  // Figures from outlets carry their own label where they show (CardFigures.tsx).
  return <p class="source">Figures: {chartSource()}</p>;
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

/** The term's name, with the mode the page names ("Muse Spark (Thinking)"). */
function titleOf(term: Term, mode: string | undefined): string {
  const modeTerm = mode ? keyTerms.find((k) => k.id === mode) : undefined;
  return modeTerm ? `${term.name} (${modeTerm.name.replace(/ mode$/, '')})` : term.name;
}

function body(term: Term, mode: string | undefined) {
  switch (term.category) {
    case 'benchmark': {
      const id = term.id as BenchmarkId;
      return (
        <>
          <p>{benchmarkById.get(id)!.brief}</p>
          <BenchmarkFigures id={id} />
        </>
      );
    }
    case 'muse':
      return <MuseSparkBody mode={mode} />;
    case 'model':
      return <RivalFigures id={term.id as ModelId} />;
    case 'keyterm':
      return <p>{keyTerms.find((k) => k.id === term.id)?.explanation}</p>;
  }
}

function MuseSparkBody({ mode }: { mode: string | undefined }) {
  const modeTerm = mode ? keyTerms.find((k) => k.id === mode) : undefined;
  return (
    <>
      {modeTerm && (
        <p class="mode">
          <strong>{modeTerm.name}:</strong> {modeTerm.explanation}
        </p>
      )}
      <p>{museSparkProfile.brief}</p>
      <MuseSparkStandings />
    </>
  );
}
