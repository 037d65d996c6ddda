// Pure: what the Pipe17 authorization's state is *now*, from what the table said and its expiry date.
// No browser imports: the popup and the background's badge share it.
import { otherShopRenewed, sameShop } from './constants';
import type { AppState } from './contract';
import type { AppField, ConnectorRecord, RenewalField, ShopRecord } from './types';

const DAY = 86_400_000;

/** Whole calendar days from `now`'s local date to the expiry date (yyyy-mm-dd): 0 = expires today, -1 = expired yesterday. */
export function daysUntil(expiresAt: string, now: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expiresAt);
  if (!m) return null;
  const expiry = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(now);
  const today = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((expiry - today) / DAY);
}

const SEVERITY: Record<AppState, number> = { unknown: 0, active: 1, expiring: 2, expired: 3 };

/**
 * The table's state, made worse (never better) by the expiry date: the date is the last valid day,
 * so it is "expired" from the day after, and "expiring" when it is at most `warningDays` days away.
 */
export function effectiveAppState(app: Pick<AppField, 'state' | 'expiresAt'> | undefined, now: number, warningDays: number): AppState {
  if (!app) return 'unknown';
  const days = app.expiresAt ? daysUntil(app.expiresAt, now) : null;
  if (days === null) return app.state;
  const fromDate: AppState = days < 0 ? 'expired' : days <= warningDays ? 'expiring' : 'active';
  return SEVERITY[fromDate] > SEVERITY[app.state] ? fromDate : app.state;
}

/**
 * When Seller Center showed Pipe17 Active again after the owner's last renewal of a shop, if that renewal was for the
 * Target shop expected (a wrong shop renewed fixes nothing for this one). A connector read before then says what the
 * connector was, not what it is now.
 */
export function renewedAt(renewal: RenewalField | undefined): number | undefined {
  if (!renewal?.confirmedAt || wrongShopRenewed(renewal) !== undefined) return undefined;
  return renewal.confirmedAt;
}

/**
 * The shop Pipe17 uses, when the owner's last renewal went to another Target shop (to be repeated with this one).
 * Only a renewal Seller Center confirmed: one turned back on the conditions page renewed no shop at all. A Target
 * shop that was not read is not a wrong one.
 */
export function wrongShopRenewed(renewal: RenewalField | undefined): string | undefined {
  return renewal?.confirmedAt !== undefined && otherShopRenewed(renewal) ? renewal.expectedShop : undefined;
}

/**
 * Pipe17 needs the owner's attention in this shop: its authorization expiring within the warning window, expired or
 * not yet known, or its connector last read as not connected (disconnected, in error, not configured; connecting is on
 * its way). The shop is the record of this host with the header's shop name, else the newest one of this host (`shops`
 * newest first); none at all is not known. The background lists the shops that need none in KEYS.calm.
 */
export function needsAttention(
  shops: readonly ShopRecord[],
  connectors: Iterable<ConnectorRecord>,
  where: { host: string; shop: string | null },
  now: number,
  warningDays: number,
): boolean {
  const onHost = shops.filter((s) => s.host === where.host);
  const shop = (where.shop ? onHost.find((s) => s.shop !== null && sameShop(s.shop, where.shop!)) : undefined) ?? onHost[0];
  if (!shop || effectiveAppState(shop.app, now, warningDays) !== 'active') return true;
  for (const c of connectors) {
    const ours = !c.shop || !shop.shop || sameShop(c.shop, shop.shop);
    if (ours && (c.state === 'disconnected' || c.state === 'error' || c.state === 'not-configured')) return true;
  }
  return false;
}
