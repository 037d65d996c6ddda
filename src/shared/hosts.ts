// The one list of hosts the extension works on. manifest.json repeats it (a test keeps them equal).

/** Seller Center regions that run on `seller-<code>.tiktok.com`. */
export const SELLER_REGIONS = [
  'us', 'uk', 'eu', 'mx', 'br', 'vn', 'th', 'my', 'ph', 'sg', 'jp', 'es', 'fr', 'de', 'it', 'ie',
] as const;

export const SELLER_CENTER_HOSTS: readonly string[] = [
  ...SELLER_REGIONS.map((r) => `seller-${r}.tiktok.com`),
  'seller-id.tokopedia.com',
  'seller.tiktokshopglobalselling.com',
];

/** Where TikTok shows the conditions page with the final "Authorize" button. */
export const AUTHORIZATION_HOSTS: readonly string[] = ['services.tiktokshop.com', 'services.us.tiktokshop.com'];

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

/** "us" for seller-us.tiktok.com, "id" for Tokopedia, "global" for the cross-border host. */
export function regionOf(host: string): string {
  const m = /^seller-([a-z]{2})\.tiktok\.com$/.exec(host);
  if (m) return m[1]!;
  if (host === 'seller-id.tokopedia.com') return 'id';
  if (host === 'seller.tiktokshopglobalselling.com') return 'global';
  return host;
}

/** Where "My apps and incidents" lives on a Seller Center host. */
export const myAppsUrl = (host: string): string => `https://${host}/services/authorizations?tab=apps`;
