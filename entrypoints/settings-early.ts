import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestSettingsEarly } from '../lib/early-settings';

// Run by the manifest at document_start in every frame the content script runs in (wxt.config.ts).
export default defineUnlistedScript(() => requestSettingsEarly());
