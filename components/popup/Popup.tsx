import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Briefing, KeyPoints } from '../shared/Briefing';
import { PagePanel } from './PagePanel';
import { ScoreTable } from '../shared/ScoreTable';
import { CopyTable } from '../shared/CopyTable';
import { Tabs, type TabSpec } from '../shared/Tabs';
import type { PageState } from '../../lib/extension/popup-client';

export type PopupTab = 'page' | 'scores' | 'launch';

/**
 * The popup's layout, from props alone: this page first (its status, figures that differ from the
 * chart, every mention), and the score table and the launch briefing a tab away. Free of extension
 * APIs, so its first frame can also be rendered when the extension is built (see first-paint.tsx).
 */
export function Popup({
  page,
  status,
  onReveal,
  onOpenBriefing,
  onOpenOptions,
  onCopy,
}: {
  page: PageState;
  /** This page's on/off state and its buttons (components/popup/StatusBar.tsx); absent until settings load. */
  status: ComponentChildren;
  onReveal: (termId: string, index: number) => void;
  onOpenBriefing: () => void;
  onOpenOptions: () => void;
  onCopy: (text: string) => Promise<boolean>;
}) {
  const [tab, setTab] = useState<PopupTab>('page');
  const count = page.kind === 'ready' && page.page.active ? page.page.total : null;
  const tabs: TabSpec<PopupTab>[] = [
    { id: 'page', label: count === null ? 'This page' : `This page (${count})` },
    { id: 'scores', label: 'Scores' },
    { id: 'launch', label: 'The launch' },
  ];
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Muse Spark Context</h1>
        <button type="button" class="button" onClick={onOpenOptions}>
          Settings
        </button>
      </header>
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="Popup sections">
        {(id) =>
          id === 'page' ? (
            <>
              {status}
              <PagePanel state={page} onReveal={onReveal} />
            </>
          ) : id === 'scores' ? (
            <>
              <ScoreTable />
              <CopyTable onCopy={onCopy} />
            </>
          ) : (
            <>
              <Briefing level={2} />
              <KeyPoints />
              <p>
                <button type="button" class="button primary" onClick={onOpenBriefing}>
                  Open full briefing
                </button>
              </p>
            </>
          )
        }
      </Tabs>
    </main>
  );
}
