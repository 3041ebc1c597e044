import { useEffect, useState } from 'preact/hooks';
import { Popup } from '../../components/popup/Popup';
import { SettingsPanel } from '../../components/popup/SettingsPanel';
import { loadPageState, revealMention, targetTabId, type PageState } from '../../lib/extension/popup-client';
import { loadSettings, saveSettings, watchSettings, withSite, type Settings } from '../../lib/extension/settings';

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
    <Popup
      page={page}
      onReveal={reveal}
      onTurnOn={() => settings && hostname && change({ ...withSite(settings, hostname, false), paused: false })}
      settingsPanel={settings && <SettingsPanel settings={settings} hostname={hostname} onChange={change} />}
    />
  );
}
