import { browser } from 'wxt/browser';

/** The command the manifest names for "go to the next mention". */
export const NEXT_MENTION_COMMAND = 'next-mention';

/** The key the reader has for the command now ("" when none is set), as the browser reports it. */
export async function currentShortcut(): Promise<string> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === NEXT_MENTION_COMMAND)?.shortcut ?? '';
  } catch {
    return '';
  }
}

/**
 * Opens the browser's own page for extension shortcuts: Firefox has an API for it (137 on); Chrome's
 * page is chrome://extensions/shortcuts, which an extension may open in a tab.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  try {
    if (commands.openShortcutSettings) await commands.openShortcutSettings();
    else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  } catch {
    // The page explains where the setting lives in words as well.
  }
}
