import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectorRecord, ShopRecord } from '../shared/types';
import { resetFakeBrowser } from '../test/fakeBrowser';
import {
  applyConnectorReport,
  applyShopFacts,
  mergeShopFacts,
  resolveShopKey,
  withRenewalCompleted,
  type ShopFacts,
} from './records';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));
beforeEach(() => void resetFakeBrowser());

const HOST = 'seller-us.tiktok.com';
const facts = (over: Partial<ShopFacts> = {}): ShopFacts => ({
  type: 'shop/facts',
  host: HOST,
  shop: 'Acme Outdoors US',
  where: 'My apps and incidents',
  ...over,
});
const byKey = (...records: ShopRecord[]) => new Map(records.map((r) => [r.key, r]));

describe('mergeShopFacts', () => {
  it('creates a record with the region and evidence', () => {
    const r = mergeShopFacts(undefined, facts({ owner: { state: 'owner', detail: 'Authorize shown on the Pipe17 row' } }), 1000);
    expect(r).toMatchObject({
      v: 1,
      key: `${HOST}|Acme Outdoors US`,
      host: HOST,
      region: 'us',
      shop: 'Acme Outdoors US',
      seenAt: 1000,
      owner: { state: 'owner', evidence: { where: 'My apps and incidents', detail: 'Authorize shown on the Pipe17 row', seenAt: 1000 } },
    });
    expect(r.app).toBeUndefined();
  });

  it('lets newer evidence win per field and keeps fields the message does not mention', () => {
    let r = mergeShopFacts(undefined, facts({ owner: { state: 'owner', detail: 'a' }, app: { state: 'active', expiresAt: '2025-09-01' } }), 1000);
    r = mergeShopFacts(r, facts({ owner: { state: 'not-owner', detail: 'Pipe17 row shown without Authorize' } }), 2000);
    expect(r.owner?.state).toBe('not-owner');
    expect(r.owner?.evidence.seenAt).toBe(2000);
    expect(r.app).toMatchObject({ state: 'active', expiresAt: '2025-09-01', evidence: { seenAt: 1000 } });
    expect(r.seenAt).toBe(2000);
    r = mergeShopFacts(r, facts({ app: { state: 'expired', statusText: 'Expired' } }), 3000);
    expect(r.app).toMatchObject({ state: 'expired', statusText: 'Expired', evidence: { detail: 'Pipe17 row shows "Expired"', seenAt: 3000 } });
    expect(r.app?.expiresAt).toBeUndefined();
    expect(r.owner?.state).toBe('not-owner');
  });

  it('does not let older evidence overwrite newer', () => {
    const r = mergeShopFacts(undefined, facts({ owner: { state: 'owner', detail: 'new' } }), 5000);
    const late = mergeShopFacts(r, facts({ owner: { state: 'not-owner', detail: 'old' } }), 4000);
    expect(late.owner?.state).toBe('owner');
    expect(late.seenAt).toBe(5000);
  });

  it('does not let an unreadable app state replace a known one', () => {
    const r = mergeShopFacts(undefined, facts({ app: { state: 'expiring' } }), 1000);
    expect(mergeShopFacts(r, facts({ app: { state: 'unknown' } }), 2000).app?.state).toBe('expiring');
  });
});

describe('applyShopFacts', () => {
  it('upgrades a host-only record when the shop name arrives, keeping the newer field', () => {
    const hostOnly = mergeShopFacts(undefined, facts({ shop: null, owner: { state: 'owner', detail: 'x' }, app: { state: 'expired' } }), 1000);
    expect(hostOnly.key).toBe(HOST);
    const change = applyShopFacts(byKey(hostOnly), facts({ app: { state: 'active' } }), 2000);
    expect(change.key).toBe(`${HOST}|Acme Outdoors US`);
    expect(change.remove).toEqual([HOST]);
    expect(change.put).toHaveLength(1);
    expect(change.put[0]).toMatchObject({
      key: `${HOST}|Acme Outdoors US`,
      shop: 'Acme Outdoors US',
      owner: { state: 'owner', evidence: { seenAt: 1000 } },
      app: { state: 'active', evidence: { seenAt: 2000 } },
    });
  });

  it('merges a host-only record into an existing named one field by field', () => {
    const named = mergeShopFacts(undefined, facts({ owner: { state: 'not-owner', detail: 'old' }, app: { state: 'active' } }), 1000);
    const hostOnly = mergeShopFacts(undefined, facts({ shop: null, owner: { state: 'owner', detail: 'newer' } }), 1500);
    const change = applyShopFacts(byKey(named, hostOnly), facts(), 2000);
    expect(change.remove).toEqual([HOST]);
    expect(change.put[0]).toMatchObject({ owner: { state: 'owner' }, app: { state: 'active' }, seenAt: 2000 });
  });

  it('attributes a nameless reading to the host’s only named shop', () => {
    const named = mergeShopFacts(undefined, facts(), 1000);
    const change = applyShopFacts(byKey(named), facts({ shop: null, app: { state: 'expired' } }), 2000);
    expect(change.key).toBe(named.key);
    expect(change.put[0]).toMatchObject({ shop: 'Acme Outdoors US', app: { state: 'expired' } });
    expect(change.remove).toEqual([]);
  });

  it('keeps a nameless reading host-only when the host has several shops', () => {
    const a = mergeShopFacts(undefined, facts(), 1000);
    const b = mergeShopFacts(undefined, facts({ shop: 'Acme Two' }), 1000);
    expect(resolveShopKey([a, b], HOST, null)).toBe(HOST);
  });
});

describe('renewal', () => {
  it('a completed renewal becomes the shop’s last renewal, with what was chosen at Confirm to install', () => {
    const r0 = mergeShopFacts(undefined, facts({ app: { state: 'expired', expiresAt: '2025-01-01' } }), 1000);
    const pending = { host: HOST, shopKey: r0.key, targetShop: 'Acme Outdoors US', expectedShop: 'Acme Outdoors US', at: 2000 };
    const r1 = withRenewalCompleted(r0, 3000, 'My apps and incidents', pending);
    expect(r1.lastRenewal).toEqual({ at: 2000, targetShop: 'Acme Outdoors US', expectedShop: 'Acme Outdoors US', confirmedAt: 3000 });
    expect(r1.app).toEqual({ state: 'active', evidence: { where: 'My apps and incidents', detail: 'Pipe17 Active after renewal', seenAt: 3000 } });
  });

  it('Pipe17 Active with no pending renewal: the app is active, the last renewal stays what it was', () => {
    const r0 = { ...mergeShopFacts(undefined, facts(), 1000), lastRenewal: { at: 10, targetShop: 'Acme Outdoors US', confirmedAt: 20 } };
    const r1 = withRenewalCompleted(r0, 3000, 'My apps and incidents');
    expect(r1.lastRenewal).toEqual({ at: 10, targetShop: 'Acme Outdoors US', confirmedAt: 20 });
    expect(r1.app?.state).toBe('active');
  });
});

describe('applyConnectorReport', () => {
  const WHERE = 'Pipe17 TikTok Shop connector';
  const rec = (state: ConnectorRecord['state'], shop: string | null, seenAt: number): ConnectorRecord => ({
    v: 1,
    state,
    shop,
    evidence: { where: WHERE, detail: 'd', seenAt },
  });

  it('stores a fresh reading under the shop name and replaces the nameless one', () => {
    const change = applyConnectorReport(new Map([['default', rec('error', null, 1)]]), { type: 'connector/report', state: 'connected', shop: 'Acme', statusText: 'Connected' }, 5, WHERE);
    expect(change.remove).toEqual(['default']);
    expect(change.put.Acme).toEqual({
      v: 1,
      state: 'connected',
      shop: 'Acme',
      statusText: 'Connected',
      evidence: { where: WHERE, detail: 'Status badge shows "Connected"', seenAt: 5 },
    });
  });

  it('a stale report keeps the last known state and its evidence time', () => {
    const known = new Map([['Acme', rec('connected', 'Acme', 100)], ['Other', rec('error', 'Other', 50)]]);
    const change = applyConnectorReport(known, { type: 'connector/report', state: 'unknown', shop: null, stale: true }, 999, WHERE);
    expect(change.put).toEqual({ Acme: { ...rec('connected', 'Acme', 100), stale: true } });
    expect(change.remove).toEqual([]);
  });

  it('a stale report with nothing known stores unknown, stale', () => {
    const change = applyConnectorReport(new Map(), { type: 'connector/report', state: 'error', shop: null, stale: true }, 7, WHERE);
    expect(change.put.default).toMatchObject({ state: 'unknown', stale: true, shop: null, evidence: { seenAt: 7 } });
  });

  it('a fresh reading clears stale', () => {
    const known = new Map([['Acme', { ...rec('connected', 'Acme', 1), stale: true }]]);
    const change = applyConnectorReport(known, { type: 'connector/report', state: 'disconnected', shop: 'Acme' }, 2, WHERE);
    expect(change.put.Acme?.stale).toBeUndefined();
    expect(change.put.Acme?.state).toBe('disconnected');
  });
});
