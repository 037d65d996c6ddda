// The schemas of what storage.local holds. Only the background writes it; everyone else reads and listens.
// The types are shared/types.ts's: each schema is declared to produce its type exactly (checked below).
import * as v from 'valibot';
import { APP_STATES, CONNECTOR_STATES, OWNER_STATES } from './contract';
import type { Checks } from './stored';
import { GUIDE_MODES, SCHEMA_VERSION, type GuideMode } from './types';
import type * as T from './types';

export type { GuideMode };

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const Evidence = v.object({
  where: Text(200),
  detail: Text(500),
  url: v.optional(Text(2000)),
  seenAt: v.number(),
}) satisfies v.GenericSchema<unknown, T.Evidence>;
export type Evidence = T.Evidence;

export const OwnerField = v.object({ state: v.picklist(OWNER_STATES), evidence: Evidence }) satisfies v.GenericSchema<unknown, T.OwnerField>;
export type OwnerField = T.OwnerField;

export const AppField = v.object({
  state: v.picklist(APP_STATES),
  statusText: v.optional(Text(200)),
  expiresAt: v.optional(v.pipe(v.string(), v.isoDate())),
  evidence: Evidence,
}) satisfies v.GenericSchema<unknown, T.AppField>;
export type AppField = T.AppField;

export const RenewalField = v.object({
  at: v.number(),
  targetShop: Text(300),
  expectedShop: v.optional(Text(300)),
  confirmedAt: v.optional(v.number()),
}) satisfies v.GenericSchema<unknown, T.RenewalField>;
export type RenewalField = T.RenewalField;

export const ShopRecord = v.object({
  v: v.literal(SCHEMA_VERSION),
  key: Text(400),
  host: Text(200),
  region: Text(50),
  shop: v.nullable(Text(300)),
  seenAt: v.number(),
  owner: v.optional(OwnerField),
  app: v.optional(AppField),
  lastRenewal: v.optional(RenewalField),
}) satisfies v.GenericSchema<unknown, T.ShopRecord>;
export type ShopRecord = T.ShopRecord;

export const ConnectorRecord = v.object({
  v: v.literal(SCHEMA_VERSION),
  state: v.picklist(CONNECTOR_STATES),
  shop: v.nullable(Text(300)),
  statusText: v.optional(Text(200)),
  stale: v.optional(v.boolean()),
  evidence: Evidence,
}) satisfies v.GenericSchema<unknown, T.ConnectorRecord>;
export type ConnectorRecord = T.ConnectorRecord;

export const GuideMemory = v.object({
  v: v.literal(SCHEMA_VERSION),
  mode: v.picklist(GUIDE_MODES),
  pendingRenewal: v.optional(
    v.object({
      host: Text(200),
      shopKey: Text(400),
      targetShop: Text(300),
      expectedShop: v.optional(Text(300)),
      expiresBefore: v.optional(v.pipe(v.string(), v.isoDate())),
      at: v.number(),
    }),
  ),
  afterSteps: v.optional(v.array(Text(40))),
  updatedAt: v.number(),
}) satisfies v.GenericSchema<unknown, T.GuideMemory>;
export type GuideMemory = T.GuideMemory;

export const Settings = v.object({
  v: v.literal(SCHEMA_VERSION),
  expectedShops: v.record(Text(50), Text(300)),
  contactEmail: Text(320),
  expiryWarningDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  launcher: v.union([v.boolean(), v.literal('always')]),
}) satisfies v.GenericSchema<unknown, T.Settings>;
export type Settings = T.Settings;

export const Notice = v.object({ at: v.number(), text: Text(500) }) satisfies v.GenericSchema<unknown, T.Notice>;
export type Notice = T.Notice;
export const Notices = v.array(Notice);
/** KEYS.notices keeps only the newest ones. */
export const MAX_NOTICES = 20;

// `satisfies` checks one way (what a schema produces is its type); this checks the other (no field of the type
// is missing from its schema), so the two cannot drift apart.
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
type Holds<X extends true> = X;
export type SchemasMatchTypes = [
  Holds<Same<v.InferOutput<typeof ShopRecord>, T.ShopRecord>>,
  Holds<Same<v.InferOutput<typeof ConnectorRecord>, T.ConnectorRecord>>,
  Holds<Same<v.InferOutput<typeof GuideMemory>, T.GuideMemory>>,
  Holds<Same<v.InferOutput<typeof Settings>, T.Settings>>,
  Holds<Same<v.InferOutput<typeof Notice>, T.Notice>>,
];

/** Parse a stored value; undefined (with the reason) when it fails, so callers drop it instead of crashing. */
export function parseStored<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; reason: string } {
  const r = v.safeParse(schema, value);
  return r.success ? { ok: true, value: r.output } : { ok: false, reason: v.summarize(r.issues) };
}

const checked =
  <S extends v.GenericSchema>(schema: S) =>
  (x: unknown): v.InferOutput<S> | undefined => {
    const r = v.safeParse(schema, x);
    return r.success ? r.output : undefined;
  };

/** shared/stored.ts's checks by these schemas: what the popup reads with (the background drops what fails them). */
export const schemaChecks: Checks = {
  guide: checked(GuideMemory),
  settings: checked(Settings),
  shop: checked(ShopRecord),
  connector: checked(ConnectorRecord),
  notices: checked(Notices),
};
