import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterFirstFrame } from '../lib/extension/after-first-frame';

// The popup's loader. The build (modules/popup-first-paint.ts) puts it in popup.html in place of the
// popup's module script, whose URL it carries as `data-module`: the prerendered first frame paints, then
// the module script is added and renders over it. (A script element rather than `import()`, whose URL
// from a variable the add-on linter rejects.)
export default defineUnlistedScript(() => {
  const module = document.querySelector<HTMLScriptElement>('script[data-module]')?.dataset.module;
  if (!module) return;
  afterFirstFrame(window, () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = module;
    document.head.append(script);
  });
});
