// The guide's memory and the one reducer that changes it: the background applies it to storage, the content script
// to its own copy at once (the background's write follows and confirms it). Pure, and valibot-free on purpose.
import type { GuideMemory, GuideMode, PendingRenewal } from './types';

/** A renewal pending longer than this is forgotten: the owner walked away. */
export const PENDING_RENEWAL_MS = 60 * 60 * 1000;

/** The most afterSteps ids remembered (the done panel has a handful). */
const MAX_AFTER_STEPS = 20;

export type GuideAction =
  /** guide/set: mode first, then an after-step tick, then finishing the done panel. */
  | { type: 'guide/set'; mode?: GuideMode | undefined; afterStep?: { id: string; done: boolean } | undefined; finish?: boolean | undefined }
  /** The owner pressed "Confirm to install": what they chose, pending until Seller Center shows Pipe17 Active. */
  | { type: 'renewal/pending'; renewal: Omit<PendingRenewal, 'at'> }
  /** The owner turned back after "Confirm to install": there is no renewal to wait for. */
  | { type: 'renewal/cancelled' };

const without = <T extends object, K extends keyof T>(o: T, ...keys: K[]): T => {
  const copy = { ...o };
  for (const k of keys) delete copy[k];
  return copy;
};

export function reduceGuide(guide: GuideMemory, action: GuideAction, now: number): GuideMemory {
  switch (action.type) {
    case 'renewal/pending': {
      const { expectedShop, ...p } = action.renewal;
      return { ...guide, pendingRenewal: { ...p, ...(expectedShop !== undefined ? { expectedShop } : {}), at: now }, updatedAt: now };
    }
    case 'renewal/cancelled':
      return guide.pendingRenewal ? { ...without(guide, 'pendingRenewal'), updatedAt: now } : guide;
    case 'guide/set': {
      let g: GuideMemory = { ...guide };
      // Starting (again) walks from the beginning; a pending renewal stays so `done` can still show.
      if (action.mode === 'started') g = { ...without(g, 'afterSteps'), mode: 'started' };
      else if (action.mode) g = { ...g, mode: action.mode };
      if (action.afterStep) {
        const ids = new Set(g.afterSteps ?? []);
        if (action.afterStep.done) ids.add(action.afterStep.id);
        else ids.delete(action.afterStep.id);
        g.afterSteps = [...ids].slice(-MAX_AFTER_STEPS);
      }
      if (action.finish) g = { ...without(g, 'pendingRenewal', 'afterSteps'), mode: 'auto' };
      g.updatedAt = now;
      return g;
    }
  }
}

/** The owner pressed Confirm to install within the last hour, and has not turned back or finished the done panel. */
export const renewalPending = (g: GuideMemory, now: number): boolean =>
  !!g.pendingRenewal && now - g.pendingRenewal.at < PENDING_RENEWAL_MS;
