// The switchboard's features, each against a real context (a host mounted in the page) and the fake extension API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYS } from '../../shared/constants';
import { readStored, structural } from '../../shared/stored';
import { fakeBrowser, FAKE_EXTENSION_ID, resetFakeBrowser } from '../../test/fakeBrowser';
import { createContext, type Context } from '../context';
import type { Check } from '../finders/renewDialog';
import { placeOf } from '../pages';
import type { Facts } from '../steps';
import { guideActions } from './actions';
import { toggleFocus } from './focus';
import { answer } from './identify';
import { onClick, withdrawRenewal, init as renewal } from './renewal';
import { init as shops, shopFacts } from './shops';

const URL_MY_APPS = 'https://seller-us.tiktok.com/services/authorizations?tab=apps';
const tick = () => new Promise((r) => setTimeout(r, 0));
const sent = () => fakeBrowser._.sentToRuntime as { type: string }[];
const click = (target: Element, isTrusted = true) => ({ isTrusted, target }) as unknown as MouseEvent;
const check = (id: Check['id'], over: Partial<Check> = {}): Check => ({ id, state: 'ok', value: '', field: null, ...over });

let ctx: Context;
let ac: AbortController;
beforeEach(() => {
  resetFakeBrowser();
  document.body.innerHTML = '<header><span data-shop-name="Acme US"></span></header>';
  ctx = createContext(placeOf(URL_MY_APPS), readStored({}, structural));
  ac = new AbortController();
});
afterEach(() => {
  ac.abort();
  ctx.host.remove();
});

function renewDialog(checks: Partial<Record<Check['id'], Check>> = {}) {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML = '<button id="confirm">Confirm to install</button><button id="cancel">Cancel</button><input id="email">';
  document.body.append(dialog);
  const all = {
    'target-shop': check('target-shop', { value: 'Acme US' }),
    'renew-option': check('renew-option'),
    'contact-email': check('contact-email'),
    consent: check('consent'),
    ...checks,
  };
  const facts: Facts = {
    surface: 'seller-center',
    nav: null,
    apps: null,
    consent: null,
    dialog: { dialog, mentionsPipe17: true, checks: all, confirm: dialog.querySelector('#confirm'), reauthorizeOnlyMissing: false },
  };
  ctx.facts = facts;
  return dialog;
}

describe('renewal tracking', () => {
  it('Confirm to install: the renewal is posted to the outbox and sent, and this page confirmed it', async () => {
    const dialog = renewDialog();
    onClick(ctx, click(dialog.querySelector('#confirm')!));
    await tick();
    expect(ctx.confirmedHere).toBe(true);
    expect(sent()).toEqual([{ type: 'renewal/confirmed', host: 'seller-us.tiktok.com', shop: 'Acme US', targetShop: 'Acme US' }]);
    expect(fakeBrowser._.data[KEYS.renewalOutbox]).toMatchObject({ type: 'renewal/confirmed', targetShop: 'Acme US' });
  });

  it('a refused Confirm (a required field empty), or a page script’s click, renews nothing', async () => {
    const dialog = renewDialog({ 'contact-email': check('contact-email', { state: 'missing' }) });
    onClick(ctx, click(dialog.querySelector('#confirm')!));
    renewDialog();
    onClick(ctx, click(dialog.querySelector('#confirm')!, false));
    await tick();
    expect(ctx.confirmedHere).toBe(false);
    expect(sent()).toEqual([]);
  });

  it('Cancel after Confirm withdraws the renewal, here at once and to the background; with nothing confirmed, nothing is sent', async () => {
    const dialog = renewDialog();
    onClick(ctx, click(dialog.querySelector('#cancel')!));
    await tick();
    expect(sent()).toEqual([]);
    onClick(ctx, click(dialog.querySelector('#confirm')!));
    ctx.stored = { ...ctx.stored, guide: { ...ctx.stored.guide, pendingRenewal: { host: 'h', shopKey: 'h', targetShop: 'Acme US', at: 1 } } };
    onClick(ctx, click(dialog.querySelector('#cancel')!));
    await tick();
    expect(ctx.confirmedHere).toBe(false);
    expect(ctx.stored.guide.pendingRenewal).toBeUndefined();
    expect(sent().map((m) => m.type)).toEqual(['renewal/confirmed', 'renewal/cancelled']);
    expect(fakeBrowser._.data[KEYS.renewalOutbox]).toMatchObject({ type: 'renewal/cancelled' });
  });

  it('Authorize on another app’s row says the next Renew dialog is not Pipe17’s', () => {
    const table = document.createElement('table');
    table.innerHTML = '<tr><td>Klaviyo</td><td><button id="other">Authorize</button></td></tr>';
    document.body.append(table);
    ctx.facts = { surface: 'seller-center', nav: null, dialog: null, consent: null, apps: { page: table, appsTab: null, appsTabActive: true, loading: false, searchBox: null, pager: null, pipe17: null } };
    onClick(ctx, click(table.querySelector('#other')!));
    expect(ctx.lastAuthorize?.app).toBe('other');
  });

  describe('where the words are unread: whose dialog opens next', () => {
    /** My apps read by structure: bare div rows (no tr), Pipe17's "More" menu open at the end of <body> and another's. */
    function unreadPage(authorize: 'menu' | 'item') {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<main id="page"><div class="r"><div>Gorgias</div><div><button id="gorgias">⋯</button></div></div><div class="r" id="pipe17"><div>Pipe17</div><div><button id="more">⋯</button><button id="details">Ver</button></div></div></main>' +
          '<div role="menu" id="pipe17-menu"><div role="menuitem" id="item">Autorizar</div><div role="menuitem" id="contact">Contactar</div></div>' +
          '<div role="menu" id="other-menu"><div role="menuitem" id="other-item">Autorizar</div></div>',
      );
      const $ = (id: string) => document.getElementById(id)!;
      const pipe17 = { row: $('pipe17'), authorize: authorize === 'menu' ? $('pipe17-menu') : $('item'), unread: true, state: 'unknown' as const };
      ctx.facts = { surface: 'seller-center', nav: null, dialog: null, consent: null, apps: { page: $('page'), appsTab: null, appsTabActive: true, loading: false, searchBox: null, pager: null, pipe17 } };
      return $;
    }
    it('an item of Pipe17’s open "More" menu (drawn outside the row) is a click on Pipe17’s row action', () => {
      const $ = unreadPage('menu');
      onClick(ctx, click($('contact')));
      expect(ctx.lastAuthorize).toMatchObject({ app: 'pipe17', el: $('contact') });
    });
    it('another app’s menu, or another row drawn with divs, right after Pipe17’s: that dialog is not Pipe17’s', () => {
      const $ = unreadPage('item');
      onClick(ctx, click($('item')));
      expect(ctx.lastAuthorize?.app).toBe('pipe17');
      onClick(ctx, click($('other-item')));
      expect(ctx.lastAuthorize?.app).toBe('other');
      onClick(ctx, click($('item')));
      onClick(ctx, click($('gorgias')));
      expect(ctx.lastAuthorize?.app).toBe('other');
    });
    it('Pipe17’s own row, or a list in the open Renew dialog (a cascader’s menu), changes nothing', () => {
      const $ = unreadPage('item');
      onClick(ctx, click($('item')));
      onClick(ctx, click($('details')));
      expect(ctx.lastAuthorize?.app).toBe('pipe17');
      const apps = ctx.facts!.apps;
      renewDialog().insertAdjacentHTML('beforeend', '<ul role="menu"><li role="menuitem" id="region">US</li></ul>');
      ctx.facts = { ...ctx.facts!, apps };
      onClick(ctx, click($('region')));
      expect(ctx.lastAuthorize?.app).toBe('pipe17');
    });
  });

  it('Pipe17 Active after a renewal is reported once per walkthrough', async () => {
    renewal(ctx, ac.signal);
    const apps = { page: document.body, appsTab: null, appsTabActive: true, loading: false, searchBox: null, pager: null };
    const facts: Facts = { surface: 'seller-center', nav: null, dialog: null, consent: null, apps: { ...apps, pipe17: { row: document.body, authorize: null, state: 'active' } } };
    ctx.memory = { mode: 'auto', renewalPending: true };
    for (let i = 0; i < 3; i++) for (const listener of ctx.afterDerive) listener(facts, { id: 'done', target: null, progress: 5 });
    await tick();
    expect(sent()).toEqual([{ type: 'renewal/completed', host: 'seller-us.tiktok.com', shop: 'Acme US' }]);
  });

  it('withdrawing with nothing pending does nothing', async () => {
    withdrawRenewal(ctx);
    await tick();
    expect(sent()).toEqual([]);
  });
});

describe('shop reporting', () => {
  const apps = (pipe17: Partial<NonNullable<NonNullable<Facts['apps']>['pipe17']>>): Facts => ({
    surface: 'seller-center',
    nav: null,
    dialog: null,
    consent: null,
    apps: { page: document.body, appsTab: null, appsTabActive: true, loading: false, searchBox: null, pager: null, pipe17: { row: document.body, authorize: null, state: 'expired', ...pipe17 } },
  });

  it('owner by Authorize on the row, not the owner without it, not known while a closed More menu may hold it', () => {
    expect(shopFacts(ctx, apps({ authorize: document.body }))?.owner?.state).toBe('owner');
    expect(shopFacts(ctx, apps({}))?.owner?.state).toBe('not-owner');
    expect(shopFacts(ctx, apps({ more: document.body }))).not.toHaveProperty('owner');
    // A row read by structure: its action cell holds actions, whichever they are; no verdict either way.
    expect(shopFacts(ctx, apps({ authorize: document.body, unread: true }))).not.toHaveProperty('owner');
    expect(shopFacts(ctx, apps({ unread: true }))).not.toHaveProperty('owner');
    expect(shopFacts(ctx, { ...apps({}), apps: null })).toBeNull();
  });

  it('the shop on any page at start, then each change of what My apps shows, once', async () => {
    shops(ctx);
    for (const listener of ctx.afterDerive) {
      listener(apps({ statusText: 'Expired' }), { id: 'not-owner', target: null, progress: 3 });
      listener(apps({ statusText: 'Expired' }), { id: 'not-owner', target: null, progress: 3 });
      listener(apps({ authorize: document.body, statusText: 'Expired' }), { id: 'click-authorize', target: null, progress: 3 });
    }
    await tick();
    expect(sent().map((m) => [m.type, (m as { owner?: { state: string } }).owner?.state])).toEqual([
      ['shop/facts', undefined],
      ['shop/facts', 'not-owner'],
      ['shop/facts', 'owner'],
    ]);
  });
});

describe('tab identify', () => {
  it('answers only this extension, only the exact messages', () => {
    const me = { id: FAKE_EXTENSION_ID };
    expect(answer(ctx, { type: 'tab/identify' }, { id: 'another-extension' })).toBeUndefined();
    expect(answer(ctx, { type: 'tab/identify', extra: 1 }, me)).toBeUndefined();
    expect(answer(ctx, { type: 'shop/facts' }, me)).toBeUndefined();
    expect(answer(ctx, { type: 'tab/identify' }, me)).toEqual({ host: 'seller-us.tiktok.com', shop: 'Acme US' });
    expect(answer(ctx, { type: 'guide/focus' }, me)).toEqual({ moved: false });
  });
  it('a page in a language the guide has no words for: switching to English is advised only where the navigation read by structure finds nothing either', async () => {
    const me = { id: FAKE_EXTENSION_ID };
    document.documentElement.lang = 'qps-ploc';
    try {
      ctx.facts = { surface: 'seller-center', nav: null, apps: null, dialog: null, consent: null };
      expect(await answer(ctx, { type: 'tab/identify' }, me)).toEqual({ host: 'seller-us.tiktok.com', shop: 'Acme US', otherLanguage: 'qps-ploc' });
      // m4b's Growth group, its link to My apps kept hidden while it is closed: the guide can lead there.
      document.body.insertAdjacentHTML(
        'beforeend',
        '<aside class="theme-m4b-menu"><div class="theme-m4b-menu-group"><div class="theme-m4b-menu-title-txt">[Ĝŕóŵţĥ]</div><div class="theme-m4b-menu-sub" hidden><a id="menu_item_3" href="/services/authorizations?tab=apps"><div>x</div></a></div></div></aside>',
      );
      expect(await answer(ctx, { type: 'tab/identify' }, me)).toEqual({ host: 'seller-us.tiktok.com', shop: 'Acme US' });
    } finally {
      document.documentElement.lang = '';
    }
  });
});

describe('focus shortcut', () => {
  it('from the page to the launcher and back to where the owner was', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(toggleFocus(ctx)).toBe(false); // nothing of the guide shown
    ctx.launcher.hidden = false;
    expect(toggleFocus(ctx)).toBe(true);
    expect(ctx.shadow.activeElement).toBe(ctx.launcher);
    expect(toggleFocus(ctx)).toBe(true);
    expect(document.activeElement).toBe(input);
  });
});

describe('the guide’s actions', () => {
  it('change the memory here at once, with the background’s reducer, and send the same change', async () => {
    let derived = 0;
    ctx.derive = () => derived++;
    const actions = guideActions(ctx);
    actions.start();
    expect(ctx.stored.guide.mode).toBe('started');
    actions.toggleAfterStep('sync', true);
    expect(ctx.stored.guide.afterSteps).toEqual(['sync']);
    ctx.stored = { ...ctx.stored, guide: { ...ctx.stored.guide, pendingRenewal: { host: 'h', shopKey: 'h', targetShop: 'A', at: 1 } } };
    actions.repeat();
    expect(ctx.stored.guide).toMatchObject({ mode: 'started' });
    expect(ctx.stored.guide.pendingRenewal).toBeUndefined();
    expect(ctx.stored.guide.afterSteps).toBeUndefined();
    await tick();
    await tick();
    expect(sent()).toEqual([
      { type: 'guide/set', mode: 'started' },
      { type: 'guide/set', afterStep: { id: 'sync', done: true } },
      { type: 'guide/set', finish: true },
      { type: 'guide/set', mode: 'started' },
    ]);
    expect(derived).toBe(3);
  });
});
