// Pure merges from messages into stored records. Each takes the old value and `now`, returns the new one.
import { regionOf } from '../shared/hosts';
import { t } from '../shared/i18n';
import type { MessageOf } from '../shared/messages';
import { shopKey } from '../shared/constants';
import { SCHEMA_VERSION, type ConnectorRecord, type Evidence, type PendingRenewal, type ShopRecord } from '../shared/types';

export type ShopFacts = MessageOf<'shop/facts'>;

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** Field-wise "newer evidence wins"; ties go to the incoming value. */
function newer<F extends { evidence: Evidence }>(current: F | undefined, incoming: F | undefined): F | undefined {
  if (!current) return incoming;
  if (!incoming) return current;
  return incoming.evidence.seenAt >= current.evidence.seenAt ? incoming : current;
}

function newerRenewal(a: ShopRecord['lastRenewal'], b: ShopRecord['lastRenewal']): ShopRecord['lastRenewal'] {
  if (!a) return b;
  if (!b) return a;
  return b.at >= a.at ? b : a;
}

export function emptyShop(host: string, shop: string | null, now: number): ShopRecord {
  return { v: SCHEMA_VERSION, key: shopKey(host, shop), host, region: regionOf(host), shop, seenAt: now };
}

/**
 * Which record facts from (host, shop) belong to. A page that did not show the shop name is
 * attributed to the host's one named shop when there is exactly one; otherwise to the host-only record.
 */
export function resolveShopKey(records: Iterable<ShopRecord>, host: string, shop: string | null): string {
  if (shop) return shopKey(host, shop);
  const named = [...records].filter((r) => r.host === host && r.shop !== null);
  return named.length === 1 ? named[0]!.key : shopKey(host, null);
}

/** Merge one shop/facts message into the record it belongs to (or a new one). */
export function mergeShopFacts(record: ShopRecord | undefined, msg: ShopFacts, now: number): ShopRecord {
  const shop = msg.shop ?? record?.shop ?? null;
  const base = record ?? emptyShop(msg.host, shop, now);
  const evidence = (detail: string): Evidence => ({
    where: msg.where,
    detail: clip(detail, 500),
    ...(msg.url ? { url: msg.url } : {}),
    seenAt: now,
  });
  const next: ShopRecord = { ...base, shop, key: shopKey(base.host, shop), seenAt: Math.max(base.seenAt, now) };
  if (msg.owner) {
    next.owner = newer(base.owner, { state: msg.owner.state, evidence: evidence(msg.owner.detail) });
  }
  // A reading of "unknown" is no evidence: it never overwrites a known state.
  if (msg.app && !(msg.app.state === 'unknown' && base.app && base.app.state !== 'unknown')) {
    const shown = msg.app.statusText ?? msg.app.state;
    next.app = newer(base.app, {
      state: msg.app.state,
      ...(msg.app.statusText !== undefined ? { statusText: msg.app.statusText } : {}),
      ...(msg.app.expiresAt !== undefined ? { expiresAt: msg.app.expiresAt } : {}),
      evidence: evidence(t('bg_appEvidence', shown)),
    });
  }
  return next;
}

/** Fold a host-only record into the named record of the same host, field by field (newer wins). */
export function mergeShopRecords(named: ShopRecord, hostOnly: ShopRecord): ShopRecord {
  const out: ShopRecord = { ...named, seenAt: Math.max(named.seenAt, hostOnly.seenAt) };
  const owner = newer(hostOnly.owner, named.owner);
  const app = newer(hostOnly.app, named.app);
  const lastRenewal = newerRenewal(hostOnly.lastRenewal, named.lastRenewal);
  if (owner) out.owner = owner;
  if (app) out.app = app;
  if (lastRenewal) out.lastRenewal = lastRenewal;
  return out;
}

export type ShopChange = { key: string; put: ShopRecord[]; remove: string[] };

/**
 * shop/facts against every stored shop record: which records to write and which to delete.
 * When the shop name arrives for a host that had a host-only record, that record is merged in and removed.
 */
export function applyShopFacts(records: ReadonlyMap<string, ShopRecord>, msg: ShopFacts, now: number): ShopChange {
  const key = resolveShopKey(records.values(), msg.host, msg.shop);
  let current = records.get(key);
  const remove: string[] = [];
  const hostKey = shopKey(msg.host, null);
  const hostOnly = key !== hostKey ? records.get(hostKey) : undefined;
  if (hostOnly) {
    current = current ? mergeShopRecords(current, hostOnly) : { ...hostOnly, key, shop: msg.shop };
    remove.push(hostKey);
  }
  return { key, put: [mergeShopFacts(current, msg, now)], remove };
}

/**
 * Seller Center shows Pipe17 Active after the renewal: the old expiry date no longer applies, and the pending renewal
 * (what the owner chose at "Confirm to install") becomes the shop's last renewal. Only a completed renewal is one.
 */
export function withRenewalCompleted(
  record: ShopRecord,
  now: number,
  where: string,
  pending?: PendingRenewal,
): ShopRecord {
  const next: ShopRecord = {
    ...record,
    seenAt: Math.max(record.seenAt, now),
    app: { state: 'active', evidence: { where, detail: t('bg_activeAfterRenewal'), seenAt: now } },
  };
  if (pending) {
    next.lastRenewal = {
      at: pending.at,
      targetShop: pending.targetShop,
      ...(pending.expectedShop !== undefined ? { expectedShop: pending.expectedShop } : {}),
      confirmedAt: now,
    };
  }
  return next;
}

export type ConnectorReport = MessageOf<'connector/report'>;

export const connectorSlot = (shop: string | null): string => shop ?? 'default';

/** The most recently seen connector record's slot, if any. */
export function latestConnectorSlot(connectors: ReadonlyMap<string, ConnectorRecord>): string | undefined {
  let best: [string, ConnectorRecord] | undefined;
  for (const entry of connectors) if (!best || entry[1].evidence.seenAt > best[1].evidence.seenAt) best = entry;
  return best?.[0];
}

export type ConnectorChange = { put: Record<string, ConnectorRecord>; remove: string[] };

/**
 * connector/report against the stored connector records (keyed by slot: shop name or "default").
 * A stale report only marks the last known reading stale; a fresh named reading replaces the nameless one.
 */
export function applyConnectorReport(
  connectors: ReadonlyMap<string, ConnectorRecord>,
  msg: ConnectorReport,
  now: number,
  where: string,
): ConnectorChange {
  if (msg.stale) {
    // An error page usually names no shop: mark the connector we last saw.
    const slot = msg.shop ? connectorSlot(msg.shop) : (latestConnectorSlot(connectors) ?? 'default');
    const prev = connectors.get(slot);
    const rec: ConnectorRecord = prev
      ? { ...prev, stale: true }
      : {
          v: SCHEMA_VERSION,
          state: 'unknown',
          shop: msg.shop,
          stale: true,
          evidence: { where, detail: t('bg_connectorUnreadable'), ...(msg.url ? { url: msg.url } : {}), seenAt: now },
        };
    return { put: { [slot]: rec }, remove: [] };
  }
  const slot = connectorSlot(msg.shop);
  const rec: ConnectorRecord = {
    v: SCHEMA_VERSION,
    state: msg.state,
    shop: msg.shop,
    ...(msg.statusText !== undefined ? { statusText: msg.statusText } : {}),
    evidence: {
      where,
      detail: clip(t('bg_connectorEvidence', msg.statusText ?? msg.state), 500),
      ...(msg.url ? { url: msg.url } : {}),
      seenAt: now,
    },
  };
  const remove = msg.shop && connectors.has('default') ? ['default'] : [];
  return { put: { [slot]: rec }, remove };
}
