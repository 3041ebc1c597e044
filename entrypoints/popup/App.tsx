import { useEffect, useState } from 'preact/hooks';
import { Briefing, KeyPoints } from '../../components/Briefing';
import { MentionList } from '../../components/MentionList';
import { ScoreTable } from '../../components/ScoreTable';
import { SettingsPanel } from '../../components/SettingsPanel';
import { loadPageState, revealMention, targetTabId, type PageState } from '../../lib/popup-client';
import { loadSettings, saveSettings, watchSettings, withSite, type Settings } from '../../lib/settings';

/** Marks in the page follow a settings change within a moment; then the list is read again. */
const RELIST_DELAY_MS = 400;

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();
  // Opened as a page (from a card) rather than as the toolbar popup.
  const asPage = new URLSearchParams(location.search).has('tab');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId(location.search);
      setTabId(id);
      setPage(await loadPageState(id));
    })();
  }, []);

  const relist = () => setTimeout(() => void loadPageState(tabId).then(setPage), RELIST_DELAY_MS);

  const change = (next: Settings) => {
    setSettings(next);
    void saveSettings(next).then(relist);
  };

  const reveal = (termId: string, index: number) => {
    if (tabId === undefined) return;
    void revealMention(tabId, termId, index).then((ok) => {
      if (ok && !asPage) window.close();
    });
  };

  const hostname = page.kind === 'ready' ? page.page.hostname || null : null;

  return (
    <main class="popup">
      <Briefing />
      <section aria-labelledby="this-page">
        <h2 id="this-page">This page</h2>
        <MentionList
          state={page}
          onReveal={reveal}
          onTurnOn={() => settings && hostname && change({ ...withSite(settings, hostname, false), paused: false })}
        />
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
        {settings && <SettingsPanel settings={settings} hostname={hostname} onChange={change} />}
      </section>
    </main>
  );
}
