import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import {
  AUTHORIZATION_HOSTS,
  isAuthorizationHost,
  isPipe17Host,
  isConditionsPath,
  isSellerCenterHost,
  matchPattern,
  myAppsUrl,
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
    // Hosts quoted by public integrations and userscripts (../shared/seller-center-evidence.md).
    ['https://seller.tiktokglobalshop.com/homepage', true],
    ['https://seller.us.tiktokglobalshop.com/homepage', true],
    ['https://seller.eu.tiktokglobalshop.com/homepage', true],
    ['https://seller.us.tiktokshopglobalselling.com/homepage', true],
    ['https://seller-id.tiktok.com/homepage', true],
    ['https://seller-eu.tiktok.com/services/authorizations?shop_region=DE&tab=apps', true],
    ['https://seller.tiktokglobalshop.com.evil.example/', false],
    ['https://services.tiktokshops.us/open/authorize', false],
    ['http://seller-us.tiktok.com/', false],
    ['https://seller-us.tiktok.com.evil.example/', false],
    ['https://evil.example/?https://seller-us.tiktok.com/', false],
    ['https://www.tiktok.com/', false],
    ['not a url', false],
  ])('Seller Center: %s → %s', (url, yes) => expect(isSellerCenterHost(url)).toBe(yes));
  it('authorization and Pipe17 hosts', () => {
    expect(isAuthorizationHost('https://services.tiktokshop.com/open/authorize?service_id=1')).toBe(true);
    expect(isAuthorizationHost('https://services.us.tiktokshop.com/open/authorize')).toBe(true);
    expect(isAuthorizationHost('https://services.tiktokshops.us/open/authorize?service_id=1')).toBe(true);
    expect(isAuthorizationHost('https://services.tiktokglobalshop.com/open/authorize?service_id=1')).toBe(true);
    expect(isAuthorizationHost('https://services.tiktokshops.us.evil.example/')).toBe(false);
    expect(isAuthorizationHost('https://seller-us.tiktok.com/')).toBe(false);
    expect(isPipe17Host('https://app.pipe17.com/integrations')).toBe(true);
    expect(isPipe17Host('https://pipe17.com/')).toBe(false);
  });
  it('regions', () => {
    expect(regionOf('seller-us.tiktok.com')).toBe('us');
    expect(regionOf('seller-id.tokopedia.com')).toBe('id');
    expect(regionOf('seller.tiktokshopglobalselling.com')).toBe('global');
    expect(regionOf('seller.eu.tiktokglobalshop.com')).toBe('global');
    expect(regionOf('seller-id.tiktok.com')).toBe('id');
  });
  it('the conditions page on Seller Center itself', () => {
    expect(isConditionsPath('/services/market/custom-authorize/7100000000000000001')).toBe(true);
    expect(isConditionsPath('/services/market/custom-authorize')).toBe(true);
    expect(isConditionsPath('/services/market/custom-authorizer/1')).toBe(false);
    expect(isConditionsPath('/services/market/service-detail/7100000000000000001')).toBe(false);
    expect(isConditionsPath('/x/services/market/custom-authorize/1')).toBe(false);
  });
});

describe('myAppsUrl', () => {
  it.each([
    // The UK's shop_region is GB (public integration code), not UK.
    ['seller-uk.tiktok.com', undefined, 'https://seller-uk.tiktok.com/services/authorizations?shop_region=GB&tab=apps'],
    ['seller-us.tiktok.com', undefined, 'https://seller-us.tiktok.com/services/authorizations?shop_region=US&tab=apps'],
    ['seller-id.tokopedia.com', undefined, 'https://seller-id.tokopedia.com/services/authorizations?shop_region=ID&tab=apps'],
    // seller-eu serves several countries: only a page's own URL says which.
    ['seller-eu.tiktok.com', undefined, 'https://seller-eu.tiktok.com/services/authorizations?tab=apps'],
    ['seller-eu.tiktok.com', 'https://seller-eu.tiktok.com/homepage?shop_region=DE', 'https://seller-eu.tiktok.com/services/authorizations?shop_region=DE&tab=apps'],
    ['seller-eu.tiktok.com', 'https://seller-eu.tiktok.com/homepage?shop_region=fr', 'https://seller-eu.tiktok.com/services/authorizations?shop_region=FR&tab=apps'],
    // Another host's page, or a shop_region that is not a country code, says nothing about this host.
    ['seller-eu.tiktok.com', 'https://seller-uk.tiktok.com/homepage?shop_region=GB', 'https://seller-eu.tiktok.com/services/authorizations?tab=apps'],
    ['seller-uk.tiktok.com', 'https://seller-uk.tiktok.com/x?shop_region=%3Cb%3E', 'https://seller-uk.tiktok.com/services/authorizations?shop_region=GB&tab=apps'],
    ['seller.tiktokglobalshop.com', 'not a url', 'https://seller.tiktokglobalshop.com/services/authorizations?tab=apps'],
  ])('%s from %s → %s', (host, from, url) => expect(myAppsUrl(host, from)).toBe(url));
});
