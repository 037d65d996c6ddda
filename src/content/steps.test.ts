import { describe, expect, it } from 'vitest';
import type { AppsPageFacts } from './finders/appsTable';
import type { Check, RenewDialogFacts } from './finders/renewDialog';
import { deriveStep, firstFailing, PROGRESS_TOTAL, renewalSeenThrough, type Facts, type Memory } from './steps';

const el = (name: string) => {
  const e = document.createElement('button');
  e.textContent = name;
  return e;
};
const growth = el('Growth');
const myApps = el('My Apps & Services');
const appsTab = el('Apps');
const authorize = el('Authorize');
const search = el('search');
const confirm = el('Confirm to install');
const consentButton = el('Authorize');
const page = document.createElement('main');

const base: Facts = { surface: 'seller-center', nav: null, apps: null, dialog: null, consent: null };
const auto: Memory = { mode: 'auto', renewalPending: false };
const started: Memory = { mode: 'started', renewalPending: false };

const apps = (a: Partial<AppsPageFacts>): AppsPageFacts => ({
  page,
  appsTab,
  appsTabActive: true,
  loading: false,
  pipe17: null,
  searchBox: search,
  pager: null,
  ...a,
});
const row = (auth: Element | null, state: 'active' | 'expired' = 'expired') => ({ row: page, authorize: auth, state });

const check = (id: Check['id'], state: Check['state']): Check => ({ id, state, value: '', field: el(id) });
const dialog = (states: Check['state'][]): RenewDialogFacts => ({
  dialog: page,
  mentionsPipe17: true,
  confirm,
  reauthorizeOnlyMissing: false,
  checks: {
    'target-shop': check('target-shop', states[0]!),
    'renew-option': check('renew-option', states[1]!),
    'contact-email': check('contact-email', states[2]!),
    consent: check('consent', states[3]!),
  },
});

describe('deriveStep', () => {
  it('idle outside Seller Center and when dismissed', () => {
    expect(deriveStep({ ...base, surface: 'other' }, started).id).toBe('idle');
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize) }) }, { mode: 'dismissed', renewalPending: false }).id).toBe('idle');
  });
  it('before the owner starts, other Seller Center pages stay idle', () => {
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, myApps: null } }, auto).id).toBe('idle');
  });
  it('open-growth → open-my-apps once started', () => {
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, myApps: null } }, started)).toMatchObject({ id: 'open-growth', target: growth, progress: 1 });
    expect(deriveStep({ ...base, nav: { growth, growthOpen: true, myApps } }, started)).toMatchObject({ id: 'open-my-apps', target: myApps, progress: 2 });
    expect(deriveStep({ ...base, nav: { growth, growthOpen: true, myApps } }, started)).not.toHaveProperty('via');
    // No My apps item shown, the App store item is the way there: the step says which it points at.
    expect(deriveStep({ ...base, nav: { growth, growthOpen: true, myApps, myAppsVia: 'app-store' } }, started)).toMatchObject({ id: 'open-my-apps', target: myApps, via: 'app-store' });
     // A menu that opens in place on a click: the tooltip says click, not hover.
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, growthOnClick: true, myApps: null } }, started)).toMatchObject({ id: 'open-growth', click: true });
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, myApps: null } }, started).click).toBeUndefined();
    // A navigation folded to its icons: the tooltip names the spotlighted icon.
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, growthIconOnly: true, myApps: null } }, started)).toMatchObject({ id: 'open-growth', target: growth, iconOnly: true });
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, myApps: null } }, started).iconOnly).toBeUndefined();
  });
  it('falls back to the manual instruction when a label is not recognised', () => {
    expect(deriveStep({ ...base, nav: { growth: null, growthOpen: false, myApps: null } }, started)).toMatchObject({
      id: 'open-growth',
      target: null,
      fallback: 'growth-not-found',
    });
    expect(deriveStep({ ...base, nav: { growth, growthOpen: true, myApps: null } }, started)).toMatchObject({
      id: 'open-my-apps',
      target: null,
      fallback: 'my-apps-not-found',
    });
  });
  it.each([auto, started])('on My apps and incidents without starting (%o)', (m) => {
    expect(deriveStep({ ...base, apps: apps({ appsTabActive: false }) }, m)).toMatchObject({ id: 'open-apps-tab', target: appsTab });
    expect(deriveStep({ ...base, apps: apps({}) }, m)).toMatchObject({ id: 'find-pipe17', target: search });
    expect(deriveStep({ ...base, apps: apps({ searchBox: null, pager: page }) }, m)).toMatchObject({ id: 'find-pipe17', target: page });
    expect(deriveStep({ ...base, apps: apps({ searchBox: null, loading: true }) }, m)).toMatchObject({ id: 'find-pipe17', target: null, loading: true });
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize) }) }, m)).toMatchObject({ id: 'click-authorize', target: authorize, progress: 3 });
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(null) }) }, m)).toMatchObject({ id: 'not-owner', target: null });
  });
  it('Authorize in the row\'s "More" (⋯) menu: the menu button while it is closed, the item once open; not-owner only once seen without', () => {
    const more = el('more');
    expect(deriveStep({ ...base, apps: apps({ pipe17: { ...row(null), more } }) }, auto)).toMatchObject({ id: 'click-authorize', target: more, menu: 'closed' });
    expect(deriveStep({ ...base, apps: apps({ pipe17: { ...row(authorize), inMenu: true } }) }, auto)).toMatchObject({ id: 'click-authorize', target: authorize, menu: 'open' });
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize) }) }, auto).menu).toBeUndefined();
    expect(deriveStep({ ...base, apps: apps({ pipe17: { ...row(null), more: null } }) }, auto).id).toBe('not-owner');
  });
  it('the Renew dialog: first failing check, then confirm-install', () => {
    const s = deriveStep({ ...base, apps: apps({ pipe17: row(authorize) }), dialog: dialog(['ok', 'wrong', 'ok', 'missing']) }, auto);
    expect(s).toMatchObject({ id: 'renew-dialog', progress: 4 });
    expect(s.fix?.id).toBe('renew-option');
    expect(s.target?.textContent).toBe('renew-option');
    expect(deriveStep({ ...base, dialog: dialog(['ok', 'ok', 'ok', 'missing']) }, auto).fix?.id).toBe('consent');
    expect(deriveStep({ ...base, dialog: dialog(['ok', 'ok', 'ok', 'ok']) }, auto)).toMatchObject({ id: 'confirm-install', target: confirm });
  });
  it('a Renew dialog for another app: the guide stays out of its way', () => {
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize) }), otherDialog: true }, auto).id).toBe('idle');
  });
  it('authorization page, the renewal confirmed for another shop than Pipe17 uses: the ring on Cancel (contract v2)', () => {
    const cancel = el('Cancel');
    const f: Facts = { ...base, surface: 'authorization', consent: { authorize: consentButton, cancel, mentionsPipe17: true } };
    expect(deriveStep(f, { mode: 'auto', renewalPending: true, otherShop: true })).toMatchObject({ id: 'authorize-consent', target: cancel, otherShop: true });
    // No Cancel found: no ring at all rather than one on Authorize, which the words ask not to press.
    expect(deriveStep({ ...f, consent: { authorize: consentButton, cancel: null, mentionsPipe17: true } }, { mode: 'auto', renewalPending: true, otherShop: true }).target).toBeNull();
    // The right shop: Authorize, as before.
    expect(deriveStep(f, { mode: 'auto', renewalPending: true, otherShop: false }).target).toBe(consentButton);
  });
  it('authorization page: authorize-consent for Pipe17 or a pending renewal only', () => {
    const consent = { authorize: consentButton, mentionsPipe17: false };
    const f: Facts = { ...base, surface: 'authorization', consent };
    expect(deriveStep(f, auto).id).toBe('idle');
    expect(deriveStep(f, { mode: 'auto', renewalPending: true })).toMatchObject({ id: 'authorize-consent', target: consentButton, progress: 5 });
    expect(deriveStep({ ...f, consent: { ...consent, mentionsPipe17: true } }, auto).id).toBe('authorize-consent');
    // An "I agree" box not ticked yet: still Authorize spotlighted, the instruction says to tick the box first.
    expect(deriveStep({ ...f, consent: { ...consent, mentionsPipe17: true, tickFirst: true } }, auto)).toMatchObject({
      id: 'authorize-consent',
      target: consentButton,
      tickFirst: true,
    });
    expect(deriveStep({ ...f, consent: { authorize: null, mentionsPipe17: true } }, auto)).toMatchObject({
      id: 'authorize-consent',
      target: null,
      fallback: 'authorize-not-found',
    });
  });
  it('done only after a confirmed renewal with Pipe17 Active', () => {
    const pending: Memory = { mode: 'auto', renewalPending: true };
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize, 'active') }) }, pending).id).toBe('done');
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize, 'active') }) }, auto).id).toBe('click-authorize');
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize, 'expired') }) }, pending).id).toBe('click-authorize');
  });
  it('a renewal is seen through on the Apps tab with Pipe17 Active and nothing open over it, whatever the guide’s mode', () => {
    const active = { ...base, apps: apps({ pipe17: row(authorize, 'active') }) };
    for (const mode of ['auto', 'started', 'dismissed'] as const) expect(renewalSeenThrough(active, { mode, renewalPending: true })).toBe(true);
    expect(renewalSeenThrough(active, auto)).toBe(false);
    expect(renewalSeenThrough({ ...active, otherDialog: true }, { mode: 'auto', renewalPending: true })).toBe(false);
    expect(renewalSeenThrough({ ...active, dialogPending: true }, { mode: 'auto', renewalPending: true })).toBe(false);
    expect(renewalSeenThrough({ ...base, apps: apps({ pipe17: row(authorize, 'active'), appsTabActive: false }) }, { mode: 'auto', renewalPending: true })).toBe(false);
    // Dismissed: recorded, but no done panel.
    expect(deriveStep(active, { mode: 'dismissed', renewalPending: true }).id).toBe('idle');
  });
});

// Facts of the walkthrough that the cases above leave open.
describe('deriveStep: the rest of the path', () => {
  const pending: Memory = { mode: 'auto', renewalPending: true };

  it('the conditions page is the last of the five steps, and the Renew dialog the fourth', () => {
    expect(PROGRESS_TOTAL).toBe(5);
    const f: Facts = { ...base, surface: 'authorization', consent: { authorize: consentButton, mentionsPipe17: true } };
    expect(deriveStep(f, auto).progress).toBe(PROGRESS_TOTAL);
    expect(deriveStep({ ...base, dialog: dialog(['ok', 'ok', 'ok', 'ok']) }, auto).progress).toBe(4);
    expect(deriveStep({ ...base, apps: apps({ appsTabActive: false }) }, auto).progress).toBe(3);
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(null) }) }, auto).progress).toBe(3);
    expect(deriveStep({ ...base, apps: apps({}) }, auto).progress).toBe(3);
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize, 'active') }) }, pending).progress).toBe(5);
    expect(deriveStep({ ...base, surface: 'other' }, started).progress).toBe(0);
  });

  it('a conditions page the owner started the guide for is guided even when it does not name Pipe17', () => {
    const f: Facts = { ...base, surface: 'authorization', consent: { authorize: consentButton, mentionsPipe17: false } };
    expect(deriveStep(f, started)).toMatchObject({ id: 'authorize-consent', target: consentButton });
  });

  it('an authorization page whose conditions were not read: nothing shown, whatever the memory', () => {
    const f: Facts = { ...base, surface: 'authorization', consent: null };
    expect(deriveStep(f, started).id).toBe('idle');
    expect(deriveStep(f, pending).id).toBe('idle');
  });

  it('a conditions page with no "I agree" box to tick says nothing about one', () => {
    const f: Facts = { ...base, surface: 'authorization', consent: { authorize: consentButton, mentionsPipe17: true } };
    expect(deriveStep(f, auto).tickFirst).toBeUndefined();
    expect(deriveStep(f, auto).fallback).toBeUndefined();
  });

  it('the Pipe17 Renew dialog still being read: the dialog step, nothing pointed at yet, over the apps page behind it', () => {
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize) }), dialogPending: true }, auto)).toMatchObject({ id: 'renew-dialog', target: null, progress: 4 });
    expect(deriveStep({ ...base, dialogPending: true }, auto).fix).toBeUndefined();
  });

  it('the Pipe17 Renew dialog comes before another app’s dialog and before done', () => {
    expect(deriveStep({ ...base, dialog: dialog(['ok', 'ok', 'ok', 'ok']), otherDialog: true }, auto).id).toBe('confirm-install');
    expect(deriveStep({ ...base, apps: apps({ pipe17: row(authorize, 'active') }), dialog: dialog(['ok', 'ok', 'ok', 'ok']) }, pending).id).toBe('confirm-install');
  });

  it('a started walkthrough on a page without the navigation read: the manual instruction for Growth', () => {
    expect(deriveStep(base, started)).toMatchObject({ id: 'open-growth', target: null, progress: 1, fallback: 'growth-not-found' });
    expect(deriveStep({ ...base, nav: { growth, growthOpen: true, myApps: null } }, started).progress).toBe(2);
  });

  it('My Apps & Services in view is pointed at even while Growth reads as closed', () => {
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, myApps } }, started)).toMatchObject({ id: 'open-my-apps', target: myApps });
  });

  it('steps found without trouble carry no fallback', () => {
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, myApps: null } }, started).fallback).toBeUndefined();
    expect(deriveStep({ ...base, nav: { growth, growthOpen: true, myApps } }, started).fallback).toBeUndefined();
  });

  it('a renewal is not seen through while a Renew dialog is open over the list, or with Pipe17 not in it', () => {
    const active = { ...base, apps: apps({ pipe17: row(authorize, 'active') }) };
    expect(renewalSeenThrough({ ...active, dialog: dialog(['ok', 'ok', 'ok', 'ok']) }, pending)).toBe(false);
    expect(renewalSeenThrough({ ...base, apps: apps({}) }, pending)).toBe(false);
    expect(renewalSeenThrough(base, pending)).toBe(false);
  });
});

describe('firstFailing', () => {
  it('names the checks in the order the dialog shows them: Target shop, Renew options, Contact email, consent', () => {
    expect(firstFailing(dialog(['missing', 'wrong', 'missing', 'missing']))?.id).toBe('target-shop');
    expect(firstFailing(dialog(['ok', 'ok', 'wrong', 'missing']))?.id).toBe('contact-email');
    expect(firstFailing(dialog(['ok', 'ok', 'ok', 'ok']))).toBeNull();
  });
});

describe('a Seller Center in a language the guide has no words for (read by structure)', () => {
  const cell = document.createElement('td');
  const unreadRow = (a: Partial<ReturnType<typeof row>> & { expiresAt?: string; tone?: 'good' | 'bad'; label?: string } = {}) => ({
    row: page,
    authorize: cell as Element | null,
    state: 'unknown' as const,
    unread: true,
    ...a,
  });
  it('click-authorize on the row’s action cell, marked unread; with the action’s own label once known', () => {
    expect(deriveStep({ ...base, apps: apps({ pipe17: unreadRow() }) }, auto)).toMatchObject({ id: 'click-authorize', target: cell, unread: '' });
    expect(deriveStep({ ...base, apps: apps({ pipe17: unreadRow({ authorize, label: 'Autorizar' }) }) }, auto)).toMatchObject({ target: authorize, unread: 'Autorizar' });
  });
  it('no action found on an unread row: the manual instruction, never a not-owner verdict', () => {
    const s = deriveStep({ ...base, apps: apps({ pipe17: unreadRow({ authorize: null }) }) }, auto);
    expect(s).toMatchObject({ id: 'click-authorize', target: null, fallback: 'action-not-found' });
  });
  it('done: the expiry moved past the one seen at Confirm to install; a tag coloured as a problem vetoes it; colour alone never does it', () => {
    const pending: Memory = { mode: 'started', renewalPending: true, expiresBefore: '2026-11-20' };
    const back = (r: NonNullable<AppsPageFacts['pipe17']>) => ({ ...base, apps: apps({ pipe17: r }) });
    expect(renewalSeenThrough(back(unreadRow({ expiresAt: '2027-12-01' })), pending)).toBe(true);
    expect(deriveStep(back(unreadRow({ expiresAt: '2027-12-01' })), pending).id).toBe('done');
    expect(renewalSeenThrough(back(unreadRow({ expiresAt: '2026-11-20' })), pending)).toBe(false);
    expect(renewalSeenThrough(back(unreadRow({ expiresAt: '2027-12-01', tone: 'bad' })), pending)).toBe(false);
    expect(renewalSeenThrough(back(unreadRow({ tone: 'good' })), pending)).toBe(false);
    expect(renewalSeenThrough(back(unreadRow({ expiresAt: '2027-12-01' })), { ...pending, expiresBefore: undefined })).toBe(false);
    // A row read by its words is never done by its date alone: its status says.
    expect(renewalSeenThrough(back({ ...row(authorize, 'expired'), expiresAt: '2027-12-01' }), pending)).toBe(false);
  });
  it('navigation and the conditions page found by structure carry the mark to the tooltip', () => {
    expect(deriveStep({ ...base, nav: { growth, growthOpen: false, growthOnClick: true, myApps: null, unread: '' } }, started)).toMatchObject({ id: 'open-growth', unread: '' });
    expect(deriveStep({ ...base, nav: { growth: null, growthOpen: true, myApps, unread: '' } }, started)).toMatchObject({ id: 'open-my-apps', unread: '' });
    const consent = { authorize: consentButton, mentionsPipe17: true, unread: '' };
    expect(deriveStep({ ...base, surface: 'authorization', consent }, started)).toMatchObject({ id: 'authorize-consent', target: consentButton, unread: '' });
  });
});
