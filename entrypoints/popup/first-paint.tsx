/**
 * Run at build time (by modules/popup-first-paint.ts, under tsx): prints the popup's first frame as HTML, which
 * goes into popup.html so the briefing and the score table are on screen before any script runs.
 * The popup's script then renders the same frame over it and carries on.
 */
import { renderToString } from 'preact-render-to-string';
import { Popup } from '../../components/popup/Popup';

process.stdout.write(
  renderToString(<Popup page={{ kind: 'loading' }} settingsPanel={null} onReveal={() => {}} onTurnOn={() => {}} />),
);
