import { siteOf } from '../../../lib/extension/sites';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultSettings,
  isActiveOn,
  migrateSites,
  offSiteOf,
  statusOn,
  loadSettings,
  normalizeSettings,
  saveSettings,
  settingsItem,
  watchSettings,
  withSite,
} from '../../../lib/extension/settings';
import { isMessage } from '../../../lib/extension/messages';
import { EARLY_SETTINGS_PART, requestSettingsEarly, type EarlyStorageApi } from '../../../lib/extension/early-settings';
import { registerLazyPart } from '../../../lib/extension/lazy-part';

describe('settings survive whatever is stored', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a fresh install reads the defaults', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
  });

  it.each([
    ['null', null],
    ['a string', 'paused'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['wrong field types', { paused: 'yes', disabledSites: 'example.com', categories: 'all', scanCode: 1 }],
    ['categories of the wrong type', { categories: { muse: 'off', benchmark: null } }],
    ['non-string sites', { disabledSites: [1, null, { host: 'x' }, ''] }],
    ['a language we do not speak', { language: 'xx' }],
    ['a language of the wrong type', { language: ['de'] }],
  ])('corrupt value (%s) falls back to defaults field by field', async (_, raw) => {
    await fakeBrowser.storage.sync.set({ settings: raw });
    expect(await loadSettings()).toEqual(defaultSettings);
  });

  it('keeps the valid parts of a partly corrupt value and drops unknown keys', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        paused: true,
        categories: { model: false, bogus: true },
        disabledSites: ['News.example', 7],
        language: 'zh_CN',
        extra: 1,
      },
    });
    expect(await loadSettings()).toEqual({
      ...defaultSettings,
      paused: true,
      language: 'zh_CN',
      categories: { ...defaultSettings.categories, model: false },
      disabledSites: ['news.example'],
    });
  });

  it('caps an oversized site list', () => {
    const sites = Array.from({ length: 5000 }, (_, i) => `site${i}.example`);
    expect(normalizeSettings({ disabledSites: sites }).disabledSites).toHaveLength(500);
  });

  it('saves, reloads and tells watchers, always as valid settings', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings(withSite(defaultSettings, 'News.Example', true));
    expect(await loadSettings()).toMatchObject({ disabledSites: ['news.example'] });
    await settingsItem().setValue('garbage');
    expect(seen.at(-1)).toEqual(defaultSettings);
    unwatch();
  });

  it('a site covers its subdomains, and only them; paused and off read apart', () => {
    const off = withSite(defaultSettings, 'example.com', true);
    for (const host of ['example.com', 'www.example.com', 'news.eu.example.com', 'WWW.Example.com.'])
      expect(statusOn(off, host), host).toBe('site-off');
    for (const host of ['notexample.com', 'example.com.au', 'example.org'])
      expect(statusOn(off, host), host).toBe('active');
    expect(offSiteOf(off, 'www.example.com')).toBe('example.com');
    expect(statusOn({ ...off, paused: true }, 'www.example.com')).toBe('paused');
  });

  it('old settings listing hostnames migrate to sites: www. and the bare domain become one entry', () => {
    const old = {
      ...defaultSettings,
      disabledSites: ['www.example.com', 'example.com', 'blog.example.co.uk', '127.0.0.1'],
    };
    const migrated = migrateSites(old, siteOf);
    expect(migrated.disabledSites).toEqual(['example.com', 'example.co.uk', '127.0.0.1']);
    // Migrating again changes nothing.
    expect(migrateSites(migrated, siteOf)).toEqual(migrated);
  });

  it('a site is the registrable domain by the public-suffix list, private suffixes included', () => {
    expect(siteOf('www.example.com')).toBe('example.com');
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('alice.github.io')).toBe('alice.github.io');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('192.168.1.10')).toBe('192.168.1.10');
  });

  it('is active unless paused or off for the site', () => {
    const off = withSite(defaultSettings, 'news.example', true);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn({ ...defaultSettings, paused: true }, 'other.example')).toBe(false);
    expect(isActiveOn(withSite(off, 'news.example', false), 'news.example')).toBe(true);
  });
});

/** The `chrome` storage calls the early request makes, over the fake browser's storage. */
function chromeStorageOver(failing = false): EarlyStorageApi {
  const api = {
    runtime: { lastError: undefined as unknown },
    storage: {
      sync: {
        get: (key: string, callback: (items?: Record<string, unknown>) => void) => {
          void fakeBrowser.storage.sync.get(key).then((items) => {
            api.runtime.lastError = failing ? { message: 'storage unavailable' } : undefined;
            callback(failing ? undefined : items);
            api.runtime.lastError = undefined;
          });
        },
      },
      onChanged: fakeBrowser.storage.onChanged,
    },
  };
  return api;
}

/** The early read lives on the content script's global, as in a frame: this takes it away. */
const forgetEarlyRead = () => registerLazyPart(EARLY_SETTINGS_PART, undefined);

describe('settings read as the page starts to load (lib/extension/early-settings.ts)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(forgetEarlyRead);

  it('are what the content script starts with, with no second trip to storage', async () => {
    await saveSettings(withSite(defaultSettings, 'news.example', true));
    requestSettingsEarly(chromeStorageOver());
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await loadSettings()).toMatchObject({ disabledSites: ['news.example'] });
    expect(get).not.toHaveBeenCalled();
  });

  it('follow a change made after they were read, before the content script listens', async () => {
    requestSettingsEarly(chromeStorageOver());
    await new Promise((r) => setTimeout(r, 0));
    // The reader turns the site off in the popup while the page is still loading.
    await saveSettings(withSite(defaultSettings, 'news.example', true));
    expect(isActiveOn(await loadSettings(), 'news.example')).toBe(false);
  });

  it('fall back to defaults when corrupt, and to reading storage again when the early read failed', async () => {
    await fakeBrowser.storage.sync.set({ settings: { paused: 'yes', disabledSites: 'news.example' } });
    requestSettingsEarly(chromeStorageOver());
    expect(await loadSettings()).toEqual(defaultSettings);

    forgetEarlyRead();
    await saveSettings({ ...defaultSettings, paused: true });
    requestSettingsEarly(chromeStorageOver(true));
    expect(await loadSettings()).toMatchObject({ paused: true });
  });

  it('asked for after an extension update (the API gone): the call fails for its caller, and nothing is left unhandled', async () => {
    // The content script's start catches the throw; a rejected promise left behind would reach the page's console.
    const gone = { runtime: {} } as unknown as EarlyStorageApi;
    expect(() => requestSettingsEarly(gone)).toThrow();
    await new Promise((r) => setTimeout(r, 0));
  });
});

describe('messages of unexpected shape are ignored', () => {
  it.each([
    null,
    'next-mention',
    { type: 'nope' },
    { type: 'mention-count', count: -1, status: 'active' },
    { type: 'mention-count', count: '3', status: 'active' },
    { type: 'mention-count', count: Number.NaN, status: 'active' },
    { type: 'mention-count', count: 3 },
    { type: 'mention-count', count: 3, status: 'sleepy' },
    { type: 'set-site', hostname: '', off: true },
    { type: 'set-site', hostname: 'example.com', off: 'yes' },
    { type: 'reveal-mention', termId: 5, index: 0 },
    { type: 'reveal-mention', termId: 'muse-spark', index: 1.5 },
  ])('%j is not a message', (value) => expect(isMessage(value)).toBe(false));

  it.each([
    { type: 'mention-count', count: 3, status: 'paused' },
    { type: 'set-site', hostname: 'www.example.com', off: true },
    { type: 'get-page-mentions' },
    { type: 'reveal-mention', termId: 'muse-spark', index: 0 },
    { type: 'next-mention' },
  ])('%j is a message', (value) => expect(isMessage(value)).toBe(true));
});
