import { useEffect, useState } from 'preact/hooks';
import { currentShortcut, openShortcutSettings } from '../../lib/extension/shortcut';

/** The keyboard shortcut as it is set now, and where each browser lets the reader change it. */
export function ShortcutInfo() {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => void currentShortcut().then(setKey), []);
  return (
    <div class="shortcut">
      <p>
        {key === null ? (
          'Reading the shortcut…'
        ) : key ? (
          <>
            Press <kbd>{key}</kbd> to go to the next mention on a page and open its card (Esc closes it).
          </>
        ) : (
          'No key is set for “go to the next mention”: choose one below.'
        )}
      </p>
      <ul>
        <li>
          Chrome: <code>chrome://extensions/shortcuts</code>, under Muse Spark Context.
        </li>
        <li>Firefox: Add-ons and themes (about:addons), the gear menu, Manage Extension Shortcuts.</li>
      </ul>
      <button type="button" class="button" onClick={() => void openShortcutSettings()}>
        Change the shortcut
      </button>
    </div>
  );
}
