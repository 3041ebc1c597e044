import { browser } from 'wxt/browser';
import { WAKE_KEY, type Message, type Replies } from './messages';

/**
 * Asking a tab's top frame (the popup's and the keyboard command's questions). A frame whose content
 * script sleeps (lib/extension/wake.ts) listens for no message, so where no listener answers, the question
 * is put again through a script injected into the frame, in the content script's own world, which wakes
 * it and answers. That takes the `scripting` permission and the tab's `activeTab` grant, which the toolbar
 * button and the keyboard command give. Framework-free: the API is a parameter.
 */

/** The parts of the extension API asking uses. */
export interface AskApi {
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      func: (key: string, message: unknown) => unknown;
      args: [string, unknown];
    }): Promise<{ result?: unknown }[]>;
  };
}

/**
 * The top frame's answer to `message`, or undefined: no content script runs there (a browser page, a
 * web store, a PDF), the extension may not inject into it, or the frame answered nothing.
 */
export async function askPage<M extends Message>(
  tabId: number,
  message: M,
  api: AskApi = browser as unknown as AskApi,
): Promise<Replies[M['type']] | undefined> {
  try {
    return (await api.tabs.sendMessage(tabId, message, { frameId: 0 })) as Replies[M['type']] | undefined;
  } catch {
    // No listener in the frame: asleep, or no content script at all.
  }
  try {
    const [injected] = await api.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: askSleepingFrame,
      args: [WAKE_KEY, message],
    });
    return injected?.result as Replies[M['type']] | undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs in the frame, in the content script's world, serialised by the browser: it may use nothing from
 * this module, only its arguments. The browser waits for the promise it returns.
 */
function askSleepingFrame(key: string, message: unknown): unknown {
  const ask = (globalThis as unknown as Record<string, ((message: unknown) => unknown) | undefined>)[key];
  return typeof ask === 'function' ? ask(message) : undefined;
}
