import { registerLazyPart, registeredPart } from './lazy-part';

/** The storage.sync key the settings live under (lib/extension/settings.ts's one item). */
export const SETTINGS_KEY = 'settings';

/** The name the early read is handed over under, in the content script's world (lib/extension/lazy-part.ts). */
export const EARLY_SETTINGS_PART = 'early-settings';

/** The storage calls made here, as the `chrome` namespace both browsers provide has them. */
export interface EarlyStorageApi {
  runtime: { lastError?: unknown };
  storage: {
    sync: { get(key: string, callback: (items?: Record<string, unknown>) => void): void };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

declare const chrome: EarlyStorageApi;

/** The stored settings value (`value` undefined when none is stored), or `undefined` if reading failed. */
type StoredValue = { value: unknown } | undefined;

/**
 * Asks for the settings as the content script decides to start its work (entrypoints/content-start.ts),
 * so the storage round trip travels while the work's module is imported, rather than after: no mark may
 * show until the settings say marks are wanted here, and on a big page the browser's own work can hold
 * either for a while (docs/performance.md, "No script at `document_start`"). This also keeps the
 * newest stored value, should the settings change before the work listens for changes.
 */
export function requestSettingsEarly(api: EarlyStorageApi = chrome): void {
  let latest = new Promise<StoredValue>((resolve) => {
    try {
      api.storage.sync.get(SETTINGS_KEY, (items) => {
        resolve(api.runtime.lastError || !items ? undefined : { value: items[SETTINGS_KEY] });
      });
    } catch {
      // The extension updated or removed under the page: its API is gone. A rejected promise here would
      // reach the page's console as unhandled; "no early value" sends the reader to storage instead.
      resolve(undefined);
    }
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes)
      latest = Promise.resolve({ value: changes[SETTINGS_KEY]!.newValue });
  });
  registerLazyPart(EARLY_SETTINGS_PART, () => latest);
}

/** The stored settings value read early in this frame, if that ran and succeeded. */
export async function earlySettingsValue(): Promise<StoredValue> {
  return registeredPart<() => Promise<StoredValue>>(EARLY_SETTINGS_PART)?.();
}
