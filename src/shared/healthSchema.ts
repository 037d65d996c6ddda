// The stored form of guide health (storage.local), validated like every other record: a corrupt or foreign value
// reads as nothing seen yet, never as a part found.
import * as v from 'valibot';
import { emptyHealth, HEALTH_PARTS, PART_STATES, type Health, type HealthPart } from './health';

export const HEALTH_VERSION = 1;

const PartReading = v.object({
  state: v.picklist(PART_STATES),
  at: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
});

export const StoredHealth = v.object({
  v: v.literal(HEALTH_VERSION),
  parts: v.partial(v.object(Object.fromEntries(HEALTH_PARTS.map((p) => [p, PartReading])) as Record<HealthPart, typeof PartReading>)),
});
export type StoredHealth = v.InferOutput<typeof StoredHealth>;

/** Storage → health: every part present, unseen where the stored value has none or is not valid. */
export function healthFromStorage(value: unknown): Health {
  const parsed = v.safeParse(StoredHealth, value);
  const out = emptyHealth();
  if (!parsed.success) return out;
  for (const p of HEALTH_PARTS) {
    const r = parsed.output.parts[p];
    // "unseen" carries no time; found or missing without one is not a reading.
    if (r && r.state !== 'unseen' && r.at !== undefined) out[p] = { state: r.state, at: r.at };
  }
  return out;
}

export const healthToStorage = (h: Health): StoredHealth => ({ v: HEALTH_VERSION, parts: h });
