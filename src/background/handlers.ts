// What each accepted message does to storage, and the toolbar badge that follows from storage.
import browser from 'webextension-polyfill';
import { myAppsUrl } from '../shared/hosts';
import { t } from '../shared/i18n';
import type { GuideFocusMessage, Message } from '../shared/messages';
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { reduceGuide } from '../shared/guide';
import { mergeHealth } from '../shared/health';
import { healthFromStorage, healthToStorage } from '../shared/healthSchema';
import type { ShopRecord } from '../shared/types';
import { needsAttention } from '../shared/appState';
import { computeBadge } from './badge';
import { applyConnectorReport, applyShopFacts, emptyShop, resolveShopKey, withRenewalCompleted } from './records';
import { checkMessage, checkOutbox, type SenderInfo } from './sender';
import { readAll, serialized, type Snapshot } from './store';

export type Reply = { ok: true } | { ok: false; reason: string };

const shopItem = (r: ShopRecord) => ({ [KEYS.shopPrefix + r.key]: r });

/** The record a renewal message is about, or a fresh one if the shop was never seen. */
function renewalTarget(snap: Snapshot, host: string, shop: string | null, now: number): ShopRecord {
  const key = resolveShopKey(snap.shops.values(), host, shop);
  return snap.shops.get(key) ?? emptyShop(host, shop, now);
}

async function apply(message: Message, now: number): Promise<void> {
  const local = browser.storage.local;
  if (message.type === 'data/clear') {
    await local.clear();
    await local.set({ [KEYS.settings]: DEFAULT_SETTINGS, [KEYS.guide]: DEFAULT_GUIDE, [KEYS.notices]: [] });
    return;
  }
  const snap = await readAll(now);
  switch (message.type) {
    case 'shop/facts': {
      const change = applyShopFacts(snap.shops, message, now);
      if (change.remove.length) await local.remove(change.remove.map((k) => KEYS.shopPrefix + k));
      await local.set({ ...Object.assign({}, ...change.put.map(shopItem)), [KEYS.lastShop]: change.key });
      return;
    }
    case 'renewal/confirmed': {
      // Only pending: the renewal counts once Seller Center shows Pipe17 Active again (renewal/completed).
      const renewal = {
        host: message.host,
        shopKey: resolveShopKey(snap.shops.values(), message.host, message.shop),
        targetShop: message.targetShop,
        expectedShop: message.expectedShop,
        ...(message.expiresBefore ? { expiresBefore: message.expiresBefore } : {}),
      };
      const guide = reduceGuide(snap.guide, { type: 'renewal/pending', renewal }, now);
      await local.set({ [KEYS.guide]: guide });
      return;
    }
    case 'renewal/cancelled':
      await local.set({ [KEYS.guide]: reduceGuide(snap.guide, message, now) });
      return;
    case 'renewal/completed': {
      const pending = snap.guide.pendingRenewal?.host === message.host ? snap.guide.pendingRenewal : undefined;
      const record = withRenewalCompleted(renewalTarget(snap, message.host, message.shop, now), now, t('bg_whereMyApps'), pending);
      await local.set({ ...shopItem(record), [KEYS.lastShop]: record.key });
      return;
    }
    case 'guide/set':
      await local.set({ [KEYS.guide]: reduceGuide(snap.guide, message, now) });
      return;
    case 'guide/open-my-apps':
      await local.set({ [KEYS.guide]: reduceGuide(snap.guide, { type: 'guide/set', mode: 'started' }, now) });
      await browser.tabs.create({ url: myAppsUrl(message.host) });
      return;
    case 'connector/report': {
      const change = applyConnectorReport(snap.connectors, message, now, t('bg_whereConnector'));
      if (change.remove.length) await local.remove(change.remove.map((s) => KEYS.connectorPrefix + s));
      const items: Record<string, unknown> = {};
      for (const [slot, rec] of Object.entries(change.put)) items[KEYS.connectorPrefix + slot] = rec;
      await local.set(items);
      return;
    }
    case 'guide/health': {
      // Read and written in turn with every other message (serialized): two pages' readings cannot lose each other.
      const stored = healthFromStorage((await local.get(KEYS.health))[KEYS.health]);
      await local.set({ [KEYS.health]: healthToStorage(mergeHealth(stored, message.parts, now)) });
      return;
    }
    case 'settings/save':
      await local.set({ [KEYS.settings]: message.settings });
      return;
    default:
      assertNever(message);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled message ${JSON.stringify(x)}`);
}

/** Recompute the toolbar badge from what is stored (dropping anything unreadable on the way). Call inside `serialized`. */
async function updateBadge(now: number): Promise<void> {
  const snap = await readAll(now);
  const badge = computeBadge(snap.shops.values(), snap.connectors.values(), now, snap.settings.expiryWarningDays);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });
  await writeCalm(snap, now);
}

/** KEYS.calm, rewritten only when it changes: every write wakes each Seller Center tab's storage listener. */
async function writeCalm(snap: Snapshot, now: number): Promise<void> {
  const shops = [...snap.shops.values()].sort((a, b) => b.seenAt - a.seenAt);
  const calm = shops
    .filter((r) => !needsAttention(shops, snap.connectors.values(), r, now, snap.settings.expiryWarningDays))
    .map((r) => r.key)
    .sort();
  const was = (await browser.storage.local.get(KEYS.calm))[KEYS.calm];
  if (JSON.stringify(was ?? []) !== JSON.stringify(calm)) await browser.storage.local.set({ [KEYS.calm]: calm });
}

/** The alarm, startup and install path: recompute the badge in turn with the writes. */
export function refreshBadge(now = Date.now()): Promise<void> {
  return serialized(() => updateBadge(now));
}

/** Handle one accepted message: write, then refresh the badge. */
export function handleMessage(message: Message, now = Date.now()): Promise<void> {
  return serialized(async () => {
    await apply(message, now);
    await updateBadge(now);
  });
}

/**
 * The renewal outbox (KEYS.renewalOutbox): the content script's last word on a renewal (confirmed, or cancelled),
 * validated like its message, applied unless the message already arrived, then removed. A confirmation is applied
 * when no pending renewal is at least as new; a cancellation when a pending renewal it came after is still there.
 */
export function drainRenewalOutbox(now = Date.now()): Promise<void> {
  return serialized(async () => {
    const raw = (await browser.storage.local.get(KEYS.renewalOutbox))[KEYS.renewalOutbox];
    if (raw === undefined) return;
    await browser.storage.local.remove(KEYS.renewalOutbox);
    const { at, ...message } = (raw ?? {}) as { at?: unknown };
    const verdict = checkOutbox(message);
    if (!verdict.ok || typeof at !== 'number' || !Number.isFinite(at) || now - at > 60 * 60 * 1000) {
      console.warn(`[pipe17-reauth] dropped renewal outbox: ${verdict.ok ? 'stale or undated' : verdict.reason}`);
      return;
    }
    const pendingAt = (await readAll(now)).guide.pendingRenewal?.at;
    // The message got there first.
    if (verdict.message.type === 'renewal/confirmed' ? (pendingAt ?? 0) >= at : pendingAt === undefined || pendingAt > at) return;
    await apply(verdict.message, now);
    await updateBadge(now);
  });
}

/** The runtime.onMessage entry point: never throws, always answers. */
export async function onRuntimeMessage(raw: unknown, sender: SenderInfo, now = Date.now()): Promise<Reply> {
  const verdict = checkMessage(raw, sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') });
  if (!verdict.ok) {
    console.warn(`[pipe17-reauth] dropped message: ${verdict.reason}`);
    return { ok: false, reason: verdict.reason };
  }
  try {
    await handleMessage(verdict.message, now);
    return { ok: true };
  } catch (e) {
    const reason = `failed to handle ${verdict.message.type}: ${e instanceof Error ? e.message : String(e)}`;
    console.warn(`[pipe17-reauth] ${reason}`);
    return { ok: false, reason };
  }
}

export const FOCUS_COMMAND = 'focus-guide'; // the manifest's `commands` entry

/**
 * A browser command: `focus-guide`, when the owner gave it a key in the browser's extension shortcuts, is passed to
 * the guide in the tab it was pressed over. A tab that is not Seller Center has no guide to answer: nothing happens.
 */
export async function onCommand(command: string, tab: { id?: number } | undefined): Promise<void> {
  if (command !== FOCUS_COMMAND) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const message: GuideFocusMessage = { type: 'guide/focus' };
  await browser.tabs.sendMessage(id, message).catch(() => undefined);
}
