import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { earlySettingsValue, SETTINGS_KEY } from './early-settings';
import { defaultSettings, normalizeSettings, type Settings } from './settings';

/**
 * Where the settings (lib/extension/settings.ts: what they are, their defaults, what they mean for a page)
 * are kept: one item in storage.sync. Apart from them so a script that only reads what a stored value
 * means (lib/extension/wake.ts) carries no storage library.
 */

let item: WxtStorageItem<unknown, Record<string, unknown>> | undefined;

/**
 * The one stored settings item. Read through `loadSettings` so bad stored values never leak out.
 * Defined on first use: WXT starts reading storage for an item's migrations when it is defined,
 * which the content script need not do in the task the browser starts it in.
 */
export function settingsItem(): WxtStorageItem<unknown, Record<string, unknown>> {
  item ??= storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, { fallback: defaultSettings, version: 1 });
  return item;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const early = await earlySettingsValue();
    return normalizeSettings(early ? early.value : await settingsItem().getValue());
  } catch {
    return defaultSettings;
  }
}

export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem().setValue(normalizeSettings(s));
}

/** Calls `onChange` with valid settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(normalizeSettings(value)));
}
