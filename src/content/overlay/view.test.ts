import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from '../../shared/constants';
import type { GuideMemory } from '../../shared/types';
import type { Check } from '../finders/renewDialog';
import type { Facts, Step } from '../steps';
import { renderKey, viewOf, type View } from './view';

const el = () => document.createElement('div');
const step = (id: Step['id'], extra: Partial<Step> = {}): Step => ({ id, target: el(), progress: 3, ...extra });
const facts: Facts = { surface: 'seller-center', nav: null, apps: null, dialog: null, consent: null };
const guide = (over: Partial<GuideMemory> = {}): GuideMemory => ({ ...DEFAULT_GUIDE, ...over });
const pending = { host: 'seller-us.tiktok.com', shopKey: 'k', targetShop: 'Acme US', expectedShop: 'Acme EU', at: 1 };
const check = (id: Check['id'], over: Partial<Check> = {}): Check => ({ id, state: 'ok', value: '', field: null, ...over });
const inputs = { guide: guide(), emailSet: false, launcher: true, visitedElsewhere: false };

describe('viewOf', () => {
  it('started, launcher and Back: Back only in a started walkthrough that has been elsewhere in this tab', () => {
    expect(viewOf(step('open-growth'), facts, inputs)).toMatchObject({ started: false, launcher: true, canGoBack: false });
    expect(viewOf(step('open-growth'), facts, { ...inputs, visitedElsewhere: true }).canGoBack).toBe(false);
    const started = { ...inputs, guide: guide({ mode: 'started' }), visitedElsewhere: true };
    expect(viewOf(step('open-growth'), facts, started)).toMatchObject({ started: true, canGoBack: true });
    expect(viewOf(step('open-growth'), facts, { ...started, visitedElsewhere: false }).canGoBack).toBe(false);
  });

  it('the Renew dialog: its four checks in order and the dialog to dock beside', () => {
    const dialog = el();
    const checks = { 'target-shop': check('target-shop'), 'renew-option': check('renew-option'), 'contact-email': check('contact-email'), consent: check('consent', { state: 'missing' }) };
    const view = viewOf(step('renew-dialog'), { ...facts, dialog: { dialog, mentionsPipe17: true, checks, confirm: null, reauthorizeOnlyMissing: false } }, inputs);
    expect(view.checks?.map((c) => c.id)).toEqual(['target-shop', 'renew-option', 'contact-email', 'consent']);
    expect(view.dialog).toBe(dialog);
    expect(viewOf(step('renew-dialog'), facts, inputs)).not.toHaveProperty('checks');
  });

  it('the renewal under way only on the conditions page and done; after-steps only on done', () => {
    const g = { ...inputs, guide: guide({ pendingRenewal: pending, afterSteps: ['sync'] }) };
    expect(viewOf(step('authorize-consent'), facts, g)).toMatchObject({ renewal: { targetShop: 'Acme US', expectedShop: 'Acme EU' } });
    expect(viewOf(step('authorize-consent'), facts, g)).not.toHaveProperty('afterSteps');
    expect(viewOf(step('done'), facts, g)).toMatchObject({ renewal: { targetShop: 'Acme US' }, afterSteps: ['sync'] });
    expect(viewOf(step('click-authorize'), facts, g)).not.toHaveProperty('renewal');
    expect(viewOf(step('done'), facts, inputs)).toMatchObject({ afterSteps: [] });
    expect(viewOf(step('done'), facts, inputs)).not.toHaveProperty('renewal');
    const noExpected = { ...inputs, guide: guide({ pendingRenewal: { ...pending, expectedShop: undefined } }) };
    expect(viewOf(step('done'), facts, noExpected).renewal).toEqual({ targetShop: 'Acme US' });
  });

  it('Pipe17’s status text from the apps table, when shown', () => {
    const apps = { page: el(), appsTab: null, appsTabActive: true, loading: false, searchBox: null, pager: null };
    const withRow = { ...facts, apps: { ...apps, pipe17: { row: el(), authorize: null, state: 'expired' as const, statusText: 'Expired' } } };
    expect(viewOf(step('not-owner'), withRow, inputs).appStatusText).toBe('Expired');
    expect(viewOf(step('not-owner'), { ...facts, apps: { ...apps, pipe17: null } }, inputs)).not.toHaveProperty('appStatusText');
  });
});

describe('renderKey', () => {
  const base = (): View => viewOf(step('renew-dialog', { fix: check('consent', { state: 'missing' }) }), facts, inputs);

  it('the same view drawn again (new elements, same content) has the same key', () => {
    expect(renderKey(base())).toBe(renderKey(base()));
  });

  it('any field of the view, at any depth, changes the key: none has to be listed', () => {
    const changes: ((v: View) => View)[] = [
      (v) => ({ ...v, started: true }),
      (v) => ({ ...v, launcher: false }),
      (v) => ({ ...v, canGoBack: true }),
      (v) => ({ ...v, appStatusText: 'Expired' }),
      (v) => ({ ...v, afterSteps: ['sync'] }),
      (v) => ({ ...v, renewal: { targetShop: 'A' } }),
      (v) => ({ ...v, checks: [check('consent', { state: 'ok' })] }),
      (v) => ({ ...v, step: { ...v.step, progress: 4 } }),
      (v) => ({ ...v, step: { ...v.step, fix: check('consent', { state: 'missing', note: 'not-found' }) } }),
      (v) => ({ ...v, step: { ...v.step, menu: 'open' } }),
      // A field nobody has thought of yet.
      (v) => ({ ...v, step: { ...v.step, tomorrow: 1 } as Step }),
    ];
    for (const change of changes) expect(renderKey(change(base()))).not.toBe(renderKey(base()));
  });

  it('an element counts by being there, not by which one it is', () => {
    const v = base();
    expect(renderKey({ ...v, step: { ...v.step, target: el() } })).toBe(renderKey(v));
    expect(renderKey({ ...v, step: { ...v.step, target: null } })).not.toBe(renderKey(v));
  });
});
