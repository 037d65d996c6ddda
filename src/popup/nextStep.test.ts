import { describe, expect, it } from 'vitest';
import { APP_STATES, CONNECTOR_STATES, OWNER_STATES } from '../shared/contract';
import { nextSteps, STILL_DOWN_MS } from './nextStep';

describe('nextSteps', () => {
  it('asks for the owner when something needs renewing and this is not the owner', () => {
    expect(nextSteps({ owner: 'not-owner', app: 'expired', connector: 'connected' })).toEqual(['ask-owner']);
    expect(nextSteps({ owner: 'not-owner', app: 'active', connector: 'disconnected' })).toEqual(['ask-owner']);
  });
  it.each([
    ['expired', 'connected'],
    ['expiring', 'connected'],
    ['active', 'disconnected'],
    ['active', 'error'],
    ['unknown', 'error'],
  ] as const)('re-authorizes when the app is %s and the connector %s', (app, connector) => {
    expect(nextSteps({ owner: 'owner', app, connector })).toEqual(['reauthorize']);
    expect(nextSteps({ owner: 'unknown', app, connector })).toEqual(['reauthorize']);
  });
  it('sends the user to read what is unknown', () => {
    expect(nextSteps({ owner: 'unknown', app: 'unknown', connector: 'unknown' })).toEqual(['open-my-apps', 'open-connector']);
    expect(nextSteps({ owner: 'owner', app: 'unknown', connector: 'connected' })).toEqual(['open-my-apps']);
    expect(nextSteps({ owner: 'owner', app: 'active', connector: 'unknown' })).toEqual(['open-connector']);
  });
  it('handles a connector being set up or connecting', () => {
    expect(nextSteps({ owner: 'owner', app: 'active', connector: 'not-configured' })).toEqual(['setup-connector']);
    expect(nextSteps({ owner: 'owner', app: 'active', connector: 'connecting' })).toEqual(['wait-connecting']);
  });
  it('says all is well when it is, even for a non-owner', () => {
    expect(nextSteps({ owner: 'owner', app: 'active', connector: 'connected' })).toEqual(['all-good']);
    expect(nextSteps({ owner: 'not-owner', app: 'active', connector: 'connected' })).toEqual(['all-good']);
    expect(nextSteps({ owner: 'unknown', app: 'active', connector: 'connected' })).toEqual(['all-good']);
  });
  describe('a down connector after the owner re-authorized', () => {
    const RENEWED = 1_000_000_000;
    it('read before the renewal: read it again, do not renew again', () => {
      for (const connector of ['disconnected', 'error'] as const)
        for (const app of ['active', 'unknown'] as const)
          expect(nextSteps({ owner: 'owner', app, connector, connectorSeenAt: RENEWED - 1, renewedAt: RENEWED })).toEqual(['check-connector']);
    });
    it('read after it, within a day: still down, so wait, refresh, then reconnect from Pipe17 (not renew again)', () => {
      for (const seenAt of [RENEWED, RENEWED + 60_000, RENEWED + STILL_DOWN_MS])
        expect(nextSteps({ owner: 'owner', app: 'active', connector: 'disconnected', connectorSeenAt: seenAt, renewedAt: RENEWED })).toEqual(['still-disconnected']);
    });
    it('read down more than a day after it: a new break, re-authorize again', () => {
      expect(nextSteps({ owner: 'owner', app: 'active', connector: 'error', connectorSeenAt: RENEWED + STILL_DOWN_MS + 1, renewedAt: RENEWED })).toEqual(['reauthorize']);
    });
    it('the authorization lapsed again in Seller Center: renew, whatever the connector says', () => {
      for (const app of ['expired', 'expiring'] as const)
        expect(nextSteps({ owner: 'owner', app, connector: 'disconnected', connectorSeenAt: RENEWED - 1, renewedAt: RENEWED })).toEqual(['reauthorize']);
    });
    it('no renewal, or no time for the reading: as before', () => {
      expect(nextSteps({ owner: 'owner', app: 'active', connector: 'disconnected', connectorSeenAt: RENEWED })).toEqual(['reauthorize']);
      expect(nextSteps({ owner: 'owner', app: 'active', connector: 'disconnected', renewedAt: RENEWED })).toEqual(['reauthorize']);
    });
    it('the last renewal went to another Target shop: repeat it with the right one, whatever else is known', () => {
      for (const app of ['active', 'expired', 'unknown'] as const)
        for (const connector of ['connected', 'disconnected', 'unknown'] as const)
          expect(nextSteps({ owner: 'owner', app, connector, wrongShopRenewed: true })).toEqual(['repeat-right-shop']);
      // Signed in as someone else now: only the owner can repeat it.
      for (const app of ['active', 'expired'] as const)
        expect(nextSteps({ owner: 'not-owner', app, connector: 'connected', wrongShopRenewed: true })).toEqual(['ask-owner']);
    });
    it('a renewal under way comes first, whatever Seller Center showed before it', () => {
      for (const app of ['active', 'expired', 'unknown'] as const)
        expect(nextSteps({ owner: 'owner', app, connector: 'disconnected', wrongShopRenewed: true, renewing: true })).toEqual(['finish-renewal']);
    });
    it('a healthy connector after a renewal: nothing changes', () => {
      expect(nextSteps({ owner: 'owner', app: 'active', connector: 'connected', connectorSeenAt: RENEWED - 1, renewedAt: RENEWED })).toEqual(['all-good']);
    });
  });
  it('always gives at least one step, and asks the owner only when not the owner', () => {
    for (const owner of OWNER_STATES)
      for (const app of APP_STATES)
        for (const connector of CONNECTOR_STATES) {
          const steps = nextSteps({ owner, app, connector });
          expect(steps.length).toBeGreaterThan(0);
          if (steps.includes('ask-owner')) expect(owner).toBe('not-owner');
          if (steps.includes('reauthorize')) expect(owner).not.toBe('not-owner');
        }
  });
});
