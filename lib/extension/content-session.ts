import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageMarker, type PageMarkerOptions } from '../marker/page-marker';
import { claimsOf } from '../marker/mention-registry';
import type { Mention } from '../marker/mentions';
import type { ClaimFinder } from '../claims/finder';
import type { CardActions, CardController, CardWords } from '../card/types';
import { isOwnUi } from '../card/ui-host';
import { isMessage, type Message, type PageMentions } from './messages';
import { switchSite } from './site-switch';
import { messagesFor } from './ui-language';
import { answersNothing, type AnswerMessage } from './wake';
import type { UiMessages } from '../i18n/messages';
import {
  defaultSettings,
  enabledCategories,
  isActiveOn,
  loadSettings,
  statusOn,
  watchSettings,
  type Settings,
} from './settings';

/** How often, at most, the badge hears about a changed count. */
const COUNT_REPORT_MS = 250;

export interface SessionHooks {
  /** The card, speaking `words` (the language the reader chose). */
  createCard?: (marker: PageMarker, actions: CardActions, words: CardWords) => CardController;
  /** How the claim check is loaded (lib/extension/parts.ts); without it, figures are not checked. */
  loadClaimFinder?: () => Promise<ClaimFinder>;
  /** The stylesheet adopted where marks show; by default the build's (lib/marker/highlighter.ts). */
  adoptedMarkRules?: string;
}

/** What the session holds now: its marker and card are replaced when a setting changes what is read. */
interface SessionState {
  readonly win: Window & typeof globalThis;
  readonly hostname: string;
  marker: PageMarker;
  card: CardController | undefined;
  settings: Settings;
  /** The messages of the language the reader chose once a card has asked for them, and that request. */
  words: { messages: UiMessages | null; loading: Promise<void> | null };
  /** The mention the keyboard command went to last. */
  cursor: number;
}

/**
 * Everything the content script does in one frame: mark mentions, follow settings, answer the
 * popup and the keyboard command, and leave no trace when the extension is updated or removed.
 * Gives its way of answering a message, for one that arrived before it listened (lib/extension/wake.ts).
 */
export async function runContentSession(
  ctx: ContentScriptContext,
  win: Window & typeof globalThis,
  hooks: SessionHooks = {},
): Promise<AnswerMessage> {
  const reporter = countReporter(ctx, () => state);
  const markerOptions: PageMarkerOptions = {
    window: win,
    isOwnUi,
    onChange: () => {
      state.card?.sync();
      reporter.report();
    },
    loadClaimFinder: hooks.loadClaimFinder,
    adoptedMarkRules: hooks.adoptedMarkRules,
  };
  const state: SessionState = {
    win,
    hostname: win.location.hostname,
    marker: new PageMarker(markerOptions),
    card: undefined,
    settings: defaultSettings,
    words: { messages: null, loading: null },
    cursor: -1,
  };
  // Read the page while the settings are on their way; nothing is shown until they say marks are
  // wanted here. Started in the task the browser runs the script in, so its first slice is queued ahead
  // of what the page queues at load (docs/performance.md, "Reading starts before the settings arrive").
  state.marker.start(false);
  // The rest of the set-up waits for the next task, so no single task holds the page for both it and
  // the content script's start.
  await new Promise((resolve) => win.setTimeout(resolve, 0));
  if (ctx.isInvalid) {
    state.marker.stop();
    return answersNothing;
  }
  const actions = cardActions(state);
  const createCard = (marker: PageMarker) => hooks.createCard?.(marker, actions, cardWords(state));
  state.card = createCard(state.marker);

  const apply = (next: Settings) => {
    if (next.scanCode !== state.settings.scanCode) {
      // Reading code blocks or not changes what is read, so start over with a fresh marker.
      state.marker.stop();
      state.card?.destroy();
      state.marker = new PageMarker({ ...markerOptions, scanCode: next.scanCode });
      state.card = createCard(state.marker);
    }
    // Another language: its words are asked for when the next card shows.
    if (next.language !== state.settings.language) state.words = { messages: null, loading: null };
    state.settings = next;
    applySettings(state);
    reporter.report();
  };

  // Also called through the frame's world (lib/extension/wake.ts), which an update leaves: then, nothing.
  const onMessage: AnswerMessage = (message) => (ctx.isInvalid ? undefined : answer(state, message));
  browser.runtime.onMessage.addListener(onMessage);
  // Back from the back/forward cache: the marks are as they were, but the background cleared the
  // tab's count when the navigation began, so say the count again.
  ctx.addEventListener(win, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) reporter.reportAgain();
  });
  const unwatch = watchSettings((s) => {
    if (!ctx.isInvalid) apply(s);
  });
  ctx.onInvalidated(() => {
    // The extension was updated or removed under this tab: leave the page as it was.
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    reporter.stop();
    state.marker.stop();
    state.card?.destroy();
  });

  const loaded = await loadSettings();
  if (ctx.isInvalid) return answersNothing;
  apply(loaded);
  return onMessage;
}

/** The card's words in the reader's chosen language: asked for once a card is about to show, and kept. */
function cardWords(state: SessionState): CardWords {
  return {
    current: () => state.words.messages,
    load: () => {
      const words = state.words;
      // A choice made meanwhile replaces `state.words`, so a late answer lands in the old one.
      words.loading ??= messagesFor(state.settings.language).then((m) => void (words.messages = m));
      return words.loading;
    },
  };
}

/** What the card's buttons do. */
function cardActions(state: SessionState): CardActions {
  return {
    openBriefing: () => {
      browser.runtime.sendMessage({ type: 'open-briefing' } satisfies Message).catch(() => {});
    },
    offOnThisSite: () => switchSite(state.hostname, true),
    backOnThisSite: () => void switchSite(state.hostname, false),
    close: () => state.card?.close(),
  };
}

/** Shows or hides the marks as the settings say for this site. */
function applySettings(state: SessionState): void {
  state.marker.showCategories(enabledCategories(state.settings));
  if (isActiveOn(state.settings, state.hostname)) {
    state.marker.start();
  } else {
    state.card?.close();
    state.marker.stop();
  }
}

/**
 * Tells the background this frame's visible mention count and whether marks are on, for the badge:
 * coalesced, and only when either changed.
 */
function countReporter(ctx: ContentScriptContext, current: () => SessionState) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReported = '';
  const report = () => {
    if (timer !== undefined || ctx.isInvalid) return;
    timer = setTimeout(() => {
      timer = undefined;
      const { marker: m, settings, hostname } = current();
      const count = m.isShowing ? m.registry.count(m.visibleCategories) : 0;
      const message = { type: 'mention-count', count, status: statusOn(settings, hostname) } satisfies Message;
      const key = `${message.count} ${message.status}`;
      if (key === lastReported || ctx.isInvalid) return;
      lastReported = key;
      browser.runtime.sendMessage(message).catch(() => {});
    }, COUNT_REPORT_MS);
  };
  return {
    report,
    /** Says the count even if unchanged (the background forgot it). */
    reportAgain: () => {
      lastReported = '';
      report();
    },
    stop: () => clearTimeout(timer),
  };
}

/** Answers the popup and the keyboard command; anything else is left for other listeners. */
function answer(state: SessionState, message: unknown): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined;
  const { marker, win } = state;
  switch (message.type) {
    case 'get-page-mentions': {
      if (win !== win.top) return undefined;
      const visible = marker.visibleMentions();
      const reply: PageMentions = {
        mentions: marker.registry.summary(marker.visibleCategories),
        total: visible.filter((m) => !m.claim).length,
        claims: claimsOf(visible),
        capped: marker.registry.capped,
        active: isActiveOn(state.settings, state.hostname),
        hostname: state.hostname,
      };
      return Promise.resolve(reply);
    }
    case 'reveal-mention': {
      if (win !== win.top) return undefined;
      const ofTerm = marker.visibleMentions().filter((m) => m.termId === message.termId);
      return Promise.resolve(reveal(state, ofTerm[message.index] ?? ofTerm[0]));
    }
    case 'next-mention': {
      const all = marker.visibleMentions();
      if (!all.length) return Promise.resolve(false);
      state.cursor = (state.cursor + 1) % all.length;
      return Promise.resolve(reveal(state, all[state.cursor]));
    }
    default:
      return undefined;
  }
}

/** Scrolls a mention into view and opens its card with focus inside. */
function reveal(state: SessionState, mention: Mention | undefined): boolean {
  if (!mention) return false;
  const el = mention.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  state.card?.openFor(mention, { focus: true });
  return true;
}
