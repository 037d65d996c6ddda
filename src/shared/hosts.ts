// The one list of hosts the extension works on. manifest.json repeats it (a test keeps them equal).
// Every host here is from ../shared/seller-center-evidence.md; docs/seller-center.md says how sure each is.

/** Seller Center regions that run on `seller-<code>.tiktok.com`. */
export const SELLER_REGIONS = [
  'us', 'uk', 'eu', 'mx', 'br', 'vn', 'th', 'my', 'ph', 'sg', 'jp', 'es', 'fr', 'de', 'it', 'ie',
] as const;

/** Cross-border Seller Center (sellers selling abroad), one host per selling region. */
const GLOBAL_SELLER_HOSTS = [
  'seller.tiktokshopglobalselling.com',
  'seller.us.tiktokshopglobalselling.com',
  'seller.tiktokglobalshop.com',
  'seller.us.tiktokglobalshop.com',
  'seller.eu.tiktokglobalshop.com',
];

export const SELLER_CENTER_HOSTS: readonly string[] = [
  ...SELLER_REGIONS.map((r) => `seller-${r}.tiktok.com`),
  'seller-id.tokopedia.com',
  // Indonesia's Seller Center before it moved to Tokopedia.
  'seller-id.tiktok.com',
  ...GLOBAL_SELLER_HOSTS,
];

/**
 * Hosts of TikTok's authorization (conditions) pages: the rest of the world, the US, the older US host, and the
 * legacy cross-border one. Seller Center also serves that page itself (see `isConditionsPath`).
 */
export const AUTHORIZATION_HOSTS: readonly string[] = [
  'services.tiktokshop.com',
  'services.tiktokshops.us',
  'services.us.tiktokshop.com',
  'services.tiktokglobalshop.com',
];

export const PIPE17_HOSTS: readonly string[] = ['app.pipe17.com'];

export const matchPattern = (host: string): string => `https://${host}/*`;

export function hostOf(url: string | URL | undefined): string | null {
  if (!url) return null;
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export const isSellerCenterHost = (url: string | URL | undefined): boolean => {
  const h = hostOf(url);
  return h !== null && SELLER_CENTER_HOSTS.includes(h);
};
export const isAuthorizationHost = (url: string | URL | undefined): boolean => {
  const h = hostOf(url);
  return h !== null && AUTHORIZATION_HOSTS.includes(h);
};
export const isPipe17Host = (url: string | URL | undefined): boolean => {
  const h = hostOf(url);
  return h !== null && PIPE17_HOSTS.includes(h);
};

/** Seller Center's own copy of the conditions page: `/services/market/custom-authorize/<service_id>`. */
export const isConditionsPath = (pathname: string): boolean => /^\/services\/market\/custom-authorize(\/|$)/.test(pathname);

/** "us" for seller-us.tiktok.com, "id" for Indonesia, "global" for the cross-border hosts. */
export function regionOf(host: string): string {
  const m = /^seller-([a-z]{2})\.tiktok\.com$/.exec(host);
  if (m) return m[1]!;
  if (host === 'seller-id.tokopedia.com') return 'id';
  if (GLOBAL_SELLER_HOSTS.includes(host)) return 'global';
  return host;
}

/**
 * The `shop_region` Seller Center's own links carry: the country code, `GB` for the UK. None for a host that serves
 * several countries (`seller-eu`, cross-border): only the page's own URL can say which one.
 */
export function shopRegionOf(host: string): string | null {
  const region = regionOf(host);
  if (!/^[a-z]{2}$/.test(region) || region === 'eu') return null;
  return region === 'uk' ? 'GB' : region.toUpperCase();
}

/**
 * Where "My apps and incidents" lives on a Seller Center host. `from`, a Seller Center page's URL, gives its
 * `shop_region` (seller-eu's `?shop_region=DE`); without one, the host's own.
 */
export function myAppsUrl(host: string, from?: string | URL): string {
  let region: string | null = null;
  try {
    const page = from ? new URL(from) : null;
    if (page && hostOf(page) === host) region = page.searchParams.get('shop_region');
  } catch {
    /* not a URL: the host's own region */
  }
  if (!region || !/^[A-Za-z]{2}$/.test(region)) region = shopRegionOf(host);
  const url = new URL('/services/authorizations', `https://${host}`);
  if (region) url.searchParams.set('shop_region', region.toUpperCase());
  url.searchParams.set('tab', 'apps');
  return url.toString();
}
