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

/** Seller Center's app list lives under /services/…: a page there may still be bringing its apps table in. */
export function mayShowAppsList(url: string | URL): boolean {
  return surfaceOf(url) === 'seller-center' && new URL(url).pathname.startsWith('/services/');
}
