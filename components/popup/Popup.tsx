import type { ComponentChildren } from 'preact';
import { Briefing, KeyPoints } from '../shared/Briefing';
import { MentionList } from './MentionList';
import { ScoreTable } from '../shared/ScoreTable';
import type { PageState } from '../../lib/extension/popup-client';

/**
 * The popup's layout, from props alone: the launch briefing, this page's mentions and figures,
 * the score table, the key points and the settings. Free of extension APIs, so its first frame
 * can also be rendered when the extension is built (see first-paint.tsx).
 */
export function Popup({
  page,
  settingsPanel,
  onReveal,
  onTurnOn,
}: {
  page: PageState;
  /** Absent until the settings have loaded. */
  settingsPanel: ComponentChildren;
  onReveal: (termId: string, index: number) => void;
  onTurnOn: () => void;
}) {
  return (
    <main class="popup">
      <Briefing />
      <section aria-labelledby="this-page">
        <h2 id="this-page">This page</h2>
        <MentionList state={page} onReveal={onReveal} onTurnOn={onTurnOn} />
      </section>
      <section aria-labelledby="scores">
        <h2 id="scores">Scores</h2>
        <ScoreTable />
      </section>
      <section aria-labelledby="key-points">
        <h2 id="key-points">Key points</h2>
        <KeyPoints />
      </section>
      <section aria-labelledby="settings">
        <h2 id="settings">Settings</h2>
        {settingsPanel}
      </section>
    </main>
  );
}
