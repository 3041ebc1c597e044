import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { migrateStoredSettings, startBackground } from '../../../lib/extension/background';
import { defaultSettings, loadSettings, saveSettings } from '../../../lib/extension/settings';
import { useMessages } from '../../../lib/i18n/messages';
import { WAKE_KEY } from '../../../lib/extension/messages';

// fakeBrowser has no commands API, so the listener is captured as it is added.
let onCommand: (command: string) => Promise<void>;

/** A frame of `tab` tells the background its mention count and status, as the content script does. */
function reportCount(tab: Browser.tabs.Tab, count: number, { frameId = 0, status = 'active' } = {}) {
  return fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count, status }, { tab, frameId }, () => {});
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((fn) => {
      onCommand = fn as unknown as typeof onCommand;
    });
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
  });

  it('the keyboard command asks the active tab for its next mention', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    startBackground();
    await onCommand('next-mention');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'next-mention' }, { frameId: 0 });
  });

  it('the keyboard command wakes a tab whose content script sleeps, through a call injected into its world', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    // fakeBrowser has no scripting API.
    const executeScript = vi.fn().mockResolvedValue([{ result: true }]);
    Object.assign(browser, { scripting: { executeScript } });
    try {
      startBackground();
      await onCommand('next-mention');
      expect(executeScript).toHaveBeenCalledWith(
        expect.objectContaining({
          target: { tabId: tab.id, frameIds: [0] },
          args: [WAKE_KEY, { type: 'next-mention' }],
        }),
      );
    } finally {
      delete (browser as { scripting?: unknown }).scripting;
    }
  });

  it('the badge shows the tab’s count across frames, and nothing for none', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const setBadge = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    startBackground();
    await reportCount(tab, 12);
    await reportCount(tab, 3, { frameId: 7 });
    expect(setBadge).toHaveBeenLastCalledWith({ tabId: tab.id, text: '15' });
    await reportCount(tab, 0);
    await reportCount(tab, 0, { frameId: 7 });
    expect(setBadge).toHaveBeenLastCalledWith({ tabId: tab.id, text: '' });
  });

  it('ignores messages of unexpected shape', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const setBadge = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'mention-count', count: 'many' },
      { tab, frameId: 0 },
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger('mention-count', { tab, frameId: 0 }, () => {});
    expect(setBadge).not.toHaveBeenCalled();
  });

  it('in the Firefox build (Manifest V2, which has browserAction and no action) the badge still shows', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const browserAction = {
      setBadgeText: vi.fn(async () => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
      setTitle: vi.fn(async () => {}),
    };
    const action = browser.action;
    Object.assign(browser, { action: undefined, browserAction });
    try {
      startBackground();
      await reportCount(tab, 4);
      expect(browserAction.setBadgeText).toHaveBeenLastCalledWith({ tabId: tab.id, text: '4' });
    } finally {
      Object.assign(browser, { action, browserAction: undefined });
    }
  });

  it('the badge shows paused as paused and off-on-this-site as off, in grey, with a tooltip that says which', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const setBadge = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    const setTitle = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    const setColour = vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    startBackground();
    const say = (status: string) => reportCount(tab, 0, { status });
    await say('paused');
    expect(setBadge).toHaveBeenLastCalledWith({ tabId: tab.id, text: '❚❚' });
    expect(setTitle).toHaveBeenLastCalledWith({ tabId: tab.id, title: 'Muse Spark Context: paused everywhere' });
    expect(setColour).toHaveBeenLastCalledWith({ tabId: tab.id, color: '#57606a' });
    await say('site-off');
    expect(setBadge).toHaveBeenLastCalledWith({ tabId: tab.id, text: 'off' });
    expect(setTitle).toHaveBeenLastCalledWith({ tabId: tab.id, title: 'Muse Spark Context: off on this site' });
    await say('active');
    expect(setBadge).toHaveBeenLastCalledWith({ tabId: tab.id, text: '' });
  });

  it('paused: every tab’s badge says so, also one whose page never reports (it names nothing), until resumed', async () => {
    const reported = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const setBadge = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    startBackground();
    await reportCount(reported, 4);
    await saveSettings({ ...defaultSettings, paused: true });
    // The badge a tab shows until it has its own (no tabId), and the tab that reported.
    await vi.waitFor(() => expect(setBadge).toHaveBeenCalledWith({ tabId: undefined, text: '❚❚' }));
    expect(setBadge).toHaveBeenCalledWith({ tabId: reported.id, text: '❚❚' });
    await saveSettings({ ...defaultSettings, paused: false });
    await vi.waitFor(() => expect(setBadge).toHaveBeenCalledWith({ tabId: undefined, text: '' }));
    expect(setBadge).toHaveBeenLastCalledWith({ tabId: reported.id, text: '4' });
  });

  it('turns a site off by its registrable domain, for a card (from a tab) or the popup (no tab)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.example.co.uk/a' });
    startBackground();
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'set-site', hostname: 'www.example.co.uk', off: true },
      { tab, frameId: 0 },
      () => {},
    );
    expect(replies).toContain('example.co.uk');
    expect((await loadSettings()).disabledSites).toEqual(['example.co.uk']);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'set-site', hostname: 'example.co.uk', off: false },
      {},
      () => {},
    );
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('speaks the language chosen in the settings: the badge’s tooltip, the popup it opens, the words it hands out', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const setTitle = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    const setPopup = vi.spyOn(browser.action, 'setPopup').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    await saveSettings({ ...defaultSettings, language: 'de' });
    try {
      startBackground();
      await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup-de.html' }));
      await reportCount(tab, 2);
      expect(setTitle).toHaveBeenLastCalledWith({
        tabId: tab.id,
        title: 'Muse Spark Context: 2 Erwähnungen auf dieser Seite',
      });
      // A page or a card asks for the words of the language chosen; a language we do not speak gets nothing.
      const [japanese] = await fakeBrowser.runtime.onMessage.trigger(
        { type: 'ui-messages', locale: 'ja' },
        {},
        () => {},
      );
      expect((japanese as unknown as Record<string, { message: string }>).popup_settings?.message).toBe('設定');
      expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'ui-messages', locale: 'xx' }, {}, () => {})).toEqual([
        undefined,
      ]);
      // Back to the browser's language: English here, and the popup built in English.
      await saveSettings({ ...defaultSettings, language: 'browser' });
      await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup.html' }));
    } finally {
      useMessages(null);
    }
  });

  it('migrates sites stored as hostnames by an older version, once, at start', async () => {
    await saveSettings({ ...defaultSettings, disabledSites: ['www.example.com', 'example.com', 'news.bbc.co.uk'] });
    await migrateStoredSettings();
    expect((await loadSettings()).disabledSites).toEqual(['example.com', 'bbc.co.uk']);
  });

  it('opens the welcome page on install, not on update; the briefing when a card asks', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/\/welcome\.html$/) });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'open-briefing' }, { tab, frameId: 0 }, () => {});
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/\/briefing\.html$/) });
  });
});
