import { browser } from 'wxt/browser';
import { askPage } from './ask-page';
import type { PageMentions } from './messages';

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

export async function loadPageState(tabId: number | undefined): Promise<PageState> {
  if (tabId === undefined) return { kind: 'unavailable' };
  const page = await askPage(tabId, { type: 'get-page-mentions' });
  return page && Array.isArray(page.mentions) && Array.isArray(page.claims)
    ? { kind: 'ready', tabId, page }
    : { kind: 'unavailable' };
}

/** Scrolls the tab to a term's `index`-th mention (or checked figure, for `claim`) and opens its card. */
export async function revealMention(tabId: number, termId: string, index = 0): Promise<boolean> {
  return (await askPage(tabId, { type: 'reveal-mention', termId, index })) === true;
}
