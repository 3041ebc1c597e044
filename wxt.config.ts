import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest and the module list. Each build step is a WXT local module in modules/, which WXT loads
// from that folder: the content scripts' manifest entries, the matcher's parts, the popup's first paint,
// the compile hint, Preact without innerHTML, and every language's messages for the background.
export default defineConfig({
  // Explicit imports everywhere: a reader and `vi.mock` both see where names come from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
    // Extension pages support modulepreload natively; Vite's polyfill for it is a fetch() we do not need.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    // Every word the extension shows is in locales/ (one file per language); the browser picks the file.
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // Only what the features need: settings in storage, and the content script's own host access. The
    // toolbar button and the keyboard command wake a page whose content script sleeps by injecting a call
    // into it (lib/extension/ask-page.ts): `scripting`, on the tab `activeTab` grants at that moment.
    // Neither permission adds a warning at install.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_ext_name__' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_ext_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'muse-spark-context@example.org',
              // 140 is the first Firefox ESR with the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 134 is the first Chrome whose highlights inherit their styles, which the marks rely on.
        { minimum_chrome_version: '134' }),
  }),
});
