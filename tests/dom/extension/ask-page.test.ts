/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPage, type AskApi } from '../../../lib/extension/ask-page';
import { WAKE_KEY } from '../../../lib/extension/messages';
import { startWhenNeeded, type AnswerMessage } from '../../../lib/extension/wake';
import { anySpellingPattern } from '../../../lib/text/spellings';
import { termCatalogue } from '../../../lib/text/terms';

// The popup's and the keyboard command's questions reach a frame whose content script sleeps, and so
// listens for no message (lib/extension/ask-page.ts, lib/extension/wake.ts).

const anySpelling = anySpellingPattern(termCatalogue);

/**
 * A tab whose top frame is this document: `listening` says whether a content script there listens for
 * messages; the injected function runs here, as the browser runs it in the content script's world.
 */
function tab({ listening, injectable = true }: { listening: boolean; injectable?: boolean }) {
  const sendMessage = vi.fn(async (_tabId: number, message: unknown) => {
    if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { listenedTo: message };
  });
  const executeScript = vi.fn(async ({ func, args }: Parameters<AskApi['scripting']['executeScript']>[0]) => {
    if (!injectable) throw new Error('Cannot access contents of the page.');
    // Serialised by the browser: only its source and arguments reach the frame.
    const copy = new Function(`return (${func.toString()})`)() as typeof func;
    return [{ result: await copy(...args) }];
  });
  return { api: { tabs: { sendMessage }, scripting: { executeScript } } satisfies AskApi, sendMessage, executeScript };
}

/** The content script, started on this page as it is now: how often its work started, and what it answers. */
function contentScript(html: string) {
  document.body.innerHTML = html;
  const answer = vi.fn<AnswerMessage>((message) => Promise.resolve({ answered: message }));
  const start = vi.fn(() => Promise.resolve(answer));
  startWhenNeeded(window as never, anySpelling, start);
  return { start, answer };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[WAKE_KEY];
});

describe('asking a tab', () => {
  it('asks a listening frame by message, and injects nothing', async () => {
    const { api, executeScript } = tab({ listening: true });
    await expect(askPage(3, { type: 'get-page-mentions' }, api)).resolves.toEqual({
      listenedTo: { type: 'get-page-mentions' },
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('wakes a sleeping frame through its world, and gets the work’s own answer', async () => {
    const page = contentScript('<p>Nothing of note today.</p>');
    expect(page.start).not.toHaveBeenCalled();
    const { api, executeScript } = tab({ listening: false });
    await expect(askPage(3, { type: 'get-page-mentions' }, api)).resolves.toEqual({
      answered: { type: 'get-page-mentions' },
    });
    expect(page.start).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 3, frameIds: [0] } }));
    await expect(askPage(3, { type: 'next-mention' }, api)).resolves.toEqual({ answered: { type: 'next-mention' } });
    expect(page.start).toHaveBeenCalledTimes(1);
  });

  it('gets nothing, quietly, from a frame it may not inject into or where no content script runs', async () => {
    contentScript('<p>Nothing of note today.</p>');
    await expect(
      askPage(3, { type: 'get-page-mentions' }, tab({ listening: false, injectable: false }).api),
    ).resolves.toBe(undefined);
    delete (globalThis as Record<string, unknown>)[WAKE_KEY];
    await expect(askPage(3, { type: 'get-page-mentions' }, tab({ listening: false }).api)).resolves.toBe(undefined);
  });
});
