// Guide health: for each part of Seller Center the guide looks for, whether the last page that could show it had it
// (`found`), had it not (`missing`), or no page has been read for it yet (`unseen`), and when. Pure, no schema library:
// the stored form's schema is in healthSchema.ts, and the content script's reading of a page in healthOf.ts.
import type { HealthPart, PageHealth } from './healthOf';

export { healthOf, type HealthFacts, type HealthPart, type PageHealth } from './healthOf';

/** The parts, in the order the walkthrough meets them: the popup's `[data-field="guide-health"] [data-part]`. */
export const HEALTH_PARTS = [
  'growth',
  'my-apps-link',
  'apps-tab',
  'pipe17-row',
  'authorize',
  'renew-dialog',
  // The Renew dialog's fields, named as their checks (`[data-check]`), and its button.
  'target-shop',
  'renew-option',
  'contact-email',
  'consent',
  'duration',
  'confirm-install',
  'consent-page',
] as const satisfies readonly HealthPart[];
// Every part healthOf can name is listed above, and nothing else.
type Holds<X extends true> = X;
export type PartsListed = Holds<[HealthPart] extends [(typeof HEALTH_PARTS)[number]] ? true : false>;

export const PART_STATES = ['found', 'missing', 'unseen'] as const;
export type PartState = (typeof PART_STATES)[number];

export interface PartReading {
  state: PartState;
  /** When it was read (ms since the epoch); absent while unseen. */
  at?: number;
}
export type Health = Record<HealthPart, PartReading>;

export const emptyHealth = (): Health =>
  Object.fromEntries(HEALTH_PARTS.map((p) => [p, { state: 'unseen' }])) as Health;

/**
 * A new page's reading merged into the stored one: per part, the newer reading wins, so health shows what the last
 * page able to show each part had. Anything not a known part or state is ignored; an older reading never wins.
 */
export function mergeHealth(stored: Health, page: PageHealth, at: number): Health {
  const out = { ...stored };
  for (const part of HEALTH_PARTS) {
    const state = page[part];
    if (state !== 'found' && state !== 'missing') continue;
    const before = stored[part];
    if (before?.at !== undefined && before.at > at) continue;
    out[part] = { state, at };
  }
  return out;
}

/** The parts found missing, in the walkthrough's order: where the guide lost its way. */
export const missingParts = (h: Health): HealthPart[] => HEALTH_PARTS.filter((p) => h[p]?.state === 'missing');
