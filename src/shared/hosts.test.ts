import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import {
  AUTHORIZATION_HOSTS,
  isAuthorizationHost,
  isPipe17Host,
  isSellerCenterHost,
  matchPattern,
  PIPE17_HOSTS,
  regionOf,
  SELLER_CENTER_HOSTS,
} from './hosts';

describe('host list', () => {
  it('manifest content scripts match exactly the hosts in code', () => {
    const [guide, pipe17] = manifest.content_scripts;
    expect([...guide!.matches].sort()).toEqual([...SELLER_CENTER_HOSTS, ...AUTHORIZATION_HOSTS].map(matchPattern).sort());
    expect(pipe17!.matches).toEqual(PIPE17_HOSTS.map(matchPattern));
  });
  it('asks for no broad host access', () => {
    const all = JSON.stringify(manifest);
    expect(all).not.toContain('<all_urls>');
    expect(all).not.toMatch(/\*:\/\/\*\//);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
  });
  it.each([
    ['https://seller-us.tiktok.com/services/authorizations?tab=apps', true],
    ['https://seller-uk.tiktok.com/homepage', true],
    ['https://seller-id.tokopedia.com/', true],
    ['https://seller.tiktokshopglobalselling.com/services/x', true],
    ['http://seller-us.tiktok.com/', false],
    ['https://seller-us.tiktok.com.evil.example/', false],
    ['https://evil.example/?https://seller-us.tiktok.com/', false],
    ['https://www.tiktok.com/', false],
    ['not a url', false],
  ])('Seller Center: %s → %s', (url, yes) => expect(isSellerCenterHost(url)).toBe(yes));
  it('authorization and Pipe17 hosts', () => {
    expect(isAuthorizationHost('https://services.tiktokshop.com/open/authorize?service_id=1')).toBe(true);
    expect(isAuthorizationHost('https://services.us.tiktokshop.com/open/authorize')).toBe(true);
    expect(isAuthorizationHost('https://seller-us.tiktok.com/')).toBe(false);
    expect(isPipe17Host('https://app.pipe17.com/integrations')).toBe(true);
    expect(isPipe17Host('https://pipe17.com/')).toBe(false);
  });
  it('regions', () => {
    expect(regionOf('seller-us.tiktok.com')).toBe('us');
    expect(regionOf('seller-id.tokopedia.com')).toBe('id');
    expect(regionOf('seller.tiktokshopglobalselling.com')).toBe('global');
  });
});
