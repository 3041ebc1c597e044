import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Briefing, KeyPoints } from '../shared/Briefing';
import { PagePanel } from './PagePanel';
import { ScoreTable } from '../shared/ScoreTable';
import { CopyTable } from '../shared/CopyTable';
import { Tabs, type TabSpec } from '../shared/Tabs';
import type { PageState } from '../../lib/extension/popup-client';
import { t } from '../../lib/i18n/messages';

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
    { id: 'page', label: count === null ? t('popup.tabPage') : t('popup.tabPageCount', { count }) },
    { id: 'scores', label: t('popup.tabScores') },
    { id: 'launch', label: t('popup.tabLaunch') },
  ];
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('ext.name')}</h1>
        <button type="button" class="button" onClick={onOpenOptions}>
          {t('popup.settings')}
        </button>
      </header>
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('popup.sections')}>
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
                  {t('popup.openBriefing')}
                </button>
              </p>
            </>
          )
        }
      </Tabs>
    </main>
  );
}
