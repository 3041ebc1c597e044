import { withSite, type Settings } from '../../lib/extension/settings';
import { markCategories, markCategoryNames } from '../../lib/text/terms';

/** Pause everywhere, off on this site, which kinds of term to mark, and whether to read code. */
export function SettingsPanel({
  settings,
  hostname,
  onChange,
}: {
  settings: Settings;
  hostname: string | null;
  onChange: (next: Settings) => void;
}) {
  const siteOff = hostname !== null && settings.disabledSites.includes(hostname);
  return (
    <div class="settings">
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => onChange({ ...settings, paused: e.currentTarget.checked })}
        />
        Pause everywhere
      </label>
      {hostname && (
        <label class="toggle">
          <input
            type="checkbox"
            checked={siteOff}
            onChange={(e) => onChange(withSite(settings, hostname, e.currentTarget.checked))}
          />
          Off on {hostname}
        </label>
      )}
      <fieldset>
        <legend>Mark</legend>
        {markCategories.map((c) => (
          <label class="toggle" key={c}>
            <input
              type="checkbox"
              checked={settings.categories[c]}
              onChange={(e) =>
                onChange({ ...settings, categories: { ...settings.categories, [c]: e.currentTarget.checked } })
              }
            />
            <span class={`swatch cat-${c}`} aria-hidden="true" />
            {markCategoryNames[c]}
          </label>
        ))}
        <label class="toggle">
          <input
            type="checkbox"
            checked={settings.scanCode}
            onChange={(e) => onChange({ ...settings, scanCode: e.currentTarget.checked })}
          />
          Also in code blocks
        </label>
      </fieldset>
    </div>
  );
}
