// Pure: which shop and which connector record the popup shows.
import type { TabIdentity } from '../shared/messages';
import { shopKey } from '../shared/constants';
import type { ConnectorRecord, ShopRecord } from '../shared/types';

const newest = <T,>(items: readonly T[], at: (x: T) => number): T | undefined =>
  items.reduce<T | undefined>((best, x) => (best === undefined || at(x) > at(best) ? x : best), undefined);

/**
 * The user's pick first; then the active tab's shop (exact, else the host's most recent); then the
 * most recently seen shop (lastShop, else the newest record).
 */
export function pickShop(
  shops: readonly ShopRecord[],
  opts: { selectedKey?: string | null; tab?: TabIdentity | null; lastShop?: string | null },
): ShopRecord | undefined {
  const byKey = (k: string | null | undefined) => (k ? shops.find((s) => s.key === k) : undefined);
  const chosen = byKey(opts.selectedKey);
  if (chosen) return chosen;
  if (opts.tab) {
    const exact = byKey(shopKey(opts.tab.host, opts.tab.shop));
    if (exact) return exact;
    const sameHost = newest(shops.filter((s) => s.host === opts.tab!.host), (s) => s.seenAt);
    if (sameHost) return sameHost;
  }
  return byKey(opts.lastShop) ?? newest(shops, (s) => s.seenAt);
}

/** The connector record for the shop's name, else the nameless one, else the most recently seen. */
export function pickConnector(connectors: ReadonlyMap<string, ConnectorRecord>, shopName: string | null | undefined): ConnectorRecord | undefined {
  return (
    (shopName ? connectors.get(shopName) : undefined) ??
    connectors.get('default') ??
    newest([...connectors.values()], (c) => c.evidence.seenAt)
  );
}
