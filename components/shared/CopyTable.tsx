import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/messages';
import { scoreTableCsv, scoreTableMarkdown } from '../../lib/scores/export';

/** Copy the launch chart as Markdown or CSV, source line included; says so once it is on the clipboard. */
export function CopyTable({ onCopy }: { onCopy: (text: string) => Promise<boolean> }) {
  const [said, setSaid] = useState('');
  const copy = (format: 'Markdown' | 'CSV') => {
    void onCopy(format === 'CSV' ? scoreTableCsv() : scoreTableMarkdown()).then((ok) => {
      setSaid(ok ? t('scores.copiedAs', { format }) : t('scores.copyRefused'));
    });
  };
  return (
    <div class="button-row copy-table">
      <button type="button" class="button" onClick={() => copy('Markdown')}>
        {t('scores.copyMarkdown')}
      </button>
      <button type="button" class="button" onClick={() => copy('CSV')}>
        {t('scores.copyCsv')}
      </button>
      <span class="quiet" role="status">
        {said}
      </span>
    </div>
  );
}
