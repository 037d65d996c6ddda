import { describe, expect, it } from 'vitest';
import type { Facts } from '../content/steps';
import { emptyHealth, healthOf, mergeHealth, missingParts, type HealthFacts } from './health';
import { healthFromStorage, healthToStorage } from './healthSchema';

const el = (): Element => document.createElement('div');
const none: HealthFacts = { surface: 'seller-center', nav: null, apps: null, dialog: null, consent: null };

describe('healthOf', () => {
  it('takes the content script’s Facts as they are', () => {
    const facts: Facts = { surface: 'seller-center', nav: { growth: el(), growthOpen: false, myApps: null }, apps: null, dialog: null, consent: null };
    expect(healthOf(facts)).toEqual({ growth: 'found' });
  });

  it('the navigation: Growth found or missing; its item only once the menu is open', () => {
    expect(healthOf({ ...none, nav: { growth: null, growthOpen: false, myApps: null } })).toEqual({ growth: 'missing' });
    expect(healthOf({ ...none, nav: { growth: el(), growthOpen: true, myApps: null } })).toEqual({ growth: 'found', 'my-apps-link': 'missing' });
    expect(healthOf({ ...none, nav: { growth: el(), growthOpen: true, myApps: el() } })).toEqual({ growth: 'found', 'my-apps-link': 'found' });
  });

  it('My apps: the tab, the row once the table has loaded, Authorize unless a closed menu may hold it', () => {
    const apps = { appsTab: el(), appsTabActive: true, loading: false, pipe17: { authorize: el() } };
    expect(healthOf({ ...none, apps })).toEqual({ 'apps-tab': 'found', 'pipe17-row': 'found', authorize: 'found' });
    expect(healthOf({ ...none, apps: { ...apps, pipe17: null, loading: true } })).toEqual({ 'apps-tab': 'found' });
    expect(healthOf({ ...none, apps: { ...apps, pipe17: null } })).toEqual({ 'apps-tab': 'found', 'pipe17-row': 'missing' });
    expect(healthOf({ ...none, apps: { ...apps, appsTab: null, appsTabActive: false, pipe17: null } })).toEqual({ 'apps-tab': 'missing' });
    expect(healthOf({ ...none, apps: { ...apps, pipe17: { authorize: null, more: el() } } })).toEqual({ 'apps-tab': 'found', 'pipe17-row': 'found' });
    expect(healthOf({ ...none, apps: { ...apps, pipe17: { authorize: null, more: null } } })).toMatchObject({ authorize: 'missing' });
  });

  it('the Renew dialog and each field; the period field only when present', () => {
    const checks = { 'target-shop': { field: el() }, 'renew-option': { field: null }, 'contact-email': { field: el() }, consent: { field: el() } };
    expect(healthOf({ ...none, dialog: { checks, confirm: null } })).toEqual({
      'renew-dialog': 'found', 'target-shop': 'found', 'renew-option': 'missing', 'contact-email': 'found', consent: 'found', 'confirm-install': 'missing',
    });
    expect(healthOf({ ...none, dialog: { checks: { ...checks, duration: { field: el() } }, confirm: el() } })).toMatchObject({ duration: 'found', 'confirm-install': 'found' });
  });

  it('the conditions page, on the authorization host or on Seller Center', () => {
    expect(healthOf({ ...none, surface: 'authorization', consent: { authorize: null } })).toEqual({ 'consent-page': 'missing' });
    expect(healthOf({ ...none, consent: { authorize: el() } })).toEqual({ 'consent-page': 'found' });
    expect(healthOf({ ...none, surface: 'other', nav: { growth: null, growthOpen: false, myApps: null } })).toEqual({});
  });
});

describe('mergeHealth', () => {
  it('starts unseen, and each page sets only the parts it read, with when', () => {
    const h = mergeHealth(emptyHealth(), { growth: 'found' }, 100);
    expect(h.growth).toEqual({ state: 'found', at: 100 });
    expect(h['apps-tab']).toEqual({ state: 'unseen' });
    const h2 = mergeHealth(h, { 'apps-tab': 'missing' }, 200);
    expect(h2.growth).toEqual({ state: 'found', at: 100 });
    expect(missingParts(h2)).toEqual(['apps-tab']);
  });

  it('the newer reading wins; an older one arriving late does not', () => {
    const h = mergeHealth(emptyHealth(), { authorize: 'missing' }, 200);
    expect(mergeHealth(h, { authorize: 'found' }, 300).authorize).toEqual({ state: 'found', at: 300 });
    expect(mergeHealth(h, { authorize: 'found' }, 100).authorize).toEqual({ state: 'missing', at: 200 });
  });

  it('ignores what is not a part or a state, and leaves the stored value untouched', () => {
    const stored = emptyHealth();
    const page = { bogus: 'found', growth: 'unseen', 'apps-tab': 'yes' } as never;
    expect(mergeHealth(stored, page, 5)).toEqual(emptyHealth());
    mergeHealth(stored, { growth: 'found' }, 5);
    expect(stored.growth).toEqual({ state: 'unseen' });
  });
});

describe('stored health', () => {
  it('round-trips', () => {
    const h = mergeHealth(emptyHealth(), { growth: 'found', 'consent-page': 'missing' }, 42);
    expect(healthFromStorage(JSON.parse(JSON.stringify(healthToStorage(h))))).toEqual(h);
  });
  it.each([
    ['nothing', undefined],
    ['another version', { v: 2, parts: { growth: { state: 'found', at: 1 } } }],
    ['a bad state', { v: 1, parts: { growth: { state: 'ok', at: 1 } } }],
    ['a bad time', { v: 1, parts: { growth: { state: 'found', at: -1 } } }],
  ])('%s reads as nothing seen', (_, value) => {
    expect(healthFromStorage(value)).toEqual(emptyHealth());
  });
  it('a reading without a time is not a reading; unknown parts are dropped', () => {
    expect(healthFromStorage({ v: 1, parts: { growth: { state: 'found' }, bogus: { state: 'found', at: 1 } } })).toEqual(emptyHealth());
  });
});
