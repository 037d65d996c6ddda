import { describe, expect, it } from 'vitest';
import { mayShowAppsList, placeOf, surfaceOf } from './pages';

// Like github-url-detection: each detector with the URLs it must and must not match.
describe('surfaceOf', () => {
  it.each([
    'https://seller-us.tiktok.com/services/authorizations?tab=apps',
    'https://seller-us.tiktok.com/homepage',
    'https://seller-uk.tiktok.com/services/market/my-services',
    'https://seller-id.tokopedia.com/homepage',
    'https://seller.tiktokshopglobalselling.com/services/authorizations',
    'https://seller.tiktokglobalshop.com/services/authorizations?tab=apps',
    'https://seller.us.tiktokglobalshop.com/homepage',
    'https://seller-eu.tiktok.com/services/authorizations?shop_region=DE&tab=apps',
    // The App Store and an app's page are Seller Center, not the conditions page.
    'https://seller-us.tiktok.com/services/market',
    'https://seller-us.tiktok.com/services/market/service-detail/7100000000000000001',
  ])('Seller Center: %s', (url) => expect(surfaceOf(url)).toBe('seller-center'));
  it.each([
    'https://services.tiktokshop.com/open/authorize?service_id=7100000000000000001',
    'https://services.us.tiktokshop.com/open/authorize?service_id=1',
    'https://services.tiktokshops.us/open/authorize?service_id=7100000000000000001',
    'https://services.tiktokglobalshop.com/open/authorize?service_id=1',
    // Seller Center serves the conditions page itself (URLs quoted by public projects for VN, MX, GB, BR).
    'https://seller-vn.tiktok.com/services/market/custom-authorize/7100000000000000001?shop_region=VN',
    'https://seller-uk.tiktok.com/services/market/custom-authorize/7100000000000000001?shop_region=GB&is_draft=0',
    'https://seller-mx.tiktok.com/services/market/custom-authorize/7100000000000000001?shop_region=MX&region_check=1&target_countries=MX',
    'https://seller.tiktokglobalshop.com/services/market/custom-authorize/7100000000000000001',
  ])('authorization page: %s', (url) => expect(surfaceOf(url)).toBe('authorization'));
  it.each([
    'https://www.tiktok.com/@acme',
    'https://seller-us.tiktok.com.example.org/',
    'http://seller-us.tiktok.com/',
    'https://app.pipe17.com/integrations',
    'https://example.com/?next=https://seller-us.tiktok.com/',
  ])('other: %s', (url) => expect(surfaceOf(url)).toBe('other'));
});

describe('placeOf', () => {
  it('knows the host and region', () => {
    expect(placeOf('https://seller-de.tiktok.com/x')).toEqual({ surface: 'seller-center', host: 'seller-de.tiktok.com', region: 'de' });
    expect(placeOf('https://services.tiktokshop.com/open/authorize')).toMatchObject({ surface: 'authorization' });
  });
  it('takes a URL object as well as a string', () => {
    expect(placeOf(new URL('https://seller-uk.tiktok.com/homepage'))).toEqual({ surface: 'seller-center', host: 'seller-uk.tiktok.com', region: 'uk' });
    expect(mayShowAppsList(new URL('https://seller-uk.tiktok.com/services/authorizations'))).toBe(true);
  });
  it('a page that is not served over https has no host the guide records', () => {
    expect(placeOf('http://seller-us.tiktok.com/services/authorizations')).toEqual({ surface: 'other', host: '', region: '' });
  });
});

describe('mayShowAppsList', () => {
  it.each([
    ['https://seller-us.tiktok.com/services/authorizations?tab=apps', true],
    ['https://seller-uk.tiktok.com/services/market/my-services', true],
    ['https://seller-us.tiktok.com/homepage', false],
    ['https://seller-br.tiktok.com/services/market/custom-authorize/7100000000000000001?shop_region=BR', false],
    ['https://services.tiktokshop.com/services/x', false],
    // The list lives below /services/, not on a page whose path only starts with the word.
    ['https://seller-us.tiktok.com/services', false],
    ['https://seller-us.tiktok.com/servicesx/authorizations', false],
    ['https://www.tiktok.com/services/authorizations', false],
  ])('%s → %s', (url, expected) => expect(mayShowAppsList(url)).toBe(expected));
});
