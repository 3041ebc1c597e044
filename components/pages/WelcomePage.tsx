import { browser } from 'wxt/browser';
import { ShortcutInfo } from './ShortcutInfo';
import { openExtensionPage } from '../../lib/extension/extension-pages';

/** One sample of each mark, styled as lib/marker/highlight.css paints it on a page. */
const marks = [
  ['muse', 'Muse Spark', 'Meta’s model: a tint and a solid purple underline.'],
  ['benchmark', 'HealthBench Hard', 'A benchmark from the launch: teal.'],
  ['model', 'GPT 5.4', 'A rival on the launch chart: a dotted amber underline.'],
  ['keyterm', 'evaluation awareness', 'A key term from the launch: a thin dashed grey underline.'],
  ['claim-matches', '86.4', 'A figure the page gives that matches the launch chart: green.'],
  ['claim-differs', '86.1', 'A figure that differs from the chart: red, with a wavy underline.'],
  ['claim-matches-outlets', '42.5', 'No chart figure, but it matches what outlets report: a dashed green underline.'],
  ['claim-unlisted', '50.0', 'A figure the chart has none for: a dotted grey underline.'],
] as const;

/** The first-run page: what the marks mean, the shortcut, turning a site off, and the privacy promise. */
export function WelcomePage() {
  return (
    <main class="page welcome">
      <h1>Welcome to Muse Spark Context</h1>
      <p>
        On news pages, it marks mentions of Meta’s Muse Spark, its rivals and the benchmarks it was measured on. Point
        at a mark (or tap it) for a card with what it is and how the models scored.
      </p>
      <h2>What the marks mean</h2>
      <ul class="legend">
        {marks.map(([kind, sample, meaning]) => (
          <li key={kind}>
            <span class={`sample mark-${kind}`}>{sample}</span>
            <span>{meaning}</span>
          </li>
        ))}
      </ul>
      <h2>Cards</h2>
      <p>
        A card opens after a short pause on a mark and closes when you move away. Click or tap a mark to keep its card
        open; close it with its × button or Esc. “Full briefing” opens the whole launch story in a tab.
      </p>
      <h2>Keyboard</h2>
      <ShortcutInfo />
      <h2>Turning it off</h2>
      <p>
        “Off on this site” in a card or in the toolbar popup turns marks off on that site and all its subdomains; an
        Undo shows for a few seconds. “Pause everywhere” in the popup stops all marks until you resume. Settings lists
        every site you turned off, each with a button to turn it back on.
      </p>
      <div class="button-row">
        <button type="button" class="button primary" onClick={() => void browser.runtime.openOptionsPage()}>
          Open settings
        </button>
        <button type="button" class="button" onClick={() => void openExtensionPage('/briefing.html')}>
          Read the briefing
        </button>
      </div>
      <h2>Privacy</h2>
      <p>
        Everything it shows ships inside the extension. It reads the pages you open only to find the names, on your
        computer, and sends nothing anywhere: no network requests, no analytics, no account. Your settings stay in your
        browser (and its sync, if you use it).
      </p>
    </main>
  );
}
