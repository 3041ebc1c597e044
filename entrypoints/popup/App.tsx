import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { StatusBar } from '../../components/popup/StatusBar';
import { loadPageState, revealMention, targetTabId, type PageState } from '../../lib/extension/popup-client';
import { loadSettings, saveSettings, watchSettings, withSite, type Settings } from '../../lib/extension/settings';
import { switchSite } from '../../lib/extension/site-switch';
import { copyText } from '../../lib/extension/clipboard';
import { openExtensionPage } from '../../lib/extension/extension-pages';

/** Marks in the page follow a settings change within a moment; then the list is read again. */
const RELIST_DELAY_MS = 400;
/** How long "Off on this site" can be undone. */
const UNDO_MS = 8000;

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();
  const [undoSite, setUndoSite] = useState<string | null>(null);
  const undoTimer = useRef(0);
  // Opened as a page about a tab (`?tab=`) rather than as the toolbar popup.
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

  // The page's marks follow any settings change, from here or elsewhere; then it is asked again.
  useEffect(() => {
    if (tabId === undefined || !settings) return;
    const timer = setTimeout(() => void loadPageState(tabId).then(setPage), RELIST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [settings, tabId]);

  const hostname = page.kind === 'ready' ? page.page.hostname || null : null;

  const onSite = (off: boolean, site?: string) => {
    if (!settings) return;
    if (!off && site) return void saveSettings(withSite(settings, site, false));
    if (!hostname) return;
    void switchSite(hostname, off).then((done) => {
      clearTimeout(undoTimer.current);
      setUndoSite(off ? done : null);
      if (off && done) undoTimer.current = window.setTimeout(() => setUndoSite(null), UNDO_MS);
    });
  };

  const reveal = (termId: string, index: number) => {
    if (tabId === undefined) return;
    void revealMention(tabId, termId, index).then((ok) => {
      if (ok && !asPage) window.close();
    });
  };

  return (
    <Popup
      page={page}
      status={
        settings && (
          <StatusBar
            settings={settings}
            hostname={hostname}
            undoSite={undoSite}
            onPause={(paused) => void saveSettings({ ...settings, paused })}
            onSite={onSite}
            onUndo={() => {
              if (undoSite) void saveSettings(withSite(settings, undoSite, false));
              setUndoSite(null);
            }}
          />
        )
      }
      onReveal={reveal}
      onOpenBriefing={() => void openExtensionPage('/briefing.html')}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onCopy={(text) => copyText(document, text)}
    />
  );
}
