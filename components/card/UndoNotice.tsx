/** "Marks are off on example.com. Undo": shown for a few seconds after "Off on this site". */
export function UndoNotice({ site, onUndo, onClose }: { site: string; onUndo: () => void; onClose: () => void }) {
  return (
    <div class="notice" role="status">
      <span>
        Marks are off on <strong>{site}</strong>.
      </span>
      <button type="button" class="action primary" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="close" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
