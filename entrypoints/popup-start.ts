import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterFirstFrame } from '../lib/extension/after-first-frame';

// The popup's loader. The build (modules/popup-first-paint.ts) puts it in popup.html in place of the
// popup's module script, whose URL it carries as `data-module`: the prerendered first frame paints, then
// the module is imported and renders over it.
export default defineUnlistedScript(() => {
  const module = document.querySelector<HTMLScriptElement>('script[data-module]')?.dataset.module;
  if (module) afterFirstFrame(window, () => void import(/* @vite-ignore */ module));
});
