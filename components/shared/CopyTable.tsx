import { useState } from 'preact/hooks';
import { scoreTableCsv, scoreTableMarkdown } from '../../lib/scores/export';

/** Copy the launch chart as Markdown or CSV, source line included; says so once it is on the clipboard. */
export function CopyTable({ onCopy }: { onCopy: (text: string) => Promise<boolean> }) {
  const [said, setSaid] = useState('');
  const copy = (format: 'Markdown' | 'CSV') => {
    void onCopy(format === 'CSV' ? scoreTableCsv() : scoreTableMarkdown()).then((ok) => {
      setSaid(ok ? `Copied the table as ${format}.` : 'Copying failed: the browser refused the clipboard.');
    });
  };
  return (
    <div class="button-row copy-table">
      <button type="button" class="button" onClick={() => copy('Markdown')}>
        Copy as Markdown
      </button>
      <button type="button" class="button" onClick={() => copy('CSV')}>
        Copy as CSV
      </button>
      <span class="quiet" role="status">
        {said}
      </span>
    </div>
  );
}
