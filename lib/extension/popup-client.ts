import { browser } from 'wxt/browser';
import type { Message, PageMentions, Replies } from './messages';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; page: PageMentions }
  /** No content script answers: a browser page, a web store, a PDF, or a page still loading. */
  | { kind: 'unavailable' };

/**
 * The tab the popup is about: the active tab, or, when the popup is opened as a page from a
 * card's "Open full briefing", the tab named in its `?tab=` parameter.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Sends a message to the tab's top frame; the reply is typed by the contract, and may be missing. */
function send<M extends Message>(tabId: number, message: M): Promise<Replies[M['type']] | undefined> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<Replies[M['type']] | undefined>;
}

export async function loadPageState(tabId: number | undefined): Promise<PageState> {
  if (tabId === undefined) return { kind: 'unavailable' };
  try {
    const page = await send(tabId, { type: 'get-page-mentions' });
    return page && Array.isArray(page.mentions) && Array.isArray(page.claims)
      ? { kind: 'ready', tabId, page }
      : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Scrolls the tab to a term's `index`-th mention (or checked figure, for `claim`) and opens its card. */
export async function revealMention(tabId: number, termId: string, index = 0): Promise<boolean> {
  try {
    return (await send(tabId, { type: 'reveal-mention', termId, index })) === true;
  } catch {
    return false;
  }
}
