// Pure: what the owner should do next, from the three states the popup shows and, after a renewal, when it was.
import type { AppState, ConnectorState, OwnerState } from '../shared/contract';

export type NextStepId =
  | 'ask-owner'
  | 'reauthorize'
  | 'open-my-apps'
  | 'open-connector'
  | 'setup-connector'
  | 'wait-connecting'
  /** The owner pressed Confirm to install and Seller Center has not shown Pipe17 Active since: finish and check. */
  | 'finish-renewal'
  /** The owner's last renewal went to another Target shop than the one Pipe17 uses: repeat it with that one. */
  | 'repeat-right-shop'
  /** The connector read down before the owner re-authorized: read it again before doing anything else. */
  | 'check-connector'
  /** The connector read down after the owner re-authorized: wait, refresh, then reconnect from Pipe17's side. */
  | 'still-disconnected'
  | 'all-good'
  /** The active Seller Center tab is shown in a language the guide cannot read (added by the popup's view). */
  | 'switch-language';

export type Status = {
  owner: OwnerState;
  app: AppState;
  connector: ConnectorState;
  /** When the connector's state was read (its evidence). */
  connectorSeenAt?: number;
  /** When the owner last confirmed a renewal of this shop with the Target shop expected (not a wrong shop). */
  renewedAt?: number;
  /** The owner's last renewal of this shop went to another Target shop than the one Pipe17 uses. */
  wrongShopRenewed?: boolean;
  /** A renewal of this shop is under way: Confirm to install pressed, not yet seen through to Pipe17 Active. */
  renewing?: boolean;
};

/**
 * How long after a renewal a down connector counts as "still" down: the renewal should have fixed it, so Pipe17's
 * side is the next thing to look at (the troubleshooting's "still disconnected"), not renewing again. Later than
 * this, a down connector is a new break, and re-authorizing is the fix again.
 */
export const STILL_DOWN_MS = 24 * 60 * 60 * 1000;

/** Steps in the order to do them; the first is the main one. */
export function nextSteps({ owner, app, connector, connectorSeenAt, renewedAt, wrongShopRenewed, renewing }: Status): NextStepId[] {
  // Half-way through: what Seller Center showed before it (expired, a wrong shop) is about to change.
  if (renewing) return ['finish-renewal'];
  // Whatever Seller Center and the connector say now, the shop Pipe17 uses was not the one renewed.
  if (wrongShopRenewed) return [owner === 'not-owner' ? 'ask-owner' : 'repeat-right-shop'];
  const lapsed = app === 'expired' || app === 'expiring';
  const down = connector === 'disconnected' || connector === 'error';
  // Re-authorized with the right shop, and Seller Center does not say the authorization lapsed again.
  if (down && !lapsed && renewedAt !== undefined && connectorSeenAt !== undefined) {
    if (connectorSeenAt < renewedAt) return ['check-connector'];
    if (connectorSeenAt - renewedAt <= STILL_DOWN_MS) return ['still-disconnected'];
  }
  if (lapsed || down) return [owner === 'not-owner' ? 'ask-owner' : 'reauthorize'];
  const steps: NextStepId[] = [];
  // My apps and incidents shows both who may authorize and the app's status.
  if (app === 'unknown' || (owner === 'unknown' && app !== 'active')) steps.push('open-my-apps');
  if (connector === 'unknown') steps.push('open-connector');
  else if (connector === 'not-configured') steps.push('setup-connector');
  else if (connector === 'connecting') steps.push('wait-connecting');
  return steps.length ? steps : ['all-good'];
}
