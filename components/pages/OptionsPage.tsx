import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../lib/extension/settings';
import { SettingsForm } from './SettingsForm';
import { ShortcutInfo } from './ShortcutInfo';
import { t } from '../../lib/i18n/messages';

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
      <h1>{t('options.pageTitle')}</h1>
      <p class="quiet">{t('options.intro')}</p>
      {settings ? <SettingsForm settings={settings} onChange={change} /> : <p class="quiet">{t('options.loading')}</p>}
      <h2>{t('options.keyboard')}</h2>
      <ShortcutInfo />
    </main>
  );
}
