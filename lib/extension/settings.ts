import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { markCategories, type MarkCategory } from '../text/terms';
import { earlySettingsValue, SETTINGS_KEY } from './early-settings';
import { isUiLanguage, type UiLanguage } from '../i18n/languages';

/** Everything a reader can change. Kept in storage.sync so it follows them between machines. */
export interface Settings {
  /** Global pause: no marks anywhere. */
  paused: boolean;
  /**
   * Sites where the extension stays off: registrable domains (lib/extension/sites.ts), so each
   * covers its subdomains. Settings stored before sites were domains held hostnames; the background
   * migrates them (`migrateSites`).
   */
  disabledSites: string[];
  /** Which kinds of mark show: each term category, and the claim check. */
  categories: Record<MarkCategory, boolean>;
  /** Mark mentions inside code and pre blocks too. */
  scanCode: boolean;
  /** The language of the card, popup and pages: the browser's, or one the reader chose. */
  language: UiLanguage;
}

export const defaultSettings: Settings = {
  paused: false,
  disabledSites: [],
  categories: { muse: true, benchmark: true, model: true, keyterm: true, claim: true },
  scanCode: false,
  language: 'browser',
};

const MAX_SITES = 500;
const MAX_HOST_LENGTH = 253;

/**
 * Accepts anything (a corrupt, old or hand-edited stored value) and returns valid settings:
 * each field that is not what we expect falls back to its default, so a bad value never crashes.
 */
export function normalizeSettings(raw: unknown): Settings {
  const v = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const cats =
    v.categories !== null && typeof v.categories === 'object' ? (v.categories as Record<string, unknown>) : {};
  const categories = { ...defaultSettings.categories };
  for (const c of markCategories) if (typeof cats[c] === 'boolean') categories[c] = cats[c];
  const sites = Array.isArray(v.disabledSites) ? v.disabledSites : [];
  return {
    paused: typeof v.paused === 'boolean' ? v.paused : defaultSettings.paused,
    disabledSites: [
      ...new Set(
        sites
          .filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= MAX_HOST_LENGTH)
          .map((s) => s.toLowerCase()),
      ),
    ].slice(0, MAX_SITES),
    categories,
    scanCode: typeof v.scanCode === 'boolean' ? v.scanCode : defaultSettings.scanCode,
    language: isUiLanguage(v.language) ? v.language : defaultSettings.language,
  };
}

export function enabledCategories(s: Settings): Set<MarkCategory> {
  return new Set(markCategories.filter((c) => s.categories[c]));
}

/**
 * Whether a hostname is on a site turned off. Sites are stored as registrable domains, so the site of
 * `hostname` is off exactly when it is one of them or a subdomain of one: no public-suffix list needed
 * in every page.
 */
export function isSiteOff(s: Settings, hostname: string): boolean {
  return offSiteOf(s, hostname) !== null;
}

/** The site turned off that `hostname` belongs to, if any, as the settings list it. */
export function offSiteOf(s: Settings, hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return s.disabledSites.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}

/** What the extension does on a page at `hostname`, as the badge and the popup say it. */
export type SiteStatus = 'active' | 'paused' | 'site-off';

export function statusOn(s: Settings, hostname: string): SiteStatus {
  if (s.paused) return 'paused';
  return isSiteOff(s, hostname) ? 'site-off' : 'active';
}

/** Whether marks should show on a page at `hostname`. */
export function isActiveOn(s: Settings, hostname: string): boolean {
  return statusOn(s, hostname) === 'active';
}

/** The settings with `site` (a registrable domain: lib/extension/sites.ts) turned off or back on. */
export function withSite(s: Settings, site: string, off: boolean): Settings {
  const key = site.toLowerCase();
  const others = s.disabledSites.filter((h) => h !== key);
  return { ...s, disabledSites: off ? [...others, key] : others };
}

/**
 * Settings whose sites are all registrable domains: a hostname stored by an older version
 * (`www.example.com`) becomes its site (`example.com`), duplicates merge, order stays.
 */
export function migrateSites(s: Settings, siteOf: (hostname: string) => string): Settings {
  return { ...s, disabledSites: [...new Set(s.disabledSites.map(siteOf))] };
}

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
