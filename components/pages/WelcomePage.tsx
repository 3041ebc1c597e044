import { browser } from 'wxt/browser';
import { ShortcutInfo } from './ShortcutInfo';
import { openExtensionPage } from '../../lib/extension/extension-pages';
import { t } from '../../lib/i18n/messages';

/** One sample of each mark, styled as lib/marker/highlight.css paints it on a page, and what it means. */
const marks = () =>
  [
    ['muse', 'Muse Spark', t('welcome.mark.muse')],
    ['benchmark', 'HealthBench Hard', t('welcome.mark.benchmark')],
    ['model', 'GPT 5.4', t('welcome.mark.model')],
    ['keyterm', 'evaluation awareness', t('welcome.mark.keyterm')],
    ['claim-matches', '86.4', t('welcome.mark.claimMatches')],
    ['claim-differs', '86.1', t('welcome.mark.claimDiffers')],
    ['claim-matches-outlets', '42.5', t('welcome.mark.claimMatchesOutlets')],
    ['claim-unlisted', '50.0', t('welcome.mark.claimUnlisted')],
  ] as const;

/** The first-run page: what the marks mean, the shortcut, turning a site off, and the privacy promise. */
export function WelcomePage() {
  return (
    <main class="page welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <h2>{t('welcome.marksTitle')}</h2>
      <ul class="legend">
        {marks().map(([kind, sample, meaning]) => (
          <li key={kind}>
            {/* Samples as an English page prints them: the marks follow the page's words, not ours. */}
            <span class={`sample mark-${kind}`} lang="en">
              {sample}
            </span>
            <span>{meaning}</span>
          </li>
        ))}
      </ul>
      <h2>{t('welcome.cardsTitle')}</h2>
      <p>{t('welcome.cards')}</p>
      <h2>{t('welcome.keyboard')}</h2>
      <ShortcutInfo />
      <h2>{t('welcome.offTitle')}</h2>
      <p>{t('welcome.off')}</p>
      <div class="button-row">
        <button type="button" class="button primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcome.openSettings')}
        </button>
        <button type="button" class="button" onClick={() => void openExtensionPage('/briefing.html')}>
          {t('welcome.readBriefing')}
        </button>
      </div>
      <h2>{t('welcome.privacyTitle')}</h2>
      <p>{t('welcome.privacy')}</p>
    </main>
  );
}
