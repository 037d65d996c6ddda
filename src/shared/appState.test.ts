import { describe, expect, it } from 'vitest';
import { daysUntil, effectiveAppState, needsAttention, renewedAt, wrongShopRenewed } from './appState';

// Local noon on 1 June 2025: the clock the tests inject.
const NOW = new Date(2025, 5, 1, 12, 0, 0).getTime();
const app = (state: 'active' | 'expiring' | 'expired' | 'unknown', expiresAt?: string) => ({ state, ...(expiresAt ? { expiresAt } : {}) });

describe('daysUntil', () => {
  it('counts calendar days in local time', () => {
    expect(daysUntil('2025-06-01', NOW)).toBe(0);
    expect(daysUntil('2025-05-31', NOW)).toBe(-1);
    expect(daysUntil('2025-06-15', NOW)).toBe(14);
    expect(daysUntil('2025-06-01', new Date(2025, 5, 1, 23, 59).getTime())).toBe(0);
    expect(daysUntil('2025-06-01', new Date(2025, 5, 1, 0, 0).getTime())).toBe(0);
  });
  it('is null for something that is not a date', () => {
    expect(daysUntil('soon', NOW)).toBeNull();
  });
});

describe('effectiveAppState', () => {
  it('is unknown without any reading', () => {
    expect(effectiveAppState(undefined, NOW, 14)).toBe('unknown');
    expect(effectiveAppState(app('unknown'), NOW, 14)).toBe('unknown');
  });
  it('keeps the table state when there is no date', () => {
    expect(effectiveAppState(app('active'), NOW, 14)).toBe('active');
    expect(effectiveAppState(app('expiring'), NOW, 14)).toBe('expiring');
    expect(effectiveAppState(app('expired'), NOW, 14)).toBe('expired');
  });
  it('is expiring at exactly the warning window, active one day beyond', () => {
    expect(effectiveAppState(app('active', '2025-06-15'), NOW, 14)).toBe('expiring');
    expect(effectiveAppState(app('active', '2025-06-16'), NOW, 14)).toBe('active');
  });
  it('is expiring (still valid) on the expiry day itself', () => {
    expect(effectiveAppState(app('active', '2025-06-01'), NOW, 14)).toBe('expiring');
  });
  it('is expired the day after the expiry date', () => {
    expect(effectiveAppState(app('active', '2025-05-31'), NOW, 14)).toBe('expired');
    expect(effectiveAppState(app('expiring', '2025-05-31'), NOW, 14)).toBe('expired');
  });
  it('follows the configured window', () => {
    expect(effectiveAppState(app('active', '2025-06-04'), NOW, 2)).toBe('active');
    expect(effectiveAppState(app('active', '2025-06-04'), NOW, 3)).toBe('expiring');
  });
  it('derives from the date when the table state was unreadable', () => {
    expect(effectiveAppState(app('unknown', '2026-01-01'), NOW, 14)).toBe('active');
    expect(effectiveAppState(app('unknown', '2025-05-01'), NOW, 14)).toBe('expired');
  });
  it('never makes the table state better than it said', () => {
    expect(effectiveAppState(app('expired', '2026-01-01'), NOW, 14)).toBe('expired');
    expect(effectiveAppState(app('expiring', '2026-01-01'), NOW, 14)).toBe('expiring');
  });
  it('moves with the injected clock', () => {
    const a = app('active', '2025-06-20');
    expect(effectiveAppState(a, NOW, 14)).toBe('active');
    expect(effectiveAppState(a, new Date(2025, 5, 6, 9).getTime(), 14)).toBe('expiring');
    expect(effectiveAppState(a, new Date(2025, 5, 21, 0, 1).getTime(), 14)).toBe('expired');
  });
});

describe('renewedAt', () => {
  it('is when Seller Center showed Pipe17 Active again after a renewal of the shop expected', () => {
    expect(renewedAt({ at: 10, targetShop: 'Acme', confirmedAt: 20 })).toBe(20);
    expect(renewedAt({ at: 10, targetShop: 'Acme', expectedShop: 'Acme', confirmedAt: 20 })).toBe(20);
    // The expected shop as typed in the options: case and spacing aside, the same shop (as the Renew dialog's check).
    expect(renewedAt({ at: 10, targetShop: 'Acme Outdoors\u00a0US', expectedShop: ' acme outdoors us', confirmedAt: 20 })).toBe(20);
    expect(wrongShopRenewed({ at: 10, targetShop: 'Acme Outdoors US', expectedShop: 'acme  outdoors us', confirmedAt: 20 })).toBeUndefined();
  });
  it('a wrong shop counts only once Seller Center confirmed the renewal (an older build kept unconfirmed ones)', () => {
    expect(wrongShopRenewed({ at: 10, targetShop: 'Acme Outlet', expectedShop: 'Acme', confirmedAt: 20 })).toBe('Acme');
    expect(wrongShopRenewed({ at: 10, targetShop: 'Acme Outlet', expectedShop: 'Acme' })).toBeUndefined();
  });
  it('a Target shop that was not read is not a wrong one (as the guide\'s panels judge it)', () => {
    expect(wrongShopRenewed({ at: 10, targetShop: '', expectedShop: 'Acme', confirmedAt: 20 })).toBeUndefined();
    expect(wrongShopRenewed({ at: 10, targetShop: '  ', expectedShop: 'Acme', confirmedAt: 20 })).toBeUndefined();
    expect(renewedAt({ at: 10, targetShop: '', expectedShop: 'Acme', confirmedAt: 20 })).toBe(20);
  });
  it('is nothing before that, or when the wrong shop was renewed', () => {
    expect(renewedAt(undefined)).toBeUndefined();
    expect(renewedAt({ at: 10, targetShop: 'Acme' })).toBeUndefined();
    expect(renewedAt({ at: 10, targetShop: 'Acme Outlet', expectedShop: 'Acme', confirmedAt: 20 })).toBeUndefined();
  });
});

describe('needsAttention: the launcher beyond My apps', () => {
  const HOST = 'seller-us.tiktok.com';
  const ev = { where: 'x', detail: 'x', seenAt: 1 };
  const shopRec = (shop: string | null, a?: ReturnType<typeof app>, host = HOST) =>
    ({ v: 1, key: `${host}|${shop}`, host, region: 'us', shop, seenAt: 1, ...(a ? { app: { ...a, evidence: ev } } : {}) }) as const;
  const conn = (state: 'connected' | 'disconnected' | 'error' | 'connecting' | 'not-configured', shop: string | null = null) => ({ v: 1, state, shop, evidence: ev }) as const;
  const here: { host: string; shop: string | null } = { host: HOST, shop: 'Acme' };
  const at = (shops: readonly ReturnType<typeof shopRec>[], connectors: ReturnType<typeof conn>[] = [], where = here) =>
    needsAttention(shops, connectors, where, NOW, 14);

  it('nothing known of this host or shop: not known is attention', () => {
    expect(at([])).toBe(true);
    expect(at([shopRec('Acme', app('active', '2025-12-01'), 'seller-uk.tiktok.com')])).toBe(true);
    expect(at([shopRec('Acme')])).toBe(true);
  });
  it('authorized with time to spare, connector fine or unread: none', () => {
    expect(at([shopRec('Acme', app('active', '2025-12-01'))])).toBe(false);
    expect(at([shopRec('Acme', app('active', '2025-12-01'))], [conn('connected', 'Acme'), conn('connecting')])).toBe(false);
  });
  it('expiring within the window, expired, or the table says so', () => {
    expect(at([shopRec('Acme', app('active', '2025-06-10'))])).toBe(true);
    expect(at([shopRec('Acme', app('active', '2025-05-20'))])).toBe(true);
    expect(at([shopRec('Acme', app('expired'))])).toBe(true);
  });
  it('the connector read as not connected (disconnected, in error, not configured): attention, unless another shop’s', () => {
    const ok = [shopRec('Acme', app('active', '2025-12-01'))];
    expect(at(ok, [conn('disconnected', 'acme ')])).toBe(true);
    expect(at(ok, [conn('error')])).toBe(true);
    expect(at(ok, [conn('not-configured', 'Acme')])).toBe(true);
    expect(at(ok, [conn('disconnected', 'Other shop')])).toBe(false);
  });
  it('the header’s shop first, else the newest record of the host', () => {
    const shops = [shopRec('Other', app('expired')), shopRec('Acme', app('active', '2025-12-01'))];
    expect(at(shops)).toBe(false);
    expect(at(shops, [], { host: HOST, shop: null })).toBe(true);
  });
});
