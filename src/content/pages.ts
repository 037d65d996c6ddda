// Which kind of page this is, from the URL alone (what the page shows is the finders' job).
import { hostOf, isAuthorizationHost, isSellerCenterHost, regionOf } from '../shared/hosts';
import type { Surface } from './steps';

export function surfaceOf(url: string | URL): Surface {
  if (isSellerCenterHost(url)) return 'seller-center';
  if (isAuthorizationHost(url)) return 'authorization';
  return 'other';
}

export interface Place {
  surface: Surface;
  host: string;
  region: string;
}

export function placeOf(url: string | URL): Place {
  const host = hostOf(url) ?? '';
  return { surface: surfaceOf(url), host, region: regionOf(host) };
}

/** The Seller Center page a redirect from the authorization page leads back to, if it names one. */
export function returnHost(url: string | URL): string | null {
  try {
    const u = new URL(url);
    for (const key of ['redirect_uri', 'redirect', 'return_url']) {
      const v = u.searchParams.get(key);
      if (v && isSellerCenterHost(v)) return hostOf(v);
    }
  } catch {
    /* not a URL */
  }
  return null;
}
