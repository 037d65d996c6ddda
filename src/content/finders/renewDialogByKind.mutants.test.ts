// The Renew dialog read by the kind of its fields, beyond the first tests (found by mutation testing, `npm run mutate`):
// which dialog is the form, which select holds the shop, the renew option or the period, which input the address,
// which button confirms, when the dialog draws more than one of a kind, hides one, or draws a value with more than text.
import { beforeEach, describe, expect, it } from 'vitest';
import { learnAction, readPipe17RowByStructure } from './appsPageByStructure';
import { dialog, html, PREFIXES, row } from './fixtures.test.util';
import { readRenewDialog, type Expectations } from './renewDialog';
import { findDialogByKind, readRenewDialogByKind } from './renewDialogByKind';
import { accent, unread } from './unread.test.util';

const header = { current: 'Acme Outdoors US' };
const read = (e: Expectations = header) => {
  const d = findDialogByKind(document)!;
  return readRenewDialogByKind(d, e, readRenewDialog(d, e));
};
/** Markup with these words back as the guide knows them (the rest of the page in a language it does not). */
const known = (markup: string, ...words: string[]) => words.reduce((m, w) => m.replaceAll(accent(w), w), markup);
/** The form item of the control with this id. */
const itemOf = (id: string) => document.getElementById(id)!.closest('[class$="-form-item"]')!;
/** An Arco select showing `value`, its list (when mounted) the one with id `list`. */
const select = (p: string, id: string, value: string, list?: string) =>
  `<div role="combobox" id="${id}" class="${p}-select" ${list ? `aria-controls="${list}"` : ''}><div title="${value}" class="${p}-select-view"><span class="${p}-select-view-value">${value}</span></div></div>`;
/** A value drawn with more than its text (an avatar, a tag): the view has no title, the texts are its parts. */
const drawValue = (id: string, inner: string) => {
  const view = document.querySelector(`#${id} [class$="-select-view"]`)!;
  view.setAttribute('title', '');
  view.querySelector('[class$="-select-view-value"]')!.innerHTML = inner;
};

beforeEach(() => {
  document.body.replaceChildren();
  learnAction('');
});

describe.each(PREFIXES)('the one form dialog (%s)', (p) => {
  it('a hidden form dialog beside the shown one does not make two', () => {
    html(unread(dialog(p)) + unread(dialog(p)).replace('style="display: block;"', 'hidden'));
    expect(findDialogByKind(document)).toBe(document.querySelectorAll('[role="dialog"]')[0]);
  });

  it('a form dialog animating out beside the one opening does not make two', () => {
    html(unread(dialog(p, { leaving: true })) + unread(dialog(p)));
    expect(findDialogByKind(document)?.className).not.toMatch(/exit/);
  });

  it('opened again with no click known, the renew action learned from the first click stays', () => {
    html(`<table><tbody>${unread(row(p, { name: 'Pipe17' }))}</tbody></table>${unread(dialog(p))}`);
    findDialogByKind(document, document.querySelector('tr button span')!);
    findDialogByKind(document);
    expect(readPipe17RowByStructure(document.querySelector('tr')!).label).toBe(accent('Authorize'));
  });

  it('a click on Pipe17’s own name teaches no renew action', () => {
    html(`<table><tbody>${unread(row(p, { name: 'Pipe17' }))}</tbody></table>${unread(dialog(p))}`);
    findDialogByKind(document, document.querySelector('tr button span')!);
    findDialogByKind(document, document.querySelector('tr .name')!);
    expect(readPipe17RowByStructure(document.querySelector('tr')!).label).toBe(accent('Authorize'));
  });
});

describe.each(PREFIXES)('Target shop by kind (%s)', (p) => {
  it('a shop drawn with an avatar and its region: the shop’s name is the value, checked against the shop the owner set', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    drawValue('shop_input', '<span class="avatar">A</span><span>Acme Outdoors US</span><span>United States</span>');
    expect(read().checks['target-shop']).toMatchObject({ id: 'target-shop', state: 'ok', value: 'Acme Outdoors US', note: 'shop-unconfirmed' });
    // Two shops known, the one shown is the header's, not the owner's: the name still is the part that is a shop.
    expect(read({ shop: 'Acme Outdoors Outlet', current: 'Acme Outdoors US' }).checks['target-shop']).toMatchObject({ state: 'wrong', value: 'Acme Outdoors US' });
  });

  it('two selects listing the shops: which one is Target shop would be a guess', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    itemOf('shop_input').insertAdjacentHTML('afterend', `<div>${select(p, 'copy_input', 'Acme Outdoors Outlet', `${p}-select-popup-shop`)}</div>`);
    expect(read().checks['target-shop'].note).toBe('not-found');
  });

  it('a select listing none of the shops the guide knows is not Target shop', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    expect(read({ current: 'Acme Outdoors CA' }).checks['target-shop'].note).toBe('not-found');
  });

  it('an option without text in another list does not make that select a shop select (no shop set by the owner)', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    document.getElementById(`${p}-select-popup-opt`)!.insertAdjacentHTML('beforeend', '<li role="option" aria-selected="false"></li>');
    expect(read().checks['target-shop'].field?.id).toBe('shop_input');
  });

  it('Target shop drawn anew, cleared and its list not mounted, is not read from the select it replaced', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    expect(read().checks['target-shop'].state).toBe('ok');
    document.getElementById('shop_input')!.outerHTML = select(p, 'shop_input', '');
    expect(read().checks['target-shop']).toMatchObject({ value: '', note: 'not-found' });
  });

  it('Target shop the words read as text stays, though another select in the dialog lists the shops', () => {
    html(dialog(p, { shop: 'Acme Outdoors US', option: 'Re-authorize only' }));
    document.getElementById('shop_input')!.outerHTML = '<span id="shop_input">Acme Outdoors US</span>';
    itemOf('opt_input').insertAdjacentHTML('afterend', `<div>${select(p, 'copy_input', 'Acme Outdoors Outlet', `${p}-select-popup-shop`)}</div>`);
    expect(read().checks['target-shop'].field?.id).toBe('shop_input');
  });
});

describe.each(PREFIXES)('Renew options by kind (%s)', (p) => {
  it('nothing chosen: missing, with the select as its field', () => {
    html(unread(dialog(p)));
    const c = read().checks['renew-option'];
    expect(c).toMatchObject({ id: 'renew-option', state: 'missing', value: '' });
    expect(c.field?.id).toBe('opt_input');
  });

  it('"Re-authorize only" chosen under a label the guide cannot read is ok, also drawn with a tag beside it', () => {
    html(unread(dialog(p, { option: 'Re-authorize only' })));
    expect(read().checks['renew-option']).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
    drawValue('opt_input', '<span>Re-authorize only</span><span class="tag">Recommended</span>');
    expect(read().checks['renew-option'].state).toBe('ok');
  });

  it('the label of Renew options worded anew, Target shop’s known: the other select is the option', () => {
    html(dialog(p, { shop: 'Acme Outdoors US', option: 'Re-authorize only' }).replace('Renew options', accent('Renew options')));
    const c = read().checks['renew-option'];
    expect(c).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
    expect(c.field?.id).toBe('opt_input');
  });

  it('a third select (no periods in it): which one holds the renew option would be a guess', () => {
    html(unread(dialog(p, { option: 'Re-authorize only' })));
    itemOf('opt_input').insertAdjacentHTML('afterend', `<div>${select(p, 'region_input', accent('United States'))}</div>`);
    expect(read().checks['renew-option'].note).toBe('not-found');
  });

  it('a dialog without a renew options select: that check stays unread', () => {
    html(unread(dialog(p, { shop: 'Acme Outdoors US' })));
    itemOf('opt_input').remove();
    expect(read().checks['renew-option'].note).toBe('not-found');
  });

  it('an option with a number in it ("add 2 permissions") does not make the options a period select', () => {
    html(unread(dialog(p, { option: 'Re-authorize only', options: ['Re-authorize only', 'Re-authorize and add 2 permissions'] })));
    expect(read().checks['renew-option'].field?.id).toBe('opt_input');
  });

  it('nothing chosen and the list not mounted: still the renew option select, not a period select', () => {
    html(unread(dialog(p, { options: null })));
    expect(read().checks['renew-option']).toMatchObject({ state: 'missing', field: document.getElementById('opt_input') });
  });

  it.each(['addbefore', 'addafter'])('a select drawn %s the phone input (a country code) belongs to it, not to the form', (side) => {
    html(unread(dialog(p, { option: 'Re-authorize only' })));
    document.getElementById('phone_input')!.outerHTML =
      `<span class="${p}-input-group"><span class="${p}-input-group-${side}">${select(p, 'code_input', '+1')}</span><input id="phone_input" class="${p}-input" value=""></span>`;
    expect(read().checks['renew-option'].field?.id).toBe('opt_input');
  });

  it('a select hidden in the dialog (a folded section) is no field', () => {
    html(unread(dialog(p, { option: 'Re-authorize only' })));
    itemOf('opt_input').insertAdjacentHTML('afterend', `<div hidden>${select(p, 'region_input', accent('United States'))}</div>`);
    expect(read().checks['renew-option'].field?.id).toBe('opt_input');
  });
});

describe.each(PREFIXES)('the authorization period by kind (%s)', (p) => {
  const periods = ['1 month', '6 months', '1 year'];

  it('a period in words the guide knows under a label it cannot read: judged, one year is the longest', () => {
    html(unread(dialog(p, { duration: { value: '1 year', options: periods } })));
    const c = read().checks.duration!;
    expect(c).toMatchObject({ id: 'duration', state: 'ok', value: '1 year' });
    expect(c).not.toHaveProperty('expected');
  });

  it('nothing chosen in a period select (its list mounted): missing, nothing shown', () => {
    html(unread(dialog(p, { duration: { options: periods } })));
    expect(read().checks.duration).toMatchObject({ state: 'missing', value: '' });
  });

  it('a shorter period than the longest offered is wrong, the longest expected', () => {
    html(known(unread(dialog(p, { duration: { value: '1 month', options: periods } })), ...periods));
    expect(read().checks.duration).toMatchObject({ state: 'wrong', value: '1 month', expected: '1 year' });
  });

  it('a period drawn with the date it ends ("1 year", "(until Dec 6, 2027)") is read by its period', () => {
    html(unread(dialog(p, { duration: { value: '1 year', options: null } })));
    drawValue('dur_input', '<span>1 year</span><span>(until Dec 6, 2027)</span>');
    expect(read().checks.duration?.state).toBe('ok');
  });

  it('a period select whose list is not mounted yet is still the period, not the renew option', () => {
    html(unread(dialog(p, { option: 'Re-authorize only', duration: { value: accent('6 months'), options: null } })));
    const f = read();
    expect(f.checks.duration?.value).toBe(accent('6 months'));
    expect(f.checks['renew-option'].field?.id).toBe('opt_input');
  });

  it('a period with a "+" inside it ("1 year + 3 months") is a period still', () => {
    html(unread(dialog(p, { duration: { value: accent('6 months'), options: ['6 months', '1 year + 3 months'].map(accent) } })));
    expect(read().checks.duration?.value).toBe(accent('6 months'));
  });

  it('two period selects: which one is the authorization’s would be a guess', () => {
    html(unread(dialog(p, { duration: { value: accent('6 months'), options: null } })));
    itemOf('dur_input').insertAdjacentHTML('afterend', `<div>${select(p, 'remind_input', accent('7 days'))}</div>`);
    expect(read().checks.duration).toBeUndefined();
  });

  it('the period’s label read by the words stays as they read it (a period in words it cannot read is wrong, not unverified)', () => {
    html(unread(dialog(p, { duration: { value: accent('6 months'), options: null } })).replace(accent('Authorization duration'), 'Authorization duration'));
    expect(read().checks.duration).toMatchObject({ state: 'wrong', note: 'duration-unread' });
  });
});

describe.each(PREFIXES)('Contact email by kind (%s)', (p) => {
  const integration = { ...header, email: 'integrations@acme-outdoors.com' };

  it('an address other than the integration’s is noted, the integration’s expected', () => {
    html(unread(dialog(p)));
    expect(read(integration).checks['contact-email']).toMatchObject({
      id: 'contact-email', state: 'ok', value: 'owner@acme-outdoors.com', note: 'email-differs', expected: 'integrations@acme-outdoors.com',
    });
  });

  it('the integration’s own address (in other case), a malformed one, or none expected: no note', () => {
    html(unread(dialog(p, { email: 'Integrations@Acme-Outdoors.com' })));
    expect(read(integration).checks['contact-email']).not.toHaveProperty('note');
    html(unread(dialog(p, { email: 'owner@acme' })));
    expect(read(integration).checks['contact-email']).toMatchObject({ state: 'wrong' });
    expect(read(integration).checks['contact-email']).not.toHaveProperty('note');
    html(unread(dialog(p)));
    expect(read().checks['contact-email']).not.toHaveProperty('note');
  });

  it('an address typed with spaces around it is the address', () => {
    html(unread(dialog(p, { email: '  owner@acme-outdoors.com ' })));
    expect(read().checks['contact-email']).toMatchObject({ state: 'ok', value: 'owner@acme-outdoors.com' });
  });

  it('two inputs holding addresses: which one is Contact email would be a guess', () => {
    html(unread(dialog(p)));
    (document.getElementById('phone_input') as HTMLInputElement).value = 'billing@acme-outdoors.com';
    expect(read().checks['contact-email'].note).toBe('not-found');
  });

  it('a hidden input holding an address (a folded section) is not another one', () => {
    html(unread(dialog(p)));
    itemOf('phone_input').insertAdjacentHTML('afterend', '<div hidden><input type="email" value="old@acme-outdoors.com"></div>');
    expect(read().checks['contact-email'].field?.id).toBe('email_input');
  });

  it('the search box of a select of addresses is not an address input', () => {
    html(unread(dialog(p)));
    itemOf('phone_input').insertAdjacentHTML('afterend', `<div role="combobox" class="${p}-select"><input class="${p}-select-view-input" placeholder="name@acme-outdoors.com"></div>`);
    expect(read().checks['contact-email'].field?.id).toBe('email_input');
  });

  it('Contact email the words read as text stays, though another input holds an address', () => {
    html(dialog(p).replace('Contact phone number', 'Billing email'));
    document.getElementById('email_input')!.outerHTML = '<span id="email_input">owner@acme-outdoors.com</span>';
    (document.getElementById('phone_input') as HTMLInputElement).value = 'billing@acme-outdoors.com';
    expect(read().checks['contact-email']).toMatchObject({ value: 'owner@acme-outdoors.com', field: document.getElementById('email_input') });
  });
});

describe.each(PREFIXES)('Confirm to install by kind (%s)', (p) => {
  it('two primary buttons: which one confirms would be a guess', () => {
    html(unread(dialog(p)));
    document.querySelector('form')!.insertAdjacentHTML('beforeend', `<button class="${p}-btn ${p}-btn-primary" type="button"><span>Verify</span></button>`);
    expect(read().confirm).toBeNull();
  });
});
