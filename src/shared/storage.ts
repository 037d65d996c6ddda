// What storage.local holds. Only the background writes it; everyone else reads and listens.
import * as v from 'valibot';
import { APP_STATES, CONNECTOR_STATES, OWNER_STATES } from './contract';

import { GUIDE_MODES, SCHEMA_VERSION } from './constants';
export { GUIDE_MODES, SCHEMA_VERSION, type GuideMode } from './constants';

const Evidence = v.object({
  /** Where it was seen, in the user's words: "My apps and incidents", "Pipe17 TikTok Shop connector". */
  where: v.pipe(v.string(), v.maxLength(200)),
  /** One short sentence: "Authorize shown on the Pipe17 row". */
  detail: v.pipe(v.string(), v.maxLength(500)),
  url: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  seenAt: v.number(),
});
export type Evidence = v.InferOutput<typeof Evidence>;

export const OwnerField = v.object({ state: v.picklist(OWNER_STATES), evidence: Evidence });
export type OwnerField = v.InferOutput<typeof OwnerField>;

export const AppField = v.object({
  /** As read from the table: active / expiring / expired / unknown. "expiring" is re-derived from expiresAt and the warning window. */
  state: v.picklist(APP_STATES),
  statusText: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** ISO date (yyyy-mm-dd) of the authorization expiry, when the table shows one. */
  expiresAt: v.optional(v.pipe(v.string(), v.isoDate())),
  evidence: Evidence,
});
export type AppField = v.InferOutput<typeof AppField>;

export const RenewalField = v.object({
  at: v.number(),
  targetShop: v.pipe(v.string(), v.maxLength(300)),
  /** The shop the guide expected (options or learned), when known. */
  expectedShop: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** Set once Seller Center shows Pipe17 Active again after the renewal. */
  confirmedAt: v.optional(v.number()),
});
export type RenewalField = v.InferOutput<typeof RenewalField>;

export const ShopRecord = v.object({
  v: v.literal(SCHEMA_VERSION),
  /** host + "|" + shop name (or host alone while the name is unknown). */
  key: v.pipe(v.string(), v.maxLength(400)),
  host: v.pipe(v.string(), v.maxLength(200)),
  region: v.pipe(v.string(), v.maxLength(50)),
  shop: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  seenAt: v.number(),
  owner: v.optional(OwnerField),
  app: v.optional(AppField),
  lastRenewal: v.optional(RenewalField),
});
export type ShopRecord = v.InferOutput<typeof ShopRecord>;

export const ConnectorRecord = v.object({
  v: v.literal(SCHEMA_VERSION),
  state: v.picklist(CONNECTOR_STATES),
  /** The TikTok shop the connector page names, when it names one. */
  shop: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  statusText: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** true when the last visit could not read the page (error page, offline): state is the last known one. */
  stale: v.optional(v.boolean()),
  evidence: Evidence,
});
export type ConnectorRecord = v.InferOutput<typeof ConnectorRecord>;


export const GuideMemory = v.object({
  v: v.literal(SCHEMA_VERSION),
  /** auto: highlight on My apps and check the dialog only; started: the whole walkthrough; dismissed: launcher only. */
  mode: v.picklist(GUIDE_MODES),
  /** Set when the owner pressed "Confirm to install"; cleared when `done` is finished. */
  pendingRenewal: v.optional(
    v.object({
      host: v.pipe(v.string(), v.maxLength(200)),
      shopKey: v.pipe(v.string(), v.maxLength(400)),
      targetShop: v.pipe(v.string(), v.maxLength(300)),
      expectedShop: v.optional(v.pipe(v.string(), v.maxLength(300))),
      at: v.number(),
    }),
  ),
  /** After-steps the owner ticked on the done panel. */
  afterSteps: v.optional(v.array(v.pipe(v.string(), v.maxLength(40)))),
  updatedAt: v.number(),
});
export type GuideMemory = v.InferOutput<typeof GuideMemory>;

export const Settings = v.object({
  v: v.literal(SCHEMA_VERSION),
  /** Expected Target shop per region ("us", "uk", "id", "global" …). */
  expectedShops: v.record(v.pipe(v.string(), v.maxLength(50)), v.pipe(v.string(), v.maxLength(300))),
  /** The integration's contact email; empty = not set. */
  contactEmail: v.pipe(v.string(), v.maxLength(320)),
  expiryWarningDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  launcher: v.boolean(),
});
export type Settings = v.InferOutput<typeof Settings>;

/** A line shown in the popup when the background dropped something (a corrupt or old-version record). */
export const Notice = v.object({ at: v.number(), text: v.pipe(v.string(), v.maxLength(500)) });
export type Notice = v.InferOutput<typeof Notice>;
export const Notices = v.array(Notice);
/** KEYS.notices keeps only the newest ones. */
export const MAX_NOTICES = 20;

// Plain values live in constants.ts so content scripts can use them without pulling in the schemas.
export { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS, shopKey } from './constants';

/** Parse a stored value; undefined (with the reason) when it fails, so callers drop it instead of crashing. */
export function parseStored<T extends v.GenericSchema>(
  schema: T,
  value: unknown,
): { ok: true; value: v.InferOutput<T> } | { ok: false; reason: string } {
  const r = v.safeParse(schema, value);
  return r.success ? { ok: true, value: r.output } : { ok: false, reason: v.summarize(r.issues) };
}
