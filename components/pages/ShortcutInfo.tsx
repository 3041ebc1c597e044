import { useEffect, useState } from 'preact/hooks';
import { currentShortcut, openShortcutSettings } from '../../lib/extension/shortcut';
import { t } from '../../lib/i18n/messages';
import { holes, Words } from '../shared/Words';

/** The keyboard shortcut as it is set now, and where each browser lets the reader change it. */
export function ShortcutInfo() {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => void currentShortcut().then(setKey), []);
  return (
    <div class="shortcut">
      <p>
        {key === null ? (
          t('shortcut.reading')
        ) : key ? (
          <Words text={t('shortcut.press', holes('key'))} parts={{ key: <kbd>{key}</kbd> }} />
        ) : (
          t('shortcut.none')
        )}
      </p>
      <ul>
        <li>
          <Words
            text={t('shortcut.chrome', holes('url'))}
            parts={{ url: <code>chrome://extensions/shortcuts</code> }}
          />
        </li>
        <li>{t('shortcut.firefox')}</li>
      </ul>
      <button type="button" class="button" onClick={() => void openShortcutSettings()}>
        {t('shortcut.change')}
      </button>
    </div>
  );
}
