import { isMessage, WAKE_KEY, type Message } from './messages';
import { lookOver, watchForNames } from './quick-look';

/**
 * When the content script's work starts in a frame (lib/extension/quick-look.ts says why it may wait):
 * at once where the page may name something, and otherwise at the first text added that may, or the
 * first question from the popup or the keyboard command. Until then the frame holds one observer and one
 * function on its world's global, and reads no setting: a page that names nothing shows nothing, whatever
 * they say. (The badge's pause sign is the background's, for every tab: lib/extension/background.ts.)
 */

/** The messages that ask the page itself (the popup's and the keyboard command's): they need the work. */
const ASKS_THE_PAGE = new Set<Message['type']>(['get-page-mentions', 'reveal-mention', 'next-mention']);

/** How the started work answers a message (lib/extension/content-session.ts). */
export type AnswerMessage = (message: unknown) => Promise<unknown> | undefined;

/** What work that never started, or stopped before it listened, answers: nothing. */
export const answersNothing: AnswerMessage = () => undefined;

/**
 * Starts the work (`start`) when this frame needs it, once. `start` gives the work's way of answering
 * messages. `anySpellingSource` is lib/text/spellings.ts's `anySpellingPattern` (the build works it out:
 * modules/matcher-parts.ts). A frame that sleeps touches no extension API at all: the first touch makes
 * the API's objects in this world, the largest part of a sleeping page's cost (docs/performance.md, "A
 * sleeping page touches no extension API"). So it does not listen for messages: it leaves `WAKE_KEY` on
 * `scope`, its world's global, which wakes it and answers the message it is given.
 */
export function startWhenNeeded(
  win: Window & typeof globalThis,
  anySpellingSource: string,
  start: () => Promise<AnswerMessage>,
  scope: object = globalThis,
): void {
  const doc = win.document;
  // Global: the look goes on past a spelling that runs on into a word (lib/extension/quick-look.ts).
  const anySpelling = new RegExp(anySpellingSource, 'gi');
  let started: Promise<AnswerMessage> | undefined;
  let stopWatching: (() => void) | undefined;
  const wake = () => {
    if (!started) {
      stopWatching?.();
      started = start();
    }
    return started;
  };
  // Left in place once awake too: until the work listens for itself, a message finds no listener, and the
  // one injected after it is answered here.
  const ask: AnswerMessage = (message) =>
    isMessage(message) && ASKS_THE_PAGE.has(message.type) ? wake().then((answer) => answer(message)) : undefined;
  Object.defineProperty(scope, WAKE_KEY, { value: ask, configurable: true });
  const look = lookOver(doc, anySpelling);
  if (look === 'not-looked-over') {
    // A big page: the import is asked for at once, as the browser's own work on such a page holds up
    // anything that waits for a later task.
    void wake();
    return;
  }
  if (look === 'may-name') {
    // In a task of its own: the import and the settings request make the API's first objects in this
    // world, which with the look and the world's own start made one task too long for a live page.
    win.setTimeout(wake, 0);
    return;
  }
  stopWatching = watchForNames(doc, anySpelling, wake);
}
