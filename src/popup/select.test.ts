import { describe, expect, it } from 'vitest';
import type { ConnectorRecord, ShopRecord } from '../shared/types';
import { relativeTime } from './format';
import { pickConnector, pickShop } from './select';

const shop = (host: string, name: string | null, seenAt: number): ShopRecord => ({
  v: 1, key: name ? `${host}|${name}` : host, host, region: host.slice(7, 9), shop: name, seenAt,
});
const US = 'seller-us.tiktok.com';
const UK = 'seller-uk.tiktok.com';
const a = shop(US, 'Acme', 10);
const b = shop(US, 'Beta', 30);
const c = shop(UK, 'Acme UK', 20);
const all = [a, b, c];

describe('pickShop', () => {
  it('prefers the user’s pick', () => {
    expect(pickShop(all, { selectedKey: c.key, tab: { host: US, shop: 'Acme' }, lastShop: b.key })).toBe(c);
  });
  it('then the active tab’s shop, exactly', () => {
    expect(pickShop(all, { tab: { host: US, shop: 'Acme' }, lastShop: c.key })).toBe(a);
  });
  it('then the tab host’s most recent shop', () => {
    expect(pickShop(all, { tab: { host: US, shop: null }, lastShop: c.key })).toBe(b);
  });
  it('then lastShop, then the newest record', () => {
    expect(pickShop(all, { tab: { host: 'seller-de.tiktok.com', shop: 'X' }, lastShop: a.key })).toBe(a);
    expect(pickShop(all, { lastShop: 'gone' })).toBe(b);
    expect(pickShop([], { lastShop: a.key })).toBeUndefined();
  });
});

describe('pickConnector', () => {
  const rec = (name: string | null, seenAt: number): ConnectorRecord => ({ v: 1, state: 'connected', shop: name, evidence: { where: 'w', detail: 'd', seenAt } });
  it('matches the shop name, else the nameless record, else the most recent', () => {
    const acme = rec('Acme', 1);
    const other = rec('Other', 5);
    const nameless = rec(null, 2);
    expect(pickConnector(new Map([['Acme', acme], ['default', nameless]]), 'Acme')).toBe(acme);
    expect(pickConnector(new Map([['Other', other], ['default', nameless]]), 'Acme')).toBe(nameless);
    expect(pickConnector(new Map([['Other', other], ['Acme', acme]]), 'Beta')).toBe(other);
    expect(pickConnector(new Map(), 'Acme')).toBeUndefined();
  });
});

describe('relativeTime', () => {
  it('speaks in the largest sensible unit', () => {
    const now = 1_000_000_000;
    expect(relativeTime(now - 3 * 60_000, now, 'en')).toBe('3 minutes ago');
    expect(relativeTime(now - 5_000, now, 'en')).toBe('5 seconds ago');
    expect(relativeTime(now - 2 * 3_600_000, now, 'en')).toBe('2 hours ago');
    expect(relativeTime(now - 86_400_000, now, 'en')).toBe('yesterday');
  });
});
