// The one message protocol between content scripts, popup, options and the background.
// Every message is validated on receipt (valibot) and by sender; anything else is dropped with a logged reason.
import * as v from 'valibot';
import { APP_STATES, CONNECTOR_STATES } from './contract';
import { LANGUAGE_TAG } from './constants';
import { HEALTH_PARTS, type HealthPart } from './health';
import { Settings } from './storage';
import { GUIDE_MODES } from './types';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Content script on Seller Center: what it saw of the shop (every part optional; the background merges per field). */
export const ShopFactsMessage = v.object({
  type: v.literal('shop/facts'),
  host: Text(200),
  /** Shop name from the Seller Center header, when found. */
  shop: v.nullable(Text(300)),
  /** Where the facts were seen, in the user's words ("My apps and incidents"). */
  where: Text(200),
  url: v.optional(Text(2000)),
  owner: v.optional(v.object({ state: v.picklist(['owner', 'not-owner']), detail: Text(500) })),
  app: v.optional(
    v.object({
      state: v.picklist(APP_STATES),
      statusText: v.optional(Text(200)),
      expiresAt: v.optional(v.pipe(v.string(), v.isoDate())),
    }),
  ),
});

/** Content script: the owner pressed "Confirm to install" in the Renew dialog. */
export const RenewalConfirmedMessage = v.object({
  type: v.literal('renewal/confirmed'),
  host: Text(200),
  shop: v.nullable(Text(300)),
  targetShop: Text(300),
  expectedShop: v.optional(Text(300)),
  /** The Pipe17 row's expiry (yyyy-mm-dd) at Confirm to install: a later one on My apps says the renewal went through. */
  expiresBefore: v.optional(v.pipe(v.string(), v.isoDate())),
});

/**
 * Content script: the owner turned back after "Confirm to install" (Cancel or close in the Renew dialog, Cancel on
 * the conditions page): the pending renewal did not happen.
 */
export const RenewalCancelledMessage = v.object({ type: v.literal('renewal/cancelled') });

/** Content script: Seller Center shows Pipe17 Active after a pending renewal. */
export const RenewalCompletedMessage = v.object({
  type: v.literal('renewal/completed'),
  host: Text(200),
  shop: v.nullable(Text(300)),
});

/** Anyone: change the guide's mode (start, dismiss), tick an after-step, or finish the done panel. */
export const GuideSetMessage = v.object({
  type: v.literal('guide/set'),
  mode: v.optional(v.picklist(GUIDE_MODES)),
  /** Tick/untick an after-step on the done panel. */
  afterStep: v.optional(v.object({ id: Text(40), done: v.boolean() })),
  /** Finish the done panel: forget the pending renewal. */
  finish: v.optional(v.boolean()),
});

/** Content script on the Pipe17 app: the TikTok Shop connector's status badge. */
export const ConnectorReportMessage = v.object({
  type: v.literal('connector/report'),
  state: v.picklist(CONNECTOR_STATES),
  shop: v.nullable(Text(300)),
  statusText: v.optional(Text(200)),
  /** The page could not be read (error page, offline): keep the last known state, mark it stale. */
  stale: v.optional(v.boolean()),
  url: v.optional(Text(2000)),
});

/** Options page. */
export const SettingsSaveMessage = v.object({ type: v.literal('settings/save'), settings: Settings });
export const DataClearMessage = v.object({ type: v.literal('data/clear') });

/** Popup → background: open My apps and incidents on a host and start the guide there. */
export const OpenMyAppsMessage = v.object({ type: v.literal('guide/open-my-apps'), host: Text(200) });

const PageFinding = v.picklist(['found', 'missing']);
/** Content script: what it found of each part the guide looks for on a settled page (shared/health.ts, healthOf). */
export const HealthReportMessage = v.object({
  type: v.literal('guide/health'),
  parts: v.partial(v.object(Object.fromEntries(HEALTH_PARTS.map((p) => [p, PageFinding])) as Record<HealthPart, typeof PageFinding>)),
});

export const Message = v.variant('type', [
  ShopFactsMessage,
  RenewalConfirmedMessage,
  RenewalCancelledMessage,
  RenewalCompletedMessage,
  GuideSetMessage,
  ConnectorReportMessage,
  SettingsSaveMessage,
  DataClearMessage,
  OpenMyAppsMessage,
  HealthReportMessage,
]);
export type Message = v.InferOutput<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Background → content script in the tab the owner's own key for `focus-guide` was pressed over: the shortcut's move. */
export type GuideFocusMessage = { type: 'guide/focus' };

/** Popup → content script in the active tab (tabs.sendMessage): which shop is this tab? */
export const TabIdentifyMessage = v.object({ type: v.literal('tab/identify') });
export const TabIdentity = v.object({
  host: Text(200),
  shop: v.nullable(Text(300)),
  /** The page's declared language (`<html lang>`), sent only when the guide has no words for it and recognised none of its labels. */
  otherLanguage: v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(LANGUAGE_TAG))),
});
export type TabIdentity = v.InferOutput<typeof TabIdentity>;

/** Popup → content script in the active tab: build the support report (content/report/, loaded on demand). */
export const TabReportMessage = v.object({ type: v.literal('tab/report') });
/** The report as the tab built it: plain text, at most 16 KB (UTF-8), so never more characters than that. */
export const TabReport = v.object({ report: v.pipe(v.string(), v.minLength(1), v.maxLength(16 * 1024)) });
export type TabReport = v.InferOutput<typeof TabReport>;

/** Which senders may send which messages: content scripts only from their own hosts, pages only from the extension. */
export type SenderKind = 'seller-center' | 'pipe17' | 'extension-page' | 'other';
export const ALLOWED: Record<Message['type'], readonly SenderKind[]> = {
  'shop/facts': ['seller-center'],
  'renewal/confirmed': ['seller-center'],
  'renewal/cancelled': ['seller-center'],
  'renewal/completed': ['seller-center'],
  'guide/set': ['seller-center', 'extension-page'],
  'connector/report': ['pipe17'],
  'settings/save': ['extension-page'],
  'data/clear': ['extension-page'],
  'guide/open-my-apps': ['extension-page'],
  'guide/health': ['seller-center'],
};

export function parseMessage(raw: unknown): { ok: true; message: Message } | { ok: false; reason: string } {
  const r = v.safeParse(Message, raw);
  return r.success ? { ok: true, message: r.output } : { ok: false, reason: v.summarize(r.issues) };
}
