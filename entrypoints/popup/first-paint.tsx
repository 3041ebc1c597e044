/**
 * Run at build time (by modules/popup-first-paint.ts, under tsx): prints the popup's first frame as HTML, which
 * goes into popup.html so it is on screen before any script runs. The popup's script then renders the same
 * frame over it and carries on.
 */
import { renderToString } from 'preact-render-to-string';
import { Popup } from '../../components/popup/Popup';

const none = () => {};

process.stdout.write(
  renderToString(
    <Popup
      page={{ kind: 'loading' }}
      status={null}
      onReveal={none}
      onOpenBriefing={none}
      onOpenOptions={none}
      onCopy={async () => false}
    />,
  ),
);
