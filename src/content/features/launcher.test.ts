// Where the launcher belongs: on My apps and incidents, and elsewhere only while the background says Pipe17 needs
// attention in this shop (KEYS.calm lists the shop records that do not).
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, KEYS } from '../../shared/constants';
import { readStored, structural } from '../../shared/stored';
import { createContext } from '../context';
import { placeOf } from '../pages';
import type { Facts } from '../steps';
import { launcherWanted } from './launcher';

const MY_APPS = 'https://seller-us.tiktok.com/services/authorizations?tab=apps';
const HOME = 'https://seller-us.tiktok.com/homepage';
const el = () => document.createElement('div');
const navFacts: Facts = { surface: 'seller-center', nav: { growth: el(), growthOpen: false, myApps: null }, apps: null, dialog: null, consent: null };
const appsFacts: Facts = {
  ...navFacts,
  nav: null,
  apps: { page: el(), appsTab: el(), appsTabActive: true, loading: false, pipe17: null, searchBox: null, pager: null },
};
const record = (shop: string | null, seenAt: number) => {
  const key = shop ? `seller-us.tiktok.com|${shop}` : 'seller-us.tiktok.com';
  return { [KEYS.shopPrefix + key]: { v: 1, key, host: 'seller-us.tiktok.com', region: 'us', shop, seenAt } };
};
const ctxOn = (url: string, stored: Record<string, unknown> = {}) => createContext(placeOf(url), readStored(stored, structural));
const settings = (launcher: unknown) => ({ [KEYS.settings]: { ...DEFAULT_SETTINGS, launcher } });

describe('launcherWanted', () => {
  afterEach(() => document.getElementById('pipe17-reauth-guide')?.remove());

  it('on My apps and incidents whatever Pipe17 reads, unless turned off', () => {
    const calm = { ...record(null, 1), [KEYS.calm]: ['seller-us.tiktok.com'] };
    expect(launcherWanted(ctxOn(MY_APPS, calm), appsFacts)).toBe(true);
    expect(launcherWanted(ctxOn(MY_APPS, settings(false)), appsFacts)).toBe(false);
  });

  it('elsewhere while nothing is known of this host, or its shop is not calm; gone once the background says calm', () => {
    expect(launcherWanted(ctxOn(HOME), navFacts)).toBe(true);
    expect(launcherWanted(ctxOn(HOME, record(null, 1)), navFacts)).toBe(true);
    expect(launcherWanted(ctxOn(HOME, { ...record(null, 1), [KEYS.calm]: ['seller-us.tiktok.com'] }), navFacts)).toBe(false);
  });

  it('the newest record of the host decides when the header names no shop', () => {
    const two = { ...record('Old Shop', 1), ...record('New Shop', 2) };
    expect(launcherWanted(ctxOn(HOME, { ...two, [KEYS.calm]: ['seller-us.tiktok.com|New Shop'] }), navFacts)).toBe(false);
    expect(launcherWanted(ctxOn(HOME, { ...two, [KEYS.calm]: ['seller-us.tiktok.com|Old Shop'] }), navFacts)).toBe(true);
  });

  it('a calm record of another host says nothing of this one', () => {
    const other = { [KEYS.shopPrefix + 'seller-uk.tiktok.com']: { v: 1, key: 'seller-uk.tiktok.com', host: 'seller-uk.tiktok.com', region: 'uk', shop: null, seenAt: 3 } };
    expect(launcherWanted(ctxOn(HOME, { ...other, [KEYS.calm]: ['seller-uk.tiktok.com'] }), navFacts)).toBe(true);
  });

  it('always: everywhere in Seller Center, calm or not; never on the conditions page', () => {
    expect(launcherWanted(ctxOn(HOME, { ...record(null, 1), [KEYS.calm]: ['seller-us.tiktok.com'], ...settings('always') }), navFacts)).toBe(true);
    const auth = ctxOn('https://services.tiktokshop.com/open/authorize', settings('always'));
    expect(launcherWanted(auth, { ...navFacts, nav: null, surface: 'authorization' })).toBe(false);
  });
});
