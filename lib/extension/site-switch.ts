import { browser } from 'wxt/browser';
import type { Message, Replies } from './messages';

/**
 * Turns marks off (or back on) on the site of `hostname`, from a card or the popup: the background
 * works out the site with the public-suffix list and saves the settings. Resolves to the site, or
 * null when that failed (the extension updated or removed under the page).
 */
export async function switchSite(hostname: string, off: boolean): Promise<string | null> {
  try {
    const message = { type: 'set-site', hostname, off } satisfies Message;
    return ((await browser.runtime.sendMessage(message)) as Replies['set-site'] | undefined) ?? null;
  } catch {
    return null;
  }
}
