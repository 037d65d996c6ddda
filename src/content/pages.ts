// Which kind of page this is, from the URL alone (what the page shows is the finders' job).
import { hostOf, isAuthorizationHost, isConditionsPath, isSellerCenterHost, regionOf } from '../shared/hosts';
import type { Surface } from './steps';

/**
 * The conditions page is an `authorization` surface wherever it is served: on the authorization hosts, and on
 * Seller Center itself at `/services/market/custom-authorize/…` (where authorization links redirect).
 */
export function surfaceOf(url: string | URL): Surface {
  if (isSellerCenterHost(url)) return isConditionsPath(new URL(url).pathname) ? 'authorization' : 'seller-center';
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

/** Seller Center's app list lives under /services/…: a page there may still be bringing its apps table in. */
export function mayShowAppsList(url: string | URL): boolean {
  return surfaceOf(url) === 'seller-center' && new URL(url).pathname.startsWith('/services/');
}
