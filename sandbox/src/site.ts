// Which stand-in to render, from the host name. On localhost (the `npm run sandbox` dev server)
// `?site=seller|auth|pipe17` picks it instead, and cross-site links stay on localhost.
import { AUTHORIZATION_HOSTS, PIPE17_HOSTS, SELLER_CENTER_HOSTS } from '../../src/shared/hosts';

export type Site = 'seller' | 'auth' | 'pipe17' | 'unknown';

/**
 * Seller Center at a host no content script matches: the same stand-in with the extension loaded but not injected,
 * the benchmarks' same-browser baseline (e2e/fixtures.ts routes it like the real hosts).
 */
export const UNMATCHED_SELLER_HOST = 'seller-center-standin.invalid';
/** A second one (another site, so another renderer process): the benchmarks' A/A control, baseline against baseline. */
export const UNMATCHED_SELLER_HOST_B = 'seller-center-standin-b.invalid';

const isLocal = (): boolean => ['localhost', '127.0.0.1'].includes(location.hostname);

export function currentSite(): Site {
  if (isLocal()) {
    const site = new URLSearchParams(location.search).get('site') ?? sessionStorage.getItem('sandbox-site') ?? 'seller';
    sessionStorage.setItem('sandbox-site', site);
    return site === 'auth' || site === 'pipe17' ? site : 'seller';
  }
  const host = location.hostname;
  if (SELLER_CENTER_HOSTS.includes(host) || host === UNMATCHED_SELLER_HOST || host === UNMATCHED_SELLER_HOST_B) return 'seller';
  if (AUTHORIZATION_HOSTS.includes(host)) return 'auth';
  if (PIPE17_HOSTS.includes(host)) return 'pipe17';
  return 'unknown';
}

/** A URL on another stand-in site: its real host, or this dev server with `?site=`. */
export function siteUrl(site: Exclude<Site, 'unknown'>, path: string, params: URLSearchParams): string {
  if (isLocal()) {
    params.set('site', site);
    return `${location.origin}${path}?${params}`;
  }
  const host = site === 'auth' ? AUTHORIZATION_HOSTS[0] : site === 'pipe17' ? PIPE17_HOSTS[0] : SELLER_CENTER_HOSTS[0];
  return `https://${host}${path}?${params}`;
}

/** Client-side navigation, like the real SPA: pushState plus a popstate-like notification. */
export function navigate(to: string): void {
  history.pushState(null, '', to);
  window.dispatchEvent(new Event('sandbox:navigate'));
}
