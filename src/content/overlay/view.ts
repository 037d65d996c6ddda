// What the overlay shows for a step (the View), the actions it can take, and when it must render again.
// Plain types and pure functions: the content script builds a View on every page, the lazy UI renders it.
import type { GuideMemory } from '../../shared/types';
import type { Check } from '../finders/renewDialog';
import type { Facts, Step } from '../steps';

export interface View {
  step: Step;
  started: boolean;
  launcher: boolean;
  /** Renew dialog steps: the four checks in the dialog's order, and the dialog to dock beside. */
  checks?: Check[];
  dialog?: Element | null;
  /** Pipe17's status as the apps table showed it, for the "Re-authorize only missing" explanation. */
  appStatusText?: string;
  /** The Pipe17 row's expiry (yyyy-mm-dd) as the apps table showed it: done says until when Pipe17 is authorized. */
  expiresAt?: string;
  /** A contact email is set in the options: an address in the dialog that matches it needs no confirming. */
  emailSet?: boolean;
  /** The renewal under way (the conditions page, done): its Target shop, and the shop Pipe17 uses when known. */
  renewal?: Renewal;
  /** Done: the after-steps ticked so far. */
  afterSteps?: string[];
  canGoBack: boolean;
}

export interface Renewal {
  targetShop: string;
  expectedShop?: string;
}

export interface Actions {
  start(): void;
  dismiss(): void;
  back(): void;
  toggleAfterStep(id: string, done: boolean): void;
  finish(): void;
  repeat(): void;
  /** The support report for this page, built on demand. */
  report(): Promise<string>;
}

export interface ViewInputs {
  guide: GuideMemory;
  /** The integration's contact email is set in the options. */
  emailSet: boolean;
  /** The launcher belongs here (features/launcher.ts: the options' choice, the page, whether Pipe17 needs attention). */
  launcher: boolean;
  /** This tab showed a step on another page before: Back has somewhere to go. */
  visitedElsewhere: boolean;
}

export function viewOf(step: Step, facts: Facts, { guide: g, emailSet, launcher, visitedElsewhere }: ViewInputs): View {
  const pending = g.pendingRenewal;
  const d = facts.dialog;
  const appStatusText = facts.apps?.pipe17?.statusText;
  return {
    step,
    started: g.mode === 'started',
    launcher,
    canGoBack: g.mode === 'started' && visitedElsewhere,
    ...(d ? { checks: Object.values(d.checks), dialog: d.dialog } : {}),
    ...(appStatusText ? { appStatusText } : {}),
    ...(facts.apps?.pipe17?.expiresAt ? { expiresAt: facts.apps.pipe17.expiresAt } : {}),
    emailSet,
    ...((step.id === 'done' || step.id === 'authorize-consent') && pending
      ? { renewal: { targetShop: pending.targetShop, ...(pending.expectedShop ? { expectedShop: pending.expectedShop } : {}) } }
      : {}),
    ...(step.id === 'done' ? { afterSteps: g.afterSteps ?? [] } : {}),
  };
}

/**
 * Everything the overlay shows, as a string: the view with each element reduced to "one is there". A field added to
 * the view is in it without anyone listing it. Which elements (the spotlight's target, the dialog) the caller
 * compares by identity itself: a re-rendered page brings new ones with the same key.
 */
export function renderKey(view: View): string {
  return JSON.stringify(view, (_key, value: unknown) => (value instanceof Node ? 1 : value));
}
