import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestSettingsEarly } from '../lib/extension/early-settings';

// Run by the manifest at document_start in every frame the content script runs in (modules/content-scripts.ts):
// it asks for the settings before the browser gets busy with the page.
export default defineUnlistedScript(() => {
  requestSettingsEarly();
});
