import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestSettingsEarly } from '../lib/extension/early-settings';
import { loadSession } from '../lib/extension/parts';

// Run by the manifest at document_start in every frame the content script runs in (modules/content-scripts.ts):
// it asks for the settings, and starts importing the content script's work (lib/extension/parts.ts),
// both before the browser gets busy with the page.
export default defineUnlistedScript(() => {
  requestSettingsEarly();
  // A failed import (the extension updated or removed meanwhile) is tried again by the content script.
  loadSession().catch(() => {});
});
