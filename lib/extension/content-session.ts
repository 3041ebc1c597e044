import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageMarker } from '../marker/page-marker';
import { isMessage, type Message, type PageMentions } from './messages';
import {
  defaultSettings,
  enabledCategories,
  isActiveOn,
  loadSettings,
  saveSettings,
  watchSettings,
  withSite,
  type Settings,
} from './settings';
import { isOwnUi } from '../card/ui-host';
import { claimsOf } from '../marker/mention-registry';
import type { Mention } from '../marker/mentions';

/** How often, at most, the badge hears about a changed count. */
const COUNT_REPORT_MS = 250;

/** What the page needs from the hover card; the card itself lives in components/. */
export interface CardController {
  /** Opens the card on a mention, with focus inside when asked (keyboard and popup travel). */
  openFor(mention: Mention, opts: { focus: boolean }): void;
  /** The page's mentions changed: close the card if its mention is gone. */
  sync(): void;
  close(): void;
  destroy(): void;
}

/** What the card's buttons do. */
export interface CardActions {
  openBriefing(): void;
  offOnThisSite(): void;
}

export interface SessionHooks {
  createCard?: (marker: PageMarker, actions: CardActions) => CardController;
  /** The stylesheet adopted where marks show; by default the build's (lib/marker/highlighter.ts). */
  adoptedMarkRules?: string;
}

/**
 * Everything the content script does in one frame: mark mentions, follow settings, answer the
 * popup and the keyboard command, and leave no trace when the extension is updated or removed.
 */
export async function runContentSession(
  ctx: ContentScriptContext,
  win: Window & typeof globalThis,
  hooks: SessionHooks = {},
): Promise<void> {
  const hostname = win.location.hostname;
  let settings: Settings = defaultSettings;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReported = -1;
  let card: CardController | undefined;

  const onMentionsChanged = () => {
    card?.sync();
    reportCount();
  };

  const reportCount = () => {
    if (reportTimer !== undefined || ctx.isInvalid) return;
    reportTimer = setTimeout(() => {
      reportTimer = undefined;
      const count = marker.isShowing ? marker.registry.count(marker.visibleCategories) : 0;
      if (count === lastReported || ctx.isInvalid) return;
      lastReported = count;
      browser.runtime.sendMessage({ type: 'mention-count', count } satisfies Message).catch(() => {});
    }, COUNT_REPORT_MS);
  };

  const actions: CardActions = {
    openBriefing: () => {
      browser.runtime.sendMessage({ type: 'open-briefing' } satisfies Message).catch(() => {});
    },
    offOnThisSite: () => {
      void saveSettings(withSite(settings, hostname, true)).catch(() => {});
    },
  };

  const markerOptions = { window: win, isOwnUi, onChange: onMentionsChanged, adoptedMarkRules: hooks.adoptedMarkRules };
  let marker = new PageMarker(markerOptions);
  // Read the page while the settings are on their way; nothing is shown until they say marks are
  // wanted here. Started in the task the browser runs the script in, so its first slice is queued
  // ahead of what the page queues at load (on a 20,000-paragraph page, 150-190 ms of the browser's
  // own work on its links, which a slice queued later waits behind).
  marker.start(false);
  // The rest of the set-up waits for the next task, so no single task holds the page for both it and
  // the content script's start (a live blog's longest extension task, traced: 11.4-11.6 ms with them
  // together, 6.8-7.7 ms apart). The settings were asked for at document_start; they wait for nothing.
  await new Promise((resolve) => win.setTimeout(resolve, 0));
  if (ctx.isInvalid) {
    marker.stop();
    return;
  }
  card = hooks.createCard?.(marker, actions);
  let cursor = -1;

  const apply = (next: Settings) => {
    const scanCodeChanged = next.scanCode !== settings.scanCode;
    settings = next;
    if (scanCodeChanged) {
      // Reading code blocks or not changes what is read, so start over with a fresh marker.
      marker.stop();
      card?.destroy();
      marker = new PageMarker({ ...markerOptions, scanCode: next.scanCode });
      card = hooks.createCard?.(marker, actions);
    }
    marker.showCategories(enabledCategories(next));
    if (isActiveOn(next, hostname)) {
      marker.start();
    } else {
      card?.close();
      marker.stop();
    }
    reportCount();
  };

  const reveal = (mention: Mention | undefined): boolean => {
    if (!mention) return false;
    const el = mention.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    card?.openFor(mention, { focus: true });
    return true;
  };

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'get-page-mentions': {
        if (win !== win.top) return undefined;
        const visible = marker.visibleMentions();
        const reply: PageMentions = {
          mentions: marker.registry.summary(marker.visibleCategories),
          total: visible.filter((m) => !m.claim).length,
          claims: claimsOf(visible),
          capped: marker.registry.capped,
          active: isActiveOn(settings, hostname),
          hostname,
        };
        return Promise.resolve(reply);
      }
      case 'reveal-mention': {
        if (win !== win.top) return undefined;
        const ofTerm = marker.visibleMentions().filter((m) => m.termId === message.termId);
        return Promise.resolve(reveal(ofTerm[message.index] ?? ofTerm[0]));
      }
      case 'next-mention': {
        const all = marker.visibleMentions();
        if (!all.length) return Promise.resolve(false);
        cursor = (cursor + 1) % all.length;
        return Promise.resolve(reveal(all[cursor]));
      }
      default:
        return undefined;
    }
  };

  browser.runtime.onMessage.addListener(onMessage);
  // Back from the back/forward cache: the marks are as they were, but the background cleared the
  // tab's count when the navigation began, so say the count again.
  ctx.addEventListener(win, 'pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    lastReported = -1;
    reportCount();
  });
  const unwatch = watchSettings((s) => {
    if (!ctx.isInvalid) apply(s);
  });
  ctx.onInvalidated(() => {
    // The extension was updated or removed under this tab: leave the page as it was.
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    clearTimeout(reportTimer);
    marker.stop();
    card?.destroy();
  });

  const loaded = await loadSettings();
  if (ctx.isInvalid) return;
  apply(loaded);
}
