import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { SCHEMA_VERSION } from '../shared/types';
import { unreadable } from './store';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

describe('unreadable', () => {
  const shop = { v: SCHEMA_VERSION, key: 'seller-us.tiktok.com', host: 'seller-us.tiktok.com', region: 'us', shop: null, seenAt: 1 };
  it('flags a record readAll would drop', () => {
    expect(unreadable(`${KEYS.shopPrefix}seller-us.tiktok.com`, { v: 99, junk: true })).toBe(true);
    expect(unreadable(`${KEYS.connectorPrefix}default`, { v: SCHEMA_VERSION })).toBe(true);
    expect(unreadable(KEYS.settings, { ...DEFAULT_SETTINGS, expiryWarningDays: 0 })).toBe(true);
    expect(unreadable(KEYS.guide, 'started')).toBe(true);
  });
  it('lets valid records, removals and other keys through', () => {
    expect(unreadable(`${KEYS.shopPrefix}seller-us.tiktok.com`, shop)).toBe(false);
    expect(unreadable(`${KEYS.shopPrefix}seller-us.tiktok.com`, undefined)).toBe(false);
    expect(unreadable(KEYS.settings, DEFAULT_SETTINGS)).toBe(false);
    expect(unreadable(KEYS.guide, DEFAULT_GUIDE)).toBe(false);
    expect(unreadable(KEYS.notices, 'whatever')).toBe(false);
  });
});
