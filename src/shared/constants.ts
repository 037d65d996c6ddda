// Plain values every part of the extension shares: storage keys, defaults, shop-name comparison. No schema library
// here: content scripts import this.
import { norm } from './text';
import { SCHEMA_VERSION, type GuideMemory, type Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  v: SCHEMA_VERSION,
  expectedShops: {},
  contactEmail: '',
  expiryWarningDays: 14,
  launcher: true,
};

export const DEFAULT_GUIDE: GuideMemory = { v: SCHEMA_VERSION, mode: 'auto', updatedAt: 0 };

/** storage.local keys. Shop records live under "shop:<key>", connectors under "connector:<shop or default>". */
export const KEYS = {
  guide: 'guide',
  settings: 'settings',
  lastShop: 'lastShop',
  shopPrefix: 'shop:',
  connectorPrefix: 'connector:',
  notices: 'notices',
  /** Guide health (shared/healthSchema.ts): what the guide found of each part on the last pages that could show it. */
  health: 'health',
  /** The keys of the shop records whose Pipe17 needs no attention now (shared/appState.ts `needsAttention`), written
   * by the background with the badge: the launcher reads it, so the date and connector rules stay out of every page. */
  calm: 'calm',
  /** A renewal confirmed or cancelled, which the content script also writes itself: its message can be lost when the
   * page navigates away while the service worker is stopped. The background validates it like a message, applies
   * it, removes it. */
  renewalOutbox: 'outbox:renewal',
} as const;

export const shopKey = (host: string, shop: string | null): string => (shop ? `${host}|${shop}` : host);

/**
 * Two shop names for the same shop, as the owner would read them: case, spacing and non-breaking spaces aside (an
 * expected shop typed in the options, the Target shop Seller Center lists, the shop Pipe17's connector names).
 */
export const sameShop = (a: string, b: string): boolean => norm(a) === norm(b);

/**
 * A renewal that went to another shop than the one Pipe17 uses. Only when both are known: a Target shop the guide
 * could not read (empty) is not called wrong, by the guide's panels, the popup or the badge alike.
 */
export const otherShopRenewed = (r: { targetShop: string; expectedShop?: string | undefined }): boolean =>
  !!r.expectedShop && !!r.targetShop.trim() && !sameShop(r.expectedShop, r.targetShop);

/** A BCP 47 language tag as pages declare it in `<html lang>` (`vi`, `pt-BR`, `zh_CN` also seen): the shape only. */
export const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;
