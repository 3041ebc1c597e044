import { withSite, type Settings } from '../../lib/extension/settings';
import { markCategories, markCategoryNames } from '../../lib/text/terms';

/**
 * Every setting: pause everywhere, which kinds of mark show, whether code is read, and the sites
 * turned off, each with its own button to turn it back on.
 */
export function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Everywhere</legend>
        <label class="toggle">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(e) => onChange({ ...settings, paused: e.currentTarget.checked })}
          />
          Pause: no marks on any page
        </label>
      </fieldset>
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
      <fieldset>
        <legend>Sites turned off</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="quiet">
            None. “Off on this site” in a card or the popup adds the page’s site here; a site covers all its subdomains.
          </p>
        ) : (
          <ul class="site-list">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="button" onClick={() => onChange(withSite(settings, site, false))}>
                  Turn back on<span class="visually-hidden"> for {site}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </form>
  );
}
