import { browser } from 'wxt/browser';
import { askPage } from './ask-page';
import { isMessage, type Message } from './messages';
import { loadSettings, migrateSites, saveSettings, watchSettings, withSite, type SiteStatus } from './settings';
import { siteOf } from './sites';
import { openExtensionPage } from './extension-pages';
import { uiMessageFiles } from '#ui-messages';
import { t, uiLocale, useMessages } from '../i18n/messages';
import type { UiLanguage } from '../i18n/languages';

/** Per tab, per frame (the content script runs in every frame): its mention count; the top frame's status. */
interface TabBadge {
  counts: Map<number, number>;
  status: SiteStatus;
}

const tabs = new Map<number, TabBadge>();

/**
 * Whether marks are paused everywhere. Every tab's badge says so, including a tab whose content script
 * sleeps because its page names nothing and so never reports (lib/extension/wake.ts).
 */
let paused = false;

const ACTIVE_COLOUR = '#5b21b6';
const OFF_COLOUR = '#57606a';

/** The badge and its tooltip: the count while marks are on; a pause sign or "off" when they are not. */
function badgeFor(tab: TabBadge | undefined): { text: string; colour: string; title: string } {
  if (paused || tab?.status === 'paused') return { text: '❚❚', colour: OFF_COLOUR, title: t('badge.paused') };
  if (tab?.status === 'site-off') return { text: t('badge.offText'), colour: OFF_COLOUR, title: t('badge.siteOff') };
  let total = 0;
  for (const n of tab?.counts.values() ?? []) total += n;
  if (total === 0) return { text: '', colour: ACTIVE_COLOUR, title: t('ext.name') };
  const text = total > 999 ? '999+' : String(total);
  return { text, colour: ACTIVE_COLOUR, title: t('badge.mentions', total) };
}

/**
 * The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in the Firefox build's
 * Manifest V2, where `action` does not exist.
 */
const toolbarButton = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** One tab's badge, or with no tab the badge every tab shows until it has one of its own. */
async function updateBadge(tabId?: number): Promise<void> {
  const { text, colour, title } = badgeFor(tabId === undefined ? undefined : tabs.get(tabId));
  try {
    const button = toolbarButton();
    await Promise.all([
      button.setBadgeText({ tabId, text }),
      button.setBadgeBackgroundColor({ tabId, color: colour }),
      button.setTitle({ tabId, title }),
    ]);
  } catch {
    // The tab closed in the meantime.
  }
}

/** Every tab's badge, and the one a tab shows before its content script reports. */
function updateAllBadges(): void {
  void updateBadge();
  for (const tabId of tabs.keys()) void updateBadge(tabId);
}

function followPause(nowPaused: boolean): void {
  if (nowPaused === paused) return;
  paused = nowPaused;
  updateAllBadges();
}

/** Turns marks off or back on for the site of `hostname`; the site's name, or null if saving failed. */
async function setSite(hostname: string, off: boolean): Promise<string | null> {
  try {
    const site = siteOf(hostname);
    await saveSettings(withSite(await loadSettings(), site, off));
    return site;
  } catch {
    return null;
  }
}

/**
 * Settings stored before a site meant its registrable domain listed hostnames: make each one its
 * site, here (the one context that may load the public-suffix list). Writes only when something
 * changes, so running it on every settings change ends at once.
 */
export async function migrateStoredSettings(): Promise<void> {
  try {
    const stored = await loadSettings();
    const migrated = migrateSites(stored, siteOf);
    if (migrated.disabledSites.join('\n') !== stored.disabledSites.join('\n')) await saveSettings(migrated);
  } catch {
    // Storage unavailable: the old list still works for the hostnames it names.
  }
}

/**
 * Speaks the reader's language from here on: the badge's tooltips, and the toolbar popup, whose first
 * frame is built into one file per language (modules/popup-first-paint.ts) so it opens in the right one.
 */
async function speak(language: UiLanguage): Promise<void> {
  useMessages(language === 'browser' ? null : (uiMessageFiles[language] ?? null));
  const locale = uiLocale();
  try {
    await toolbarButton().setPopup({ popup: locale === 'en' || !locale ? 'popup.html' : `popup-${locale}.html` });
  } catch {
    // The default popup (English) still opens.
  }
  updateAllBadges();
}

/** What a tab's content script tells the background. */
function onMessage(message: Message, tabId: number, frameId: number): undefined {
  switch (message.type) {
    case 'open-briefing':
      void openExtensionPage('/briefing.html');
      return undefined;
    case 'mention-count': {
      const tab = tabs.get(tabId) ?? { counts: new Map<number, number>(), status: 'active' };
      tab.counts.set(frameId, Math.floor(message.count));
      if (frameId === 0) tab.status = message.status;
      tabs.set(tabId, tab);
      void updateBadge(tabId);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Badge upkeep, the keyboard command, site changes from a card, first run and the settings migration. */
export function startBackground(): void {
  void migrateStoredSettings();
  void loadSettings().then((s) => {
    followPause(s.paused);
    return speak(s.language);
  });
  // Settings can also arrive later from an older version, through sync from another machine.
  watchSettings((s) => {
    void migrateStoredSettings();
    followPause(s.paused);
    void speak(s.language);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openExtensionPage('/welcome.html');
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    // From the popup or an extension page, which has no tab: a site change, or the words of a language.
    if (message.type === 'set-site') return setSite(message.hostname, message.off);
    if (message.type === 'ui-messages') return Promise.resolve(uiMessageFiles[message.locale] ?? null);
    const tabId = sender.tab?.id;
    return tabId === undefined ? undefined : onMessage(message, tabId, sender.frameId ?? 0);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the top frame starts with no mentions.
    if (change.status === 'loading' && change.url !== undefined) {
      // Kept, not forgotten, so a pause lifted later reaches this tab's badge too.
      tabs.set(tabId, { counts: new Map(), status: 'active' });
      void updateBadge(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await askPage(tab.id, { type: 'next-mention' });
  });
}
