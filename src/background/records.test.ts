import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectorRecord, GuideMemory, ShopRecord } from '../shared/types';
import { DEFAULT_GUIDE } from '../shared/constants';
import { resetFakeBrowser } from '../test/fakeBrowser';
import { reduceGuide } from '../shared/guide';
import {
  applyConnectorReport,
  applyShopFacts,
  latestConnectorSlot,
  mergeShopFacts,
  mergeShopRecords,
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

// Each fact below is one a stored record must keep true for the popup to say the right thing.
describe('what a shop record keeps', () => {
  it('evidence says where the page was when one was given, and nothing about a page when none was', () => {
    const withUrl = mergeShopFacts(undefined, facts({ url: 'https://seller-us.tiktok.com/x', owner: { state: 'owner', detail: 'a' } }), 1);
    expect(withUrl.owner?.evidence.url).toBe('https://seller-us.tiktok.com/x');
    const without = mergeShopFacts(undefined, facts({ owner: { state: 'owner', detail: 'a' } }), 1);
    expect(without.owner?.evidence).not.toHaveProperty('url');
  });

  it('an evidence detail is kept to 500 characters', () => {
    const r = mergeShopFacts(undefined, facts({ owner: { state: 'owner', detail: 'x'.repeat(501) } }), 1);
    expect(r.owner?.evidence.detail).toBe('x'.repeat(500));
    expect(mergeShopFacts(undefined, facts({ owner: { state: 'owner', detail: 'y'.repeat(500) } }), 1).owner?.evidence.detail).toHaveLength(500);
  });

  it('two readings seen at the same moment: the one that arrived last wins', () => {
    const r = mergeShopFacts(undefined, facts({ owner: { state: 'owner', detail: 'a' } }), 1000);
    expect(mergeShopFacts(r, facts({ owner: { state: 'not-owner', detail: 'b' } }), 1000).owner?.state).toBe('not-owner');
  });

  it('a page that did not show the shop name leaves the record’s name as it was', () => {
    const named = mergeShopFacts(undefined, facts(), 1000);
    const r = mergeShopFacts(named, facts({ shop: null, app: { state: 'expired' } }), 2000);
    expect(r).toMatchObject({ shop: 'Acme Outdoors US', key: `${HOST}|Acme Outdoors US` });
  });

  it('an unreadable app state is recorded while nothing better is known', () => {
    expect(mergeShopFacts(undefined, facts({ app: { state: 'unknown' } }), 1).app?.state).toBe('unknown');
    const unknown = mergeShopFacts(undefined, facts({ app: { state: 'unknown' } }), 1);
    expect(mergeShopFacts(unknown, facts({ app: { state: 'unknown', statusText: 'Ativo' } }), 2).app).toMatchObject({ state: 'unknown', statusText: 'Ativo' });
  });

  it('the app’s evidence quotes the row’s own words, or the state when the row gave none', () => {
    expect(mergeShopFacts(undefined, facts({ app: { state: 'expiring', statusText: 'Expires soon' } }), 1).app?.evidence.detail).toBe('Pipe17 row shows "Expires soon"');
    const plain = mergeShopFacts(undefined, facts({ app: { state: 'expiring' } }), 1).app;
    expect(plain?.evidence.detail).toBe('Pipe17 row shows "expiring"');
    expect(plain).not.toHaveProperty('statusText');
    expect(plain).not.toHaveProperty('expiresAt');
  });

  it('a message with no owner or app fact adds neither', () => {
    const r = mergeShopFacts(undefined, facts(), 1);
    expect(r).not.toHaveProperty('owner');
    expect(r).not.toHaveProperty('app');
  });
});

describe('a host-only record folded into the named one', () => {
  const named = (over: Partial<ShopRecord> = {}): ShopRecord => ({ ...mergeShopFacts(undefined, facts(), 1000), ...over });
  const hostOnly = (over: Partial<ShopRecord> = {}): ShopRecord => ({ ...mergeShopFacts(undefined, facts({ shop: null }), 500), ...over });

  it('keeps the later of the two times it was seen, and the named record’s identity', () => {
    expect(mergeShopRecords(named(), hostOnly({ seenAt: 3000 }))).toMatchObject({ seenAt: 3000, key: `${HOST}|Acme Outdoors US`, shop: 'Acme Outdoors US' });
    expect(mergeShopRecords(named(), hostOnly()).seenAt).toBe(1000);
  });

  it('takes a field only the host-only record has', () => {
    const owner = { state: 'owner' as const, evidence: { where: 'w', detail: 'd', seenAt: 400 } };
    expect(mergeShopRecords(named(), hostOnly({ owner })).owner).toEqual(owner);
    expect(mergeShopRecords(named(), hostOnly())).not.toHaveProperty('owner');
  });

  it('keeps the later renewal of the two; at the same moment, the named record’s', () => {
    const early = { at: 10, targetShop: 'A', confirmedAt: 11 };
    const late = { at: 20, targetShop: 'B', confirmedAt: 21 };
    expect(mergeShopRecords(named({ lastRenewal: early }), hostOnly({ lastRenewal: late })).lastRenewal).toEqual(late);
    expect(mergeShopRecords(named({ lastRenewal: late }), hostOnly({ lastRenewal: early })).lastRenewal).toEqual(late);
    expect(mergeShopRecords(named(), hostOnly({ lastRenewal: early })).lastRenewal).toEqual(early);
    expect(mergeShopRecords(named({ lastRenewal: early }), hostOnly()).lastRenewal).toEqual(early);
    const tie = { at: 10, targetShop: 'C', confirmedAt: 12 };
    expect(mergeShopRecords(named({ lastRenewal: tie }), hostOnly({ lastRenewal: early })).lastRenewal).toEqual(tie);
    expect(mergeShopRecords(named(), hostOnly())).not.toHaveProperty('lastRenewal');
  });

  it('a shop named for the first time takes over the host-only record', () => {
    const only = hostOnly({ owner: { state: 'owner', evidence: { where: 'w', detail: 'd', seenAt: 400 } } });
    const change = applyShopFacts(byKey(only), facts({ shop: 'Acme Two' }), 2000);
    expect(change).toMatchObject({ key: `${HOST}|Acme Two`, remove: [HOST] });
    expect(change.put[0]).toMatchObject({ key: `${HOST}|Acme Two`, shop: 'Acme Two', owner: { state: 'owner' } });
  });

  it('a nameless reading on a host with several shops stays host-only, and the host-only record is kept', () => {
    const a = mergeShopFacts(undefined, facts(), 1000);
    const b = mergeShopFacts(undefined, facts({ shop: 'Acme Two' }), 1000);
    const change = applyShopFacts(byKey(a, b, hostOnly()), facts({ shop: null, app: { state: 'expired' } }), 2000);
    expect(change).toMatchObject({ key: HOST, remove: [] });
    expect(change.put[0]).toMatchObject({ key: HOST, shop: null, app: { state: 'expired' } });
  });

  it('a shop on another host is not this host’s only shop', () => {
    const elsewhere = mergeShopFacts(undefined, facts({ host: 'seller-uk.tiktok.com' }), 1000);
    expect(resolveShopKey([elsewhere], HOST, null)).toBe(HOST);
  });
});

describe('a renewal under way', () => {
  it('remembers where it was confirmed, for which shop, and when', () => {
    const g = reduceGuide(DEFAULT_GUIDE, { type: 'renewal/pending', renewal: { host: HOST, shopKey: `${HOST}|A`, targetShop: 'A', expectedShop: 'B' } }, 7);
    expect(g).toEqual({ ...DEFAULT_GUIDE, pendingRenewal: { host: HOST, shopKey: `${HOST}|A`, targetShop: 'A', expectedShop: 'B', at: 7 }, updatedAt: 7 });
    const noExpected = reduceGuide(DEFAULT_GUIDE, { type: 'renewal/pending', renewal: { host: HOST, shopKey: HOST, targetShop: 'A', expectedShop: undefined } }, 7);
    expect(noExpected.pendingRenewal).not.toHaveProperty('expectedShop');
  });

  it('completed without an expected shop: none is invented; the record is seen no earlier than it was', () => {
    const r0 = { ...mergeShopFacts(undefined, facts(), 5000) };
    const r1 = withRenewalCompleted(r0, 3000, 'w', { host: HOST, shopKey: r0.key, targetShop: 'A', at: 2000 });
    expect(r1.lastRenewal).toEqual({ at: 2000, targetShop: 'A', confirmedAt: 3000 });
    expect(r1.seenAt).toBe(5000);
    expect(withRenewalCompleted(r0, 6000, 'w').seenAt).toBe(6000);
  });

  it('withdrawn when none is pending: nothing changes, not even the time', () => {
    const g = { ...DEFAULT_GUIDE, updatedAt: 3 };
    expect(reduceGuide(g, { type: 'renewal/cancelled' }, 9)).toEqual({ ...DEFAULT_GUIDE, updatedAt: 3 });
  });
});

describe('the guide’s memory', () => {
  it('remembers at most the 20 latest after-steps ticked', () => {
    let g: GuideMemory = DEFAULT_GUIDE;
    for (let i = 0; i < 21; i++) g = reduceGuide(g, { type: 'guide/set', afterStep: { id: `s${i}`, done: true } }, i);
    expect(g.afterSteps).toHaveLength(20);
    expect(g.afterSteps?.[0]).toBe('s1');
    expect(g.afterSteps?.at(-1)).toBe('s20');
  });

  it('a message with no mode leaves the mode, and still dates the change', () => {
    const out = reduceGuide({ ...DEFAULT_GUIDE, mode: 'started' }, { type: 'guide/set', afterStep: { id: 'a', done: true } }, 4);
    expect(out).toMatchObject({ mode: 'started', afterSteps: ['a'], updatedAt: 4 });
  });
});

describe('which connector a reading belongs to', () => {
  const rec = (shop: string | null, seenAt: number): ConnectorRecord => ({ v: 1, state: 'connected', shop, evidence: { where: 'w', detail: 'd', seenAt } });

  it('the latest seen is the one a nameless error page is about', () => {
    expect(latestConnectorSlot(new Map())).toBeUndefined();
    expect(latestConnectorSlot(new Map([['A', rec('A', 1)], ['B', rec('B', 3)], ['C', rec('C', 2)]]))).toBe('B');
    // At the same moment, the first stored keeps it.
    expect(latestConnectorSlot(new Map([['A', rec('A', 3)], ['B', rec('B', 3)]]))).toBe('A');
  });

  it('an error page that names its shop marks that shop’s reading stale, not the latest', () => {
    const known = new Map([['A', rec('A', 1)], ['B', rec('B', 3)]]);
    const change = applyConnectorReport(known, { type: 'connector/report', state: 'unknown', shop: 'A', stale: true }, 9, 'w');
    expect(change.put).toEqual({ A: { ...rec('A', 1), stale: true } });
  });

  it('an unreadable page with nothing known: says so, with the page’s address when given', () => {
    const change = applyConnectorReport(new Map(), { type: 'connector/report', state: 'unknown', shop: 'A', stale: true, url: 'https://app.pipe17.com/x' }, 9, 'w');
    expect(change.put.A).toEqual({
      v: 1,
      state: 'unknown',
      shop: 'A',
      stale: true,
      evidence: { where: 'w', detail: 'The connector page could not be read', url: 'https://app.pipe17.com/x', seenAt: 9 },
    });
  });

  it('a fresh nameless reading goes to the nameless slot and removes nothing; without a badge text it quotes the state', () => {
    const known = new Map([['default', rec(null, 1)]]);
    const change = applyConnectorReport(known, { type: 'connector/report', state: 'error', shop: null, url: 'https://app.pipe17.com/y' }, 5, 'w');
    expect(change.remove).toEqual([]);
    expect(change.put.default).toEqual({ v: 1, state: 'error', shop: null, evidence: { where: 'w', detail: 'Status badge shows "error"', url: 'https://app.pipe17.com/y', seenAt: 5 } });
  });

  it('a named reading removes no nameless slot when there is none', () => {
    expect(applyConnectorReport(new Map(), { type: 'connector/report', state: 'connected', shop: 'A' }, 5, 'w').remove).toEqual([]);
  });

  it('a badge text is quoted within 500 characters', () => {
    const change = applyConnectorReport(new Map(), { type: 'connector/report', state: 'connected', shop: 'A', statusText: 'C'.repeat(600) }, 5, 'w');
    expect(change.put.A?.evidence.detail).toHaveLength(500);
  });
});
