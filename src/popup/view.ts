// Pure: everything the popup shows, derived from its store.
import { effectiveAppState, renewedAt, wrongShopRenewed } from '../shared/appState';
import { sameShop, shopKey } from '../shared/constants';
import { renewalPending } from '../shared/guide';
import { t } from '../shared/i18n';
import type { AppState, ConnectorState, OwnerState } from '../shared/contract';
import type { ConnectorRecord, ShopRecord } from '../shared/types';
import { nextSteps, type NextStepId } from './nextStep';
import { pickConnector, pickShop } from './select';
import type { PopupState } from './store';

export type View = {
  shop: ShopRecord | undefined;
  connector: ConnectorRecord | undefined;
  owner: OwnerState;
  app: AppState;
  connectorState: ConnectorState;
  steps: NextStepId[];
  /** The shop shown is the one in the active tab. */
  inThisTab: boolean;
  /** The active tab's Seller Center is in this language, which the guide cannot read. */
  otherLanguage: string | null;
  /** The connector was last read before the owner's last (right-shop) renewal completed. */
  readBeforeRenewal: boolean;
  /** The shop Pipe17 uses, when the last renewal went to another Target shop. */
  rightShop: string | null;
  /** When the owner pressed Confirm to install for this shop, while that renewal is under way. */
  renewingSince: number | null;
};

export function viewOf(s: PopupState, now: number): View {
  const shop = pickShop(s.shops, { selectedKey: s.selectedKey, tab: s.tab, lastShop: s.lastShop });
  const connector = pickConnector(s.connectors, shop?.shop);
  const owner = shop?.owner?.state ?? 'unknown';
  const app = effectiveAppState(shop?.app, now, s.settings.expiryWarningDays);
  const connectorState = connector?.state ?? 'unknown';
  const inThisTab = !!shop && !!s.tab && (shop.key === shopKey(s.tab.host, s.tab.shop) || shop.host === s.tab.host);
  // A renewal says nothing about a connector record that names another shop (the popup then says whose it is).
  const connectorOfShop = !!connector && (!connector.shop || !shop?.shop || sameShop(connector.shop, shop.shop));
  const renewed = connectorOfShop ? renewedAt(shop?.lastRenewal) : undefined;
  const rightShop = wrongShopRenewed(shop?.lastRenewal);
  const pending = s.guide.pendingRenewal;
  // Under way: pending for this shop, and not yet the shop's last renewal (written from it once Pipe17 shows Active).
  const renewing =
    !!shop && !!pending && renewalPending(s.guide, now) && (pending.shopKey === shop.key || pending.host === shop.host) && shop.lastRenewal?.at !== pending.at;
  const steps = nextSteps({
    owner,
    app,
    connector: connectorState,
    connectorSeenAt: connector?.evidence.seenAt,
    renewedAt: renewed,
    wrongShopRenewed: rightShop !== undefined,
    renewing,
  });
  // First: until the tab is in a language the guide reads, it can neither point at the steps nor read the status.
  if (s.tab?.otherLanguage) steps.unshift('switch-language');
  const readBeforeRenewal = !!connector && renewed !== undefined && connector.evidence.seenAt < renewed;
  return {
    shop,
    connector,
    owner,
    app,
    connectorState,
    steps,
    inThisTab,
    otherLanguage: s.tab?.otherLanguage ?? null,
    readBeforeRenewal,
    rightShop: rightShop ?? null,
    renewingSince: renewing ? pending!.at : null,
  };
}

/** The popup's one main action: what its first line asks the owner to do. */
export type Primary = 'start-guide' | 'check-seller-center' | 'open-connector' | null;

export interface Headline {
  /** The first line, with the cause and its date (or the shop) when known. */
  text: string;
  tone: 'good' | 'warn' | 'bad' | 'unknown';
  primary: Primary;
}

/**
 * The popup's first line (is something wrong, and what to do) from its first step, with the cause and its date.
 * `date` is the authorization's expiry as the owner reads dates, when Seller Center showed one.
 */
export function headlineOf(view: View, date: string | null): Headline {
  const first = view.steps[0] ?? 'all-good';
  const cause =
    view.app === 'expired'
      ? { text: date ? t('popup_head_expired', date) : t('popup_head_expiredUndated') }
      : view.app === 'expiring'
        ? { text: date ? t('popup_head_expiring', date) : t('popup_head_expiringUndated') }
        : { text: t('popup_head_down') };
  const lapsedTone = view.app === 'expiring' ? 'warn' : 'bad';
  switch (first) {
    case 'reauthorize':
      return { ...cause, tone: lapsedTone, primary: 'start-guide' };
    case 'ask-owner':
      return { ...cause, tone: lapsedTone, primary: null };
    case 'repeat-right-shop':
      return { text: t('popup_head_wrongShop', view.rightShop ?? '?'), tone: 'bad', primary: 'start-guide' };
    case 'finish-renewal':
      return { text: t('popup_head_renewing'), tone: 'warn', primary: 'check-seller-center' };
    case 'check-connector':
      return { text: t('popup_head_checkAgain'), tone: 'warn', primary: 'open-connector' };
    case 'still-disconnected':
      return { text: t('popup_head_stillDown'), tone: 'bad', primary: 'open-connector' };
    case 'switch-language':
      // The guide's tooltip gives each step in words meanwhile: a renewal that is due is still the main action.
      return { text: t('popup_head_language'), tone: 'warn', primary: view.steps.includes('reauthorize') || view.steps.includes('repeat-right-shop') ? 'start-guide' : null };
    case 'open-my-apps':
      return { text: t('popup_head_unknown'), tone: 'unknown', primary: 'check-seller-center' };
    case 'open-connector':
      return { text: date ? t('popup_head_connectorUnknown', date) : t('popup_head_connectorUnknownUndated') , tone: 'unknown', primary: 'open-connector' };
    case 'setup-connector':
      return { text: t('popup_head_setup'), tone: 'warn', primary: 'open-connector' };
    case 'wait-connecting':
      return { text: t('popup_head_connecting'), tone: 'warn', primary: null };
    case 'all-good':
      return { text: date ? t('popup_head_allGood', date) : t('popup_head_allGoodUndated') , tone: 'good', primary: null };
  }
}

/**
 * Start re-authorization is offered only while the authorization needs it or is not known: after a renewal, or while
 * one is under way, a second one would change nothing.
 */
export const renewalOffered = (view: View, head: Headline): boolean =>
  head.primary === 'start-guide' || ((view.app === 'unknown' || view.app === 'expired' || view.app === 'expiring') && view.renewingSince === null);
