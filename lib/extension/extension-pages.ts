import { browser } from 'wxt/browser';

/** The extension's own pages a tab can open: the full briefing, and the welcome page a new install shows. */
export type ExtensionPage = '/briefing.html' | '/welcome.html';

/** Opens one of them in a new tab; quietly nothing if the browser refuses (a closing window). */
export async function openExtensionPage(page: ExtensionPage): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(page) }).catch(() => {});
}
