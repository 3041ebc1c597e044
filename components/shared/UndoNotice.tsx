import { t } from '../../lib/i18n/messages';
import { holes, Words } from './Words';

/** Each place's own classes: the card's shadow-root styles, or the popup's. */
const looks = {
  card: { frame: 'notice', button: 'action primary' },
  popup: { frame: 'notice-line', button: 'button primary' },
};

/**
 * "Marks are off on example.com. Undo": shown for a few seconds after "Off on this site", on the page (after
 * a card's button, with a dismiss button of its own) or in the popup.
 */
export function UndoNotice({
  site,
  look,
  onUndo,
  onClose,
}: {
  site: string;
  look: keyof typeof looks;
  onUndo: () => void;
  onClose?: () => void;
}) {
  return (
    <div class={looks[look].frame} role="status">
      <span>
        <Words text={t('status.marksOffOn', holes('site'))} parts={{ site: <strong>{site}</strong> }} />
      </span>
      <button type="button" class={looks[look].button} onClick={onUndo}>
        {t('status.undo')}
      </button>
      {onClose && (
        <button type="button" class="close" aria-label={t('status.dismiss')} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
