import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../lib/extension/settings';
import { SettingsForm } from './SettingsForm';
import { ShortcutInfo } from './ShortcutInfo';

/** The options page: every setting, saved as it changes, and kept in step with changes made elsewhere. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return (
    <main class="page options">
      <h1>Muse Spark Context: settings</h1>
      <p class="quiet">Changes apply at once, on every open tab, and follow you where your browser syncs.</p>
      {settings ? <SettingsForm settings={settings} onChange={change} /> : <p class="quiet">Loading…</p>}
      <h2>Keyboard</h2>
      <ShortcutInfo />
    </main>
  );
}
