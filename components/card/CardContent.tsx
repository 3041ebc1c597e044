import { benchmarkById } from '../../data/benchmarks';
import { modelById } from '../../data/models';
import type { BenchmarkId, KeyTermId, ModelId } from '../../data/types';
import { keyPart, t } from '../../lib/i18n/messages';
import { modelName } from '../../lib/scores/score-view';
import { chartSource } from '../../lib/scores/export';
import { benchmarkBrief, benchmarkName, claimSentence, keyTermExplanation, keyTermName } from '../shared/wording';
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

/** The two modes a page can name in brackets after the model ("Muse Spark (Thinking)"). */
type ModeId = Extract<KeyTermId, 'thinking-mode' | 'contemplating-mode'>;
const isMode = (id: string | undefined): id is ModeId => id === 'thinking-mode' || id === 'contemplating-mode';

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
            {isClaim
              ? t('card.kindClaim', { benchmark: benchmarkName(subject.claim.benchmark) })
              : kindLabel(subject.term)}
          </p>
          <h2 id={titleId} class="card-title">
            {isClaim ? claimTitle(subject.claim) : titleOf(subject.term, subject.mode)}
          </h2>
        </div>
        <button
          type="button"
          class="close"
          aria-label={t('card.close')}
          title={t('card.closeHint')}
          onClick={actions.close}
        >
          ×
        </button>
      </div>
      <div class="card-body">{isClaim ? <ClaimContent claim={subject.claim} /> : body(subject.term, subject.mode)}</div>
      <div class="card-foot">
        <SourceLine subject={subject} />
        <div class="actions">
          {isClaim && <CopyButton text={verdictSentence(subject.claim)} onCopy={onCopy} />}
          <button type="button" class="action primary" onClick={actions.openBriefing}>
            {t('card.fullBriefing')}
          </button>
          <button type="button" class="action" onClick={() => void actions.offOnThisSite()}>
            {t('status.offOnThisSite')}
          </button>
        </div>
      </div>
    </>
  );
}

const verdictSentence = (claim: Claim) =>
  claimSentence(claim, benchmarkName(claim.benchmark), modelName(claim.model), chartSource());

/** "Copy verdict", saying "Copied" (to assistive technology too) once the text is on the clipboard. */
function CopyButton({ text, onCopy }: { text: string; onCopy: (text: string) => Promise<boolean> }) {
  const copy = (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    void onCopy(text).then((ok) => {
      button.textContent = ok ? t('card.copied') : t('card.copyFailed');
      setTimeout(() => (button.textContent = t('card.copyVerdict')), 2000);
    });
  };
  return (
    <button type="button" class="action" aria-live="polite" onClick={copy}>
      {t('card.copyVerdict')}
    </button>
  );
}

/** Where the figures come from; a key term's card shows none, so it names the article instead. */
function SourceLine({ subject }: { subject: CardSubject }) {
  if (!('claim' in subject) && subject.term.category === 'keyterm') {
    return <p class="source">{t('card.sourceKeyterm')}</p>;
  }
  // Figures from outlets carry their own label where they show (CardFigures.tsx).
  return <p class="source">{t('card.sourceFigures', { source: chartSource() })}</p>;
}

function kindLabel(term: Term): string {
  switch (term.category) {
    case 'muse':
      return t('card.kindMuse');
    case 'model':
      return t('card.kindRival', { vendor: modelById.get(term.id as ModelId)?.vendor ?? '' });
    case 'benchmark':
      return t(`card.kindBenchmark.${benchmarkById.get(term.id as BenchmarkId)!.category}`);
    case 'keyterm':
      return t('card.kindKeyterm');
  }
}

/** The term's name in the reader's language, with the mode the page names ("Muse Spark (Thinking)"). */
function titleOf(term: Term, mode: string | undefined): string {
  if (term.category === 'keyterm') return keyTermName(term.id as KeyTermId);
  return isMode(mode) ? t('card.modeTitle', { name: term.name, mode: t(`mode.${keyPart(mode)}`) }) : term.name;
}

function body(term: Term, mode: string | undefined) {
  switch (term.category) {
    case 'benchmark': {
      const id = term.id as BenchmarkId;
      return (
        <>
          <p>{benchmarkBrief(id)}</p>
          <BenchmarkFigures id={id} />
        </>
      );
    }
    case 'muse':
      return <MuseSparkBody mode={mode} />;
    case 'model':
      return <RivalFigures id={term.id as ModelId} />;
    case 'keyterm':
      return <p>{keyTermExplanation(term.id as KeyTermId)}</p>;
  }
}

function MuseSparkBody({ mode }: { mode: string | undefined }) {
  return (
    <>
      {isMode(mode) && (
        <p class="mode">
          <strong>{keyTermName(mode)}:</strong> {keyTermExplanation(mode)}
        </p>
      )}
      <p>{t('museSpark.brief')}</p>
      <MuseSparkStandings />
    </>
  );
}
