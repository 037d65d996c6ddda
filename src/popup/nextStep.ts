// Pure: what the owner should do next, from the three states the popup shows.
import type { AppState, ConnectorState, OwnerState } from '../shared/contract';

export type NextStepId =
  | 'ask-owner'
  | 'reauthorize'
  | 'open-my-apps'
  | 'open-connector'
  | 'setup-connector'
  | 'wait-connecting'
  | 'all-good'
  /** The active Seller Center tab is shown in a language the guide cannot read (added by the popup's view). */
  | 'switch-language';

export type Status = { owner: OwnerState; app: AppState; connector: ConnectorState };

/** Steps in the order to do them; the first is the main one. */
export function nextSteps({ owner, app, connector }: Status): NextStepId[] {
  const needsRenewal = app === 'expired' || app === 'expiring' || connector === 'disconnected' || connector === 'error';
  if (needsRenewal) return [owner === 'not-owner' ? 'ask-owner' : 'reauthorize'];
  const steps: NextStepId[] = [];
  // My apps and incidents shows both who may authorize and the app's status.
  if (app === 'unknown' || (owner === 'unknown' && app !== 'active')) steps.push('open-my-apps');
  if (connector === 'unknown') steps.push('open-connector');
  else if (connector === 'not-configured') steps.push('setup-connector');
  else if (connector === 'connecting') steps.push('wait-connecting');
  return steps.length ? steps : ['all-good'];
}
