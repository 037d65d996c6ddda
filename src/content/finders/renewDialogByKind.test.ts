import { beforeEach, describe, expect, it } from 'vitest';
import { learnAction, readPipe17RowByStructure } from './appsPageByStructure';
import { findRenewDialog } from './dialog';
import { dialog, html, PREFIXES, row } from './fixtures.test.util';
import { readRenewDialog } from './renewDialog';
import { findDialogByKind, readRenewDialogByKind } from './renewDialogByKind';
import { accent, unread } from './unread.test.util';

const expect_ = { current: 'Acme Outdoors US' };
const read = (el: Element, e: Parameters<typeof readRenewDialog>[1] = expect_) => readRenewDialogByKind(el, e, readRenewDialog(el, e));

beforeEach(() => {
  document.body.replaceChildren();
  learnAction('');
});

describe.each(PREFIXES)('the Renew dialog by the kind of its fields (%s)', (p) => {
  it('found as the one form dialog whatever its title; the words alone find nothing in it', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    expect(findRenewDialog(document)).toBeNull();
    const d = findDialogByKind(document)!;
    expect(d.getAttribute('role')).toBe('dialog');
    expect(readRenewDialog(d, expect_).checks['renew-option'].note).toBe('not-found');
  });
  it('two form dialogs: which one is the Renew dialog would be a guess', () => {
    html(unread(dialog(p) + dialog(p)));
    expect(findDialogByKind(document)).toBeNull();
  });
  it('a dialog with no checkbox is not it (a confirmation, an uninstall prompt)', () => {
    html(unread(dialog(p)).replace(/<input type="checkbox"[^>]*>/, ''));
    expect(findDialogByKind(document)).toBeNull();
  });
  it('the owner’s click that opened it names the renew action from then on', () => {
    html(`<table><tbody>${unread(row(p, { name: 'Pipe17' }))}</tbody></table>${unread(dialog(p))}`);
    const button = document.querySelector('tr button span')!;
    findDialogByKind(document, button);
    const r = readPipe17RowByStructure(document.querySelector('tr')!);
    expect(r.authorize?.matches('button')).toBe(true);
    expect(r.label).toBe(accent('Authorize'));
  });
  it('Target shop: the select holding the shop the header names; the option chosen unread is unverified', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US', option: accent('Re-authorize only') })));
    const f = read(findDialogByKind(document)!);
    expect(f.checks['target-shop']).toMatchObject({ state: 'ok', value: 'Acme Outdoors US', note: 'shop-unconfirmed' });
    expect(f.checks['target-shop'].field?.getAttribute('id')).toBe('shop_input');
    expect(f.checks['renew-option']).toMatchObject({ state: 'unverified', value: accent('Re-authorize only') });
    expect(f.checks['renew-option'].field?.getAttribute('id')).toBe('opt_input');
    expect(f.checks['contact-email']).toMatchObject({ state: 'ok', value: 'owner@acme-outdoors.com' });
    expect(f.checks.consent.state).toBe('missing');
    expect(f.checks.duration).toBeUndefined();
    expect(f.confirm?.textContent).toBe(accent('Confirm to install'));
  });
  it('nothing chosen is missing; another shop than the one Pipe17 uses is wrong; a malformed address is wrong', () => {
    html(unread(dialog(p, { email: 'owner@acme' })));
    const f = read(findDialogByKind(document)!, { shop: 'Acme Outdoors Outlet', current: 'Acme Outdoors US' });
    expect(f.checks['renew-option'].state).toBe('missing');
    expect(f.checks['contact-email']).toMatchObject({ state: 'wrong', value: 'owner@acme' });
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    const g = read(findDialogByKind(document)!, { shop: 'Acme Outdoors Outlet', current: 'Acme Outdoors US' });
    expect(g.checks['target-shop']).toMatchObject({ state: 'wrong', expected: 'Acme Outdoors Outlet' });
  });
  it('a cleared Target shop stays the field it was: missing, not unread', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })).replace(/<div style="position:absolute"><span class="[^"]*-trigger"><div class="[^"]*-select-popup"><div class="[^"]*" role="listbox" id="[^"]*-shop">[\s\S]*?<\/div><\/div><\/span><\/div>/, ''));
    const d = findDialogByKind(document)!;
    expect(read(d).checks['target-shop'].state).toBe('ok');
    const view = d.querySelector('#shop_input [class$="-select-view"]')!;
    view.setAttribute('title', '');
    view.querySelector('[class$="-select-view-value"]')!.remove();
    expect(read(d).checks['target-shop']).toMatchObject({ state: 'missing', value: '', field: d.querySelector('#shop_input') });
  });
  it('an input with no address in it and nothing saying it takes one is not taken for the email field', () => {
    html(unread(dialog(p, { email: 'owner(at)acme' })));
    expect(read(findDialogByKind(document)!).checks['contact-email'].note).toBe('not-found');
  });
  it('a period select: its words unread, the period chosen is unverified', () => {
    html(unread(dialog(p, { duration: { value: accent('6 months'), options: ['1 month', '6 months', '1 year'].map(accent) } })));
    const f = read(findDialogByKind(document)!);
    expect(f.checks.duration).toMatchObject({ state: 'unverified', value: accent('6 months') });
    expect(f.checks['renew-option'].field?.getAttribute('id')).toBe('opt_input');
  });
  it('what the words found stays as they read it', () => {
    html(dialog(p, { shop: 'Acme Outdoors US', option: 'Re-authorize and update permissions' }));
    const d = findRenewDialog(document)!;
    const words = readRenewDialog(d, expect_);
    expect(readRenewDialogByKind(d, expect_, words)).toEqual(words);
  });
});
