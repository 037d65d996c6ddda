// Record shapes beyond the first tests (found by mutation testing, `npm run mutate`): what a merge takes, which shop a
// nameless reading belongs to, and that a field nothing reported is absent, not present and empty.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShopRecord } from '../shared/types';
import { resetFakeBrowser } from '../test/fakeBrowser';
import { applyConnectorReport, mergeShopFacts, mergeShopRecords, resolveShopKey, withRenewalCompleted, type ShopFacts } from './records';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));
beforeEach(() => void resetFakeBrowser());

const HOST = 'seller-us.tiktok.com';
const facts = (over: Partial<ShopFacts> = {}): ShopFacts => ({ type: 'shop/facts', host: HOST, shop: 'Acme Outdoors US', where: 'My apps and incidents', ...over });
const named = (over: Partial<ShopRecord> = {}): ShopRecord => ({ ...mergeShopFacts(undefined, facts(), 1000), ...over });
const hostOnly = (over: Partial<ShopRecord> = {}): ShopRecord => ({ ...mergeShopFacts(undefined, facts({ shop: null }), 500), ...over });

describe('a host-only record folded into the named one', () => {
  it('takes the Pipe17 row’s reading when only the host-only record has one; neither has one, none', () => {
    const app = { state: 'expired' as const, expiresAt: '2026-11-30', evidence: { where: 'w', detail: 'd', seenAt: 400 } };
    expect(mergeShopRecords(named(), hostOnly({ app })).app).toEqual(app);
    expect(mergeShopRecords(named(), hostOnly())).not.toHaveProperty('app');
  });
});

it('a host-only record left beside the host’s one named shop is not a second shop: a nameless reading goes to the named one', () => {
  expect(resolveShopKey([hostOnly(), named()], HOST, null)).toBe(`${HOST}|Acme Outdoors US`);
});

describe('a field nothing reported is absent', () => {
  it('a renewal that named no expected shop records none', () => {
    const pending = { host: HOST, shopKey: `${HOST}|Acme Outdoors US`, targetShop: 'Acme Outdoors US', at: 2000 };
    expect(withRenewalCompleted(named(), 3000, 'My apps and incidents', pending).lastRenewal).toStrictEqual({ at: 2000, targetShop: 'Acme Outdoors US', confirmedAt: 3000 });
  });

  it('a connector reading with no status words records none', () => {
    const change = applyConnectorReport(new Map(), { type: 'connector/report', state: 'connected', shop: 'Acme' }, 5, 'Pipe17');
    expect(change.put.Acme).not.toHaveProperty('statusText');
  });
});
