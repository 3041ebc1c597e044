import { offSiteOf, type Settings } from '../../lib/extension/settings';
import { t } from '../../lib/i18n/messages';
import { UndoNotice } from '../shared/UndoNotice';
import { holes, Words } from '../shared/Words';

/**
 * Whether marks show on this page, said plainly, with the button that changes just that: paused
 * reads as paused (Resume), off on this site as that (Turn on here), and just after "Off on this site",
 * an Undo for a few seconds.
 */
export function StatusBar({
  settings,
  hostname,
  undoSite,
  onPause,
  onSite,
  onUndo,
}: {
  settings: Settings;
  /** The page's hostname; null where the extension cannot read the page. */
  hostname: string | null;
  /** The site just turned off from here, while it can still be undone. */
  undoSite: string | null;
  onPause: (paused: boolean) => void;
  /** Turns marks off on the page's site, or (given the site) back on. */
  onSite: (off: boolean, site?: string) => void;
  onUndo: () => void;
}) {
  const offSite = hostname === null ? null : offSiteOf(settings, hostname);
  if (undoSite !== null && offSite === undoSite) {
    return <UndoNotice site={undoSite} look="popup" onUndo={onUndo} />;
  }
  if (settings.paused || offSite !== null) {
    return (
      <div class="status off" role="status">
        {settings.paused && (
          <div class="button-row">
            <p>{t('status.paused')}</p>
            <button type="button" class="button primary" onClick={() => onPause(false)}>
              {t('status.resume')}
            </button>
          </div>
        )}
        {offSite !== null && (
          <div class="button-row">
            <p>
              <Words text={t('status.siteOff', holes('site'))} parts={{ site: <strong>{offSite}</strong> }} />
            </p>
            <button type="button" class="button primary" onClick={() => onSite(false, offSite)}>
              {t('status.turnOnFor', { site: offSite })}
            </button>
          </div>
        )}
      </div>
    );
  }
  return (
    <div class="button-row quick-actions">
      <button type="button" class="button" onClick={() => onPause(true)}>
        {t('status.pauseEverywhere')}
      </button>
      {hostname !== null && (
        <button type="button" class="button" onClick={() => onSite(true)}>
          {t('status.offOnThisSite')}
        </button>
      )}
    </div>
  );
}
