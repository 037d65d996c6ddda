// Pure: what the toolbar button should say, from every known shop and connector.
import { sameShop } from '../shared/constants';
import type { ConnectorState } from '../shared/contract';
import { t } from '../shared/i18n';
import type { ConnectorRecord, ShopRecord } from '../shared/types';
import { effectiveAppState, renewedAt, wrongShopRenewed } from '../shared/appState';

export type Badge = { text: string; color: string; title: string; reasons: string[] };

const RED = '#c5221f';
const AMBER = '#b06000';

const BAD_CONNECTOR: Partial<Record<ConnectorState, { level: 'red' | 'amber'; key: string }>> = {
  disconnected: { level: 'red', key: 'bg_badgeConnectorDisconnected' },
  error: { level: 'red', key: 'bg_badgeConnectorError' },
  'not-configured': { level: 'amber', key: 'bg_badgeConnectorNotConfigured' },
};

export const shopLabel = (r: Pick<ShopRecord, 'shop' | 'host'>): string => r.shop ?? r.host;

function renewedSince(shops: readonly ShopRecord[], c: ConnectorRecord): boolean {
  return shops.some((s) => (c.shop === null || (s.shop !== null && sameShop(s.shop, c.shop))) && (renewedAt(s.lastRenewal) ?? -Infinity) > c.evidence.seenAt);
}

export function computeBadge(
  shops: Iterable<ShopRecord>,
  connectors: Iterable<ConnectorRecord>,
  now: number,
  warningDays: number,
): Badge {
  const reasons: string[] = [];
  let red = false;
  const shopList = [...shops]; // an iterator (a Map's values) can be walked once: twice here
  for (const shop of shopList) {
    const expected = wrongShopRenewed(shop.lastRenewal);
    if (expected !== undefined) reasons.push(t('bg_badgeWrongShop', [shop.lastRenewal!.targetShop, expected]));
    const state = effectiveAppState(shop.app, now, warningDays);
    if (state === 'expired') {
      red = true;
      reasons.push(t('bg_badgeExpired', shopLabel(shop)));
    } else if (state === 'expiring') {
      reasons.push(
        shop.app?.expiresAt
          ? t('bg_badgeExpiringOn', [shopLabel(shop), shop.app.expiresAt])
          : t('bg_badgeExpiring', shopLabel(shop)),
      );
    }
  }
  for (const c of connectors) {
    const bad = BAD_CONNECTOR[c.state];
    if (!bad) continue;
    const name = c.shop ?? t('bg_badgeConnectorNoShop');
    // Down when read, but the owner has re-authorized since (the shop it names; a nameless one, any shop): what it is
    // now is not known, and the popup asks to read it again. A warning, not an alarm.
    if (bad.level === 'red' && renewedSince(shopList, c)) {
      reasons.push(t('bg_badgeConnectorBeforeRenewal', name));
      continue;
    }
    if (bad.level === 'red') red = true;
    reasons.push(t(bad.key, name));
  }
  if (!reasons.length) return { text: '', color: AMBER, title: t('actionTitle'), reasons };
  return { text: '!', color: red ? RED : AMBER, title: reasons.join('\n'), reasons };
}
