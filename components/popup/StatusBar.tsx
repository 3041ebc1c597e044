import { offSiteOf, type Settings } from '../../lib/extension/settings';
import { UndoNotice } from '../shared/UndoNotice';

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
            <p>Paused everywhere: no marks on any page.</p>
            <button type="button" class="button primary" onClick={() => onPause(false)}>
              Resume
            </button>
          </div>
        )}
        {offSite !== null && (
          <div class="button-row">
            <p>
              Off on <strong>{offSite}</strong>: no marks on its pages.
            </p>
            <button type="button" class="button primary" onClick={() => onSite(false, offSite)}>
              Turn on for {offSite}
            </button>
          </div>
        )}
      </div>
    );
  }
  return (
    <div class="button-row quick-actions">
      <button type="button" class="button" onClick={() => onPause(true)}>
        Pause everywhere
      </button>
      {hostname !== null && (
        <button type="button" class="button" onClick={() => onSite(true)}>
          Off on this site
        </button>
      )}
    </div>
  );
}
