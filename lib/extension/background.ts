import { browser } from 'wxt/browser';
import { isMessage } from './messages';

/** Mention counts per tab, per frame (the content script runs in every frame). */
const counts = new Map<number, Map<number, number>>();

function badgeText(tabId: number): string {
  let total = 0;
  for (const n of counts.get(tabId)?.values() ?? []) total += n;
  if (total === 0) return '';
  return total > 999 ? '999+' : String(total);
}

/**
 * The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in the Firefox build's
 * Manifest V2, where `action` does not exist.
 */
const toolbarButton = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function updateBadge(tabId: number): Promise<void> {
  try {
    await toolbarButton().setBadgeText({ tabId, text: badgeText(tabId) });
  } catch {
    // The tab closed in the meantime.
  }
}

/** Badge upkeep, the keyboard command, and nothing else: the background holds no other state. */
export function startBackground(): void {
  void toolbarButton()
    .setBadgeBackgroundColor({ color: '#5b21b6' })
    .catch(() => {});

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (message.type === 'open-briefing') {
      // The popup as a page, told which tab it is about so "This page" still means the article.
      void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) }).catch(() => {});
      return undefined;
    }
    if (message.type !== 'mention-count') return undefined;
    const frames = counts.get(tabId) ?? new Map<number, number>();
    frames.set(sender.frameId ?? 0, Math.floor(message.count));
    counts.set(tabId, frames);
    void updateBadge(tabId);
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the top frame starts with no mentions.
    if (change.status === 'loading' && change.url !== undefined) {
      counts.delete(tabId);
      void updateBadge(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => counts.delete(tabId));

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'next-mention' }, { frameId: 0 }).catch(() => {});
  });
}
