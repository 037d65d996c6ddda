// Names fixed by ../shared/guide-contract.md. Extend, never rename.

export const HOST_ID = 'pipe17-reauth-guide';

export const STEP_IDS = [
  'idle',
  'open-growth',
  'open-my-apps',
  'open-apps-tab',
  'find-pipe17',
  'click-authorize',
  'not-owner',
  'renew-dialog',
  'confirm-install',
  'authorize-consent',
  'done',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The Renew dialog's checks; `duration` only where the dialog has an authorization period field. */
export const CHECK_IDS = ['target-shop', 'renew-option', 'contact-email', 'consent', 'duration'] as const;
export type CheckId = (typeof CHECK_IDS)[number];
/** `unverified`: a value is chosen, but in this page's language the guide cannot read whether it is the right one. */
export type CheckState = 'missing' | 'wrong' | 'ok' | 'unverified';

export const OWNER_STATES = ['owner', 'not-owner', 'unknown'] as const;
export type OwnerState = (typeof OWNER_STATES)[number];

export const APP_STATES = ['active', 'expiring', 'expired', 'unknown'] as const;
export type AppState = (typeof APP_STATES)[number];

export const CONNECTOR_STATES = ['connected', 'connecting', 'disconnected', 'error', 'not-configured', 'unknown'] as const;
export type ConnectorState = (typeof CONNECTOR_STATES)[number];
