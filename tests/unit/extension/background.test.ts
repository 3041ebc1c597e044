import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { startBackground } from '../../../lib/extension/background';

// fakeBrowser has no commands API, so the listener is captured as it is added.
let onCommand: (command: string) => Promise<void>;

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((fn) => {
      onCommand = fn as unknown as typeof onCommand;
    });
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
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

  it('the badge shows the tab’s count across frames, and nothing for none', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const setBadge = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 12 }, { tab, frameId: 0 }, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 3 }, { tab, frameId: 7 }, () => {});
    expect(setBadge).toHaveBeenLastCalledWith({ tabId: tab.id, text: '15' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 0 }, { tab, frameId: 0 }, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 0 }, { tab, frameId: 7 }, () => {});
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
    const browserAction = { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) };
    const action = browser.action;
    Object.assign(browser, { action: undefined, browserAction });
    try {
      startBackground();
      await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 4 }, { tab, frameId: 0 }, () => {});
      expect(browserAction.setBadgeText).toHaveBeenLastCalledWith({ tabId: tab.id, text: '4' });
    } finally {
      Object.assign(browser, { action, browserAction: undefined });
    }
  });
});
