// The shapes storage.local holds, as plain types: every part of the extension can import them without valibot.
// shared/storage.ts holds the schemas that check them (each declared to produce exactly its type here).
import type { AppState, ConnectorState, OwnerState } from './contract';

export const SCHEMA_VERSION = 1;

export const GUIDE_MODES = ['auto', 'started', 'dismissed'] as const;
/** auto: highlight on My apps and check the dialog only; started: the whole walkthrough; dismissed: launcher only. */
export type GuideMode = (typeof GUIDE_MODES)[number];

export interface Evidence {
  /** Where it was seen, in the user's words: "My apps and incidents", "Pipe17 TikTok Shop connector". */
  where: string;
  /** One short sentence: "Authorize shown on the Pipe17 row". */
  detail: string;
  url?: string | undefined;
  seenAt: number;
}

export interface OwnerField {
  state: OwnerState;
  evidence: Evidence;
}

export interface AppField {
  /** As read from the table. "expiring" is re-derived from expiresAt and the warning window. */
  state: AppState;
  statusText?: string | undefined;
  /** ISO date (yyyy-mm-dd) of the authorization expiry, when the table shows one. */
  expiresAt?: string | undefined;
  evidence: Evidence;
}

export interface RenewalField {
  at: number;
  targetShop: string;
  /** The shop the guide expected (options or learned), when known. */
  expectedShop?: string | undefined;
  /** Set once Seller Center shows Pipe17 Active again after the renewal. */
  confirmedAt?: number | undefined;
}

export interface ShopRecord {
  v: typeof SCHEMA_VERSION;
  /** host + "|" + shop name (or host alone while the name is unknown). */
  key: string;
  host: string;
  region: string;
  shop: string | null;
  seenAt: number;
  owner?: OwnerField | undefined;
  app?: AppField | undefined;
  lastRenewal?: RenewalField | undefined;
}

export interface ConnectorRecord {
  v: typeof SCHEMA_VERSION;
  state: ConnectorState;
  /** The TikTok shop the connector page names, when it names one. */
  shop: string | null;
  statusText?: string | undefined;
  /** true when the last visit could not read the page (error page, offline): state is the last known one. */
  stale?: boolean | undefined;
  evidence: Evidence;
}

/** What the owner chose at "Confirm to install", until Seller Center shows Pipe17 Active or the owner turns back. */
export interface PendingRenewal {
  host: string;
  shopKey: string;
  targetShop: string;
  expectedShop?: string | undefined;
  /** The Pipe17 row's expiry (yyyy-mm-dd) when Confirm to install was pressed, when the row showed one. */
  expiresBefore?: string | undefined;
  at: number;
}

export interface GuideMemory {
  v: typeof SCHEMA_VERSION;
  mode: GuideMode;
  /** Set when the owner pressed "Confirm to install"; cleared when `done` is finished. */
  pendingRenewal?: PendingRenewal | undefined;
  /** After-steps the owner ticked on the done panel. */
  afterSteps?: string[] | undefined;
  updatedAt: number;
}

/** `true` and `false` are the on/off stored before the third choice: they keep their meaning. */
export type LauncherSetting = boolean | 'always';

export interface Settings {
  v: typeof SCHEMA_VERSION;
  /** Expected Target shop per region ("us", "uk", "id", "global" …). */
  expectedShops: Record<string, string>;
  /** The integration's contact email; empty = not set. */
  contactEmail: string;
  expiryWarningDays: number;
  /** The launcher on Seller Center pages: true, on My apps and wherever Pipe17 needs attention; 'always'; false, never. */
  launcher: LauncherSetting;
}

/** A line shown in the popup when the background dropped something (a corrupt or old-version record). */
export interface Notice {
  at: number;
  text: string;
}
