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
  ])('Seller Center: %s', (url) => expect(surfaceOf(url)).toBe('seller-center'));
  it.each([
    'https://services.tiktokshop.com/open/authorize?service_id=7100000000000000001',
    'https://services.us.tiktokshop.com/open/authorize?service_id=1',
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
    ['https://services.tiktokshop.com/services/x', false],
    // The list lives below /services/, not on a page whose path only starts with the word.
    ['https://seller-us.tiktok.com/services', false],
    ['https://seller-us.tiktok.com/servicesx/authorizations', false],
    ['https://www.tiktok.com/services/authorizations', false],
  ])('%s → %s', (url, expected) => expect(mayShowAppsList(url)).toBe(expected));
});
