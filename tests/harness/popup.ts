import type { E2EBrowser, E2EPage } from './drivers';

/**
 * Runs in an extension page: the id of the tab whose content script answers for `hostname`
 * (any answering tab when null). Tab URLs are hidden without the "tabs" permission, so each
 * tab is asked.
 */
export async function findTabByHost(hostname: string | null): Promise<number | null> {
  type Tabs = {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown, options: object): Promise<{ hostname?: string } | undefined>;
  };
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
  const api = g.browser ?? g.chrome;
  const self = await api.tabs.getCurrent();
  for (const t of await api.tabs.query({})) {
    if (t.id === self?.id || t.id === undefined) continue;
    const reply = await api.tabs.sendMessage(t.id, { type: 'get-page-mentions' }, { frameId: 0 }).catch(() => null);
    if (reply && (hostname === null || reply.hostname === hostname)) return t.id;
  }
  return null;
}

/** Runs in an extension page: sends `message` to a tab's top frame and returns its answer. */
export async function sendToTab(arg: { tabId: number; message: unknown }): Promise<unknown> {
  type Tabs = { sendMessage(id: number, message: unknown, options: object): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
  return (g.browser ?? g.chrome).tabs.sendMessage(arg.tabId, arg.message, { frameId: 0 });
}

/**
 * Opens the popup as a page about the tab on `hostname`: what the toolbar popup shows for that
 * tab. (A test cannot click the toolbar button; the card's "Open full briefing" opens exactly this.)
 */
export async function openPopupFor(browser: E2EBrowser, hostname: string): Promise<E2EPage> {
  const probe = await browser.openExtensionPage('popup.html');
  const tabId = await probe.evaluate(findTabByHost, hostname);
  await probe.close();
  if (tabId === null) throw new Error(`no tab on ${hostname} answered`);
  return browser.openExtensionPage(`popup.html?tab=${tabId}`);
}

/** Runs in an extension page: the toolbar badge's text for a tab. */
export async function badgeText(tabId: number): Promise<string> {
  type Action = { getBadgeText(details: { tabId: number }): Promise<string> };
  const g = globalThis as unknown as {
    browser?: { action?: Action; browserAction?: Action };
    chrome: { action?: Action; browserAction?: Action };
  };
  const api = g.browser ?? g.chrome;
  return (api.action ?? api.browserAction)!.getBadgeText({ tabId });
}

/**
 * Runs in an extension page: clicks the control whose label or text includes `text`, waiting up to
 * 5 s for it to appear (the popup's status waits for the settings and the page's answer).
 */
export async function clickControl(text: string): Promise<void> {
  for (let waited = 0; ; waited += 50) {
    const el = [...document.querySelectorAll('label, button')].find((e) => e.textContent?.includes(text));
    if (el) return void (el as HTMLElement).click();
    if (waited >= 5000) throw new Error(`no control "${text}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs in an extension page: the page the toolbar button opens as its popup, and its badge's tooltip for a tab. */
export async function toolbarPopup(tabId: number | null): Promise<{ popup: string; title: string }> {
  type Action = {
    getPopup(details: object): Promise<string>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
  const g = globalThis as unknown as {
    browser?: { action?: Action; browserAction?: Action };
    chrome: { action?: Action; browserAction?: Action };
  };
  const api = g.browser ?? g.chrome;
  const action = (api.action ?? api.browserAction)!;
  const popup = new URL(await action.getPopup({})).pathname.replace(/^\//, '');
  return { popup, title: await action.getTitle(tabId === null ? {} : { tabId }) };
}
