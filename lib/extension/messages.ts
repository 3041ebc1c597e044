import type { MentionSummary } from '../marker/mention-registry';
import type { Claim } from '../claims/verdict';
import type { SiteStatus } from './settings';
import type { UiMessages } from '../i18n/messages';
import { uiLocales, type UiLocale } from '../i18n/languages';

/**
 * The one message contract between the content script, the background and the popup. Every
 * message is checked with `isMessage` on arrival; anything of another shape is ignored.
 */
export type Message =
  /** content → background: this frame's visible mention count, and whether marks are on, for the badge. */
  | { type: 'mention-count'; count: number; status: SiteStatus }
  /** popup → content (top frame): what this page mentions. */
  | { type: 'get-page-mentions' }
  /** popup → content: scroll to the term's n-th mention (a checked figure's, for `claim`) and open its card. */
  | { type: 'reveal-mention'; termId: string; index: number }
  /** background → content: the keyboard command, go to the next mention. */
  | { type: 'next-mention' }
  /** content (card button) → background: open the full briefing in a tab. */
  | { type: 'open-briefing' }
  /**
   * content (card button) → background: turn marks off (or back on) on the site of `hostname`. The
   * background works out the site, with the public-suffix list no page should have to load.
   */
  | { type: 'set-site'; hostname: string; off: boolean }
  /**
   * content → background: the messages of the language the reader chose, which a content script cannot
   * read from the extension's files itself (lib/extension/ui-language.ts).
   */
  | { type: 'ui-messages'; locale: UiLocale };

/**
 * The name of the function a frame's content script leaves on its world's global while it sleeps, and
 * after (lib/extension/wake.ts): the popup and the background reach a frame that listens for no message
 * by injecting a script that calls it (lib/extension/ask-page.ts), in the same isolated world. A page
 * cannot see it; other extensions have worlds of their own. It takes the messages the popup and the
 * keyboard command send the page, and answers as the page's listener would.
 */
export const WAKE_KEY = 'museSparkContextAsk';

export interface PageMentions {
  mentions: MentionSummary[];
  /** Mentions of terms on show (checked figures are counted in `claims`). */
  total: number;
  /** Figures the page gives for a model on a benchmark, checked against the chart, in page order. */
  claims: Claim[];
  capped: boolean;
  /** False when the extension is paused or off for this site. */
  active: boolean;
  hostname: string;
}

/** What each message answers with. */
export interface Replies {
  'mention-count': void;
  'get-page-mentions': PageMentions;
  'reveal-mention': boolean;
  'next-mention': boolean;
  'open-briefing': void;
  /** The site turned off or on, or null if the settings could not be saved. */
  'set-site': string | null;
  /** The language's messages file, or null if it could not be read. */
  'ui-messages': UiMessages | null;
}

const TYPES = new Set<string>([
  'mention-count',
  'get-page-mentions',
  'reveal-mention',
  'next-mention',
  'open-briefing',
  'set-site',
  'ui-messages',
]);

const STATUSES = new Set<unknown>(['active', 'paused', 'site-off'] satisfies SiteStatus[]);

export function isMessage(value: unknown): value is Message {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return false;
  switch (m.type) {
    case 'mention-count':
      return typeof m.count === 'number' && Number.isFinite(m.count) && m.count >= 0 && STATUSES.has(m.status);
    case 'set-site':
      return typeof m.hostname === 'string' && m.hostname.length > 0 && typeof m.off === 'boolean';
    case 'ui-messages':
      return (uiLocales as readonly unknown[]).includes(m.locale);
    case 'reveal-mention':
      return typeof m.termId === 'string' && Number.isInteger(m.index) && (m.index as number) >= 0;
    default:
      return true;
  }
}
