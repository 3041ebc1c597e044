import { withSite, type Settings } from '../../lib/extension/settings';
import { markCategories } from '../../lib/text/terms';
import { t } from '../../lib/i18n/messages';
import { isUiLanguage, languageAutonyms, languageTag, uiLocales } from '../../lib/i18n/languages';

/**
 * Every setting: pause everywhere, which kinds of mark show, whether code is read, the language, and the
 * sites turned off, each with its own button to turn it back on.
 */
export function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('options.everywhere')}</legend>
        <label class="toggle">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(e) => onChange({ ...settings, paused: e.currentTarget.checked })}
          />
          {t('options.pause')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options.mark')}</legend>
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
            {t(`termGroup.${c}`)}
          </label>
        ))}
        <label class="toggle">
          <input
            type="checkbox"
            checked={settings.scanCode}
            onChange={(e) => onChange({ ...settings, scanCode: e.currentTarget.checked })}
          />
          {t('options.scanCode')}
        </label>
      </fieldset>
      <LanguagePicker settings={settings} onChange={onChange} />
      <fieldset>
        <legend>{t('options.sitesOff')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="quiet">{t('options.noSites')}</p>
        ) : (
          <ul class="site-list">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="button" onClick={() => onChange(withSite(settings, site, false))}>
                  {t('options.turnBackOn')}
                  <span class="visually-hidden">{t('options.turnBackOnFor', { site })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </form>
  );
}

/** The language of the card, popup and pages: the browser's, or one of ours, each listed by its own name. */
function LanguagePicker({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  return (
    <fieldset>
      <legend>{t('options.language')}</legend>
      <select
        value={settings.language}
        aria-label={t('options.language')}
        aria-describedby="language-hint"
        onChange={(e) => {
          const language = e.currentTarget.value;
          if (isUiLanguage(language)) onChange({ ...settings, language });
        }}
      >
        <option value="browser">{t('options.browserLanguage')}</option>
        {uiLocales.map((l) => (
          // Each language by its own name, marked as that language for screen readers.
          <option key={l} value={l} lang={languageTag(l)}>
            {languageAutonyms[l]}
          </option>
        ))}
      </select>
      <p class="quiet" id="language-hint">
        {t('options.languageHint')}
      </p>
    </fieldset>
  );
}
