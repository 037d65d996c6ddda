// Page facts of the Renew dialog that the first tests left open (found by mutation testing, `npm run mutate`): ways
// Seller Center may draw its fields, and what the guide must read from each.
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldByLabel, findConfirm, findConsent, isEmail, readRenewDialog, selectOptions, selectParts, selectValue } from './renewDialog';
import { dialog, html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

/** A dialog of our own markup holding `body`, titled Renew, with its footer. */
const renew = (body: string) =>
  `<div role="dialog" id="d"><h2>Renew</h2>${body}<button type="button">Cancel</button><button type="button"><span>Confirm to install</span></button></div>`;
const d = () => document.getElementById('d')!;
const item = (label: string, control: string) => `<div class="item"><label>${label}</label><div>${control}</div></div>`;

describe('Renew options drawn as ARIA radios (role=radio, no input, no label around them)', () => {
  const group = (checked: 'only' | 'update' | null) =>
    renew(
      item(
        'Renew options',
        `<div role="radiogroup"><div role="radio" aria-checked="${checked === 'only'}">Re-authorize only</div><div role="radio" aria-checked="${checked === 'update'}">Re-authorize and update permissions</div></div>`,
      ),
    );

  it('the one marked aria-checked="true" is the chosen option', () => {
    html(group('only'));
    expect(readRenewDialog(d()).checks['renew-option']).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
    html(group('update'));
    expect(readRenewDialog(d()).checks['renew-option']).toMatchObject({ state: 'wrong', value: 'Re-authorize and update permissions' });
  });

  it('none marked: missing, and the options are the radios', () => {
    html(group(null));
    const f = readRenewDialog(d());
    expect(f.checks['renew-option']).toMatchObject({ state: 'missing', value: '' });
    expect(f.reauthorizeOnlyMissing).toBe(false);
    expect(selectOptions(fieldByLabel(d(), new Set(['renew options']))!)).toEqual(['Re-authorize only', 'Re-authorize and update permissions']);
  });
});

describe('fields as a form may draw them', () => {
  it('a native <select>: its chosen option; nothing chosen (an empty first option) is nothing', () => {
    html(renew(item('Renew options', `<select><option value=""></option><option>Re-authorize only</option></select>`)));
    expect(readRenewDialog(d()).checks['renew-option'].state).toBe('missing');
    html(renew(item('Renew options', `<select><option value=""></option><option selected>Re-authorize only</option></select>`)));
    expect(readRenewDialog(d()).checks['renew-option']).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
  });

  it('a text input as the Target shop: its typed value, trimmed', () => {
    html(renew(item('Target shop', `<input value="  Acme Outdoors US  ">`)));
    expect(readRenewDialog(d(), { shop: 'Acme Outdoors US' }).checks['target-shop']).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    (d().querySelector('input') as HTMLInputElement).value = '   ';
    expect(readRenewDialog(d()).checks['target-shop'].state).toBe('missing');
  });

  it('a textarea as the contact email', () => {
    html(renew(item('Contact email', `<textarea> ops@acme.com </textarea>`)));
    expect(readRenewDialog(d()).checks['contact-email']).toMatchObject({ state: 'ok', value: 'ops@acme.com' });
  });

  it('a contact email shown as text (read-only), spaces folded', () => {
    html(renew(`<div class="item"><label>Contact email</label><div><span>ops@acme.com</span></div></div>`));
    expect(readRenewDialog(d()).checks['contact-email']).toMatchObject({ state: 'ok', value: 'ops@acme.com' });
  });

  it('a label whose `for` names a control outside the dialog is not followed', () => {
    html(`<input id="far" value="elsewhere@x.com">` + renew(`<div class="item"><label for="far">Contact email</label><div><input value="ops@acme.com"></div></div>`));
    expect(readRenewDialog(d()).checks['contact-email'].value).toBe('ops@acme.com');
  });

  it('a label whose `for` names the input inside a combobox: the combobox is the field', () => {
    html(renew(`<div class="item"><label for="shop_in">Target shop</label><div role="combobox" id="cb"><input id="shop_in" value=""></div></div>`));
    expect(fieldByLabel(d(), new Set(['target shop']))?.id).toBe('cb');
  });

  it('a label and its control in the same item, however deep: the control; never the next field’s', () => {
    html(renew(`<div class="item"><div><label>Target shop</label></div><div><div><input id="shop" value="Acme"></div></div></div>` + item('Contact email', '<input id="mail">')));
    expect(fieldByLabel(d(), new Set(['target shop']))?.id).toBe('shop');
    html(renew(`<div class="item"><label>Target shop</label></div>` + item('Contact email', '<input id="mail">')));
    expect(fieldByLabel(d(), new Set(['target shop']))).toBeNull();
  });

  it('a checkbox’s or a radio’s own label beside a field is not another field’s label', () => {
    html(renew(`<div class="item"><label>Contact email</label><div><label><input type="checkbox"> Use my account email</label></div><div><input id="mail" value="ops@acme.com"></div></div>`));
    expect(fieldByLabel(d(), new Set(['contact email']))?.id).toBe('mail');
  });

  it('a read-only value nested in single wrappers: the element that holds the text', () => {
    html(renew(`<div class="item"><label>Target shop</label><div><div><span id="v">Acme Outdoors US</span></div></div></div>`));
    expect(fieldByLabel(d(), new Set(['target shop']))?.id).toBe('v');
  });
});

describe.each(PREFIXES)('selects as Arco draws them (%s)', (p) => {
  const combo = (inner: string, attrs = '') => renew(`<div class="item"><label>Target shop</label><div role="combobox" id="cb" ${attrs}>${inner}</div></div><ul id="list" role="listbox"><li role="option" aria-selected="true"><span>Acme</span> <span>Outdoors US</span></li><li role="option">Acme Outlet</li></ul>`);
  const cb = () => document.getElementById('cb')!;

  it('a combobox with no view and no value parts: nothing chosen', () => {
    html(combo(''));
    expect(selectParts(cb())).toEqual([]);
  });

  it('the hidden value, and its chosen option named by aria-owns', () => {
    html(combo(`<div class="${p}-select-view"><span class="${p}-select-view-value" style="display: none;">Select</span></div>`, 'aria-owns="list"'));
    expect(selectParts(cb())[0]).toBe('Acme Outdoors US');
  });

  it('the options of a list named by aria-owns, drawn as plain items', () => {
    html(combo('', 'aria-owns="list"'));
    expect(selectOptions(cb())).toEqual(['Acme Outdoors US', 'Acme Outlet']);
    html(renew(`<div class="item"><label>Target shop</label><div role="combobox" id="cb" aria-controls="empty"></div></div><ul id="empty"></ul>`));
    expect(selectOptions(cb())).toBeNull();
  });

  it('a mirror of the value (what the input measures) is never the value', () => {
    html(combo(`<div class="${p}-select-view"><span class="${p}-select-view-value-mirror">Typed</span><span class="${p}-select-view-value">Acme Outdoors US</span></div>`));
    expect(selectValue(cb())).toBe('Acme Outdoors US');
  });

  it('an empty value span is skipped for the next one', () => {
    html(combo(`<div class="${p}-select-view"><span class="${p}-select-view-value"> </span><span class="${p}-select-view-value">Acme Outdoors US</span></div>`));
    expect(selectValue(cb())).toBe('Acme Outdoors US');
  });

  it('one tag: its title, else its text; the tag’s close button adds nothing', () => {
    html(combo(`<div class="${p}-select-view"><span class="${p}-select-tag">  Acme   Outdoors US <span role="button" aria-label="Close"></span></span></div>`));
    expect(selectParts(cb())).toEqual(['Acme Outdoors US']);
  });

  it('a shop drawn as one text with an initial avatar: the initial is not part of the name; an all-initials view keeps its letters', () => {
    html(combo(`<div class="${p}-select-view"><span class="${p}-select-view-value"><i>A</i><b>Acme Outdoors US</b></span></div>`));
    expect(selectParts(cb())).toEqual(['Acme Outdoors US', 'A', 'Acme Outdoors US']);
    html(combo(`<div class="${p}-select-view"><span class="${p}-select-view-value"><i>A</i><b>B</b></span></div>`));
    expect(selectParts(cb())).toEqual(['A B', 'A', 'B']);
  });

  it('a Cascader path with empty steps (a trailing slash) keeps only its steps', () => {
    html(combo(`<div class="${p}-cascader-view" title="United States /  / Acme Outdoors US"></div>`));
    expect(selectParts(cb())).toEqual(['United States /  / Acme Outdoors US', 'United States', 'Acme Outdoors US']);
    html(combo(`<div class="${p}-tree-select-view" title="Acme Outdoors US"></div>`));
    expect(selectParts(cb())).toEqual(['Acme Outdoors US']);
  });
});

describe('the consent box and Confirm to install', () => {
  it('of several boxes, the one that agrees; with none that says so, the last', () => {
    html(renew(`<label id="a"><input type="checkbox"> Email me news</label><label id="b"><input type="checkbox"> I agree to share data</label><label id="c"><input type="checkbox"> Remember me</label>`));
    expect(findConsent(d())?.box.id).toBe('b');
    html(renew(`<label id="a"><input type="checkbox"> Email me news</label><label id="c"><input type="checkbox" checked> Remember me</label>`));
    expect(findConsent(d())).toEqual({ box: document.getElementById('c'), checked: true });
    html(renew(''));
    expect(findConsent(d())).toBeNull();
  });

  it('Confirm to install as a link or a role=button; absent, none', () => {
    html(`<div role="dialog" id="d"><h2>Renew</h2><a href="#" id="go">Confirm to install</a></div>`);
    expect(findConfirm(d())?.id).toBe('go');
    html(`<div role="dialog" id="d"><h2>Renew</h2><div role="button" id="go"><span>Confirm to install</span></div></div>`);
    expect(findConfirm(d())?.id).toBe('go');
    html(renew('').replace('Confirm to install', 'Next'));
    expect(findConfirm(d())).toBeNull();
  });
});

describe.each(PREFIXES)('what the checks say (%s)', (p) => {
  it('the shop the guide knows among the parts, matched loosely (case, spaces)', () => {
    html(dialog(p, { shop: 'acme  outdoors us' }));
    const f = readRenewDialog(document.querySelector('[role="dialog"]')!, { shop: 'Acme Outdoors US' });
    expect(f.checks['target-shop']).toMatchObject({ state: 'ok', expected: 'Acme Outdoors US' });
    expect(f.checks['target-shop']).not.toHaveProperty('note');
  });

  it('a shop chosen in a select, not the one Pipe17 uses: wrong, and not said to be fixed by the page', () => {
    html(dialog(p, { shop: 'Acme Outdoors Outlet' }));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!, { shop: 'Acme Outdoors US' }).checks['target-shop'].note).toBeUndefined();
  });

  it('nothing expected and nothing chosen: missing, with no note', () => {
    html(dialog(p));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!).checks['target-shop']).not.toHaveProperty('note');
  });

  it('the same email as the integration’s (case aside): no note; a wrong one is not compared', () => {
    html(dialog(p, { email: 'OPS@acme.com' }));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!, { email: 'ops@acme.com' }).checks['contact-email']).not.toHaveProperty('note');
    html(dialog(p, { email: 'ops@acme' }));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!, { email: 'x@acme.com' }).checks['contact-email']).not.toHaveProperty('note');
  });

  it('the option read is Re-authorize only when it is among the parts, not the first part', () => {
    // Drawn as a hint and the words, with no title on the view.
    html(dialog(p, { option: '<i>Recommended</i> <b>Re-authorize only</b>' }).replace('title="<i>Recommended</i> <b>Re-authorize only</b>"', 'title=""'));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!).checks['renew-option']).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
  });

  it('consent ticked: value "checked"; the box is the field', () => {
    html(dialog(p, { consent: true }));
    const c = readRenewDialog(document.querySelector('[role="dialog"]')!).checks.consent;
    expect(c).toMatchObject({ state: 'ok', value: 'checked' });
    expect(c.field?.tagName).toBe('LABEL');
    html(dialog(p, { consent: false }));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!).checks.consent.value).toBe('');
  });

  it('a dialog that does not name Pipe17', () => {
    html(dialog(p, { app: 'ShipFast' }));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!).mentionsPipe17).toBe(false);
  });

  it('a period the guide cannot read: its note; a period field without options: no expected', () => {
    html(dialog(p, { duration: { value: 'Permanent', options: ['Permanent'] } }));
    expect(readRenewDialog(document.querySelector('[role="dialog"]')!).checks.duration).toMatchObject({ state: 'wrong', value: 'Permanent', note: 'duration-unread' });
    html(dialog(p, { duration: { value: '1 year', options: null } }));
    const c = readRenewDialog(document.querySelector('[role="dialog"]')!).checks.duration!;
    expect(c).not.toHaveProperty('expected');
    expect(c).not.toHaveProperty('note');
  });
});

describe('isEmail, as a person types it', () => {
  it.each([
    [' ops@acme.com ', true],
    ['ops@acme..com', false],
    ['ops@.acme.com', false],
    ['o ps@acme.com', false],
    ['ops@acme.com.', false],
    ['@acme.com', false],
  ])('%j → %s', (s, ok) => expect(isEmail(s)).toBe(ok));
});

describe('more fields as a form may draw them', () => {
  it('a label laid out apart from its control (a table form): its `for` says which', () => {
    html(renew(`<table><tr><th><label for="a">Target shop</label></th><th><label for="b">Contact email</label></th></tr><tr><td><input id="a" value="Acme"></td><td><input id="b"></td></tr></table>`));
    expect(fieldByLabel(d(), new Set(['target shop']))?.id).toBe('a');
  });

  it('a label alone in the dialog: nothing outside the dialog is its control', () => {
    html(`<input id="outside" value="x@y.com"><div role="dialog" id="d"><h2>Renew</h2><label>Contact email</label></div>`);
    expect(readRenewDialog(d()).checks['contact-email']).toMatchObject({ state: 'missing', field: null, note: 'not-found' });
  });

  it('a required mark written without a space', () => {
    html(renew(item('*Target shop', `<input id="s" value="Acme">`)));
    expect(fieldByLabel(d(), new Set(['target shop']))?.id).toBe('s');
  });

  it.each(['checkbox', 'radio'])('an Arco %s’s own label text (a -label class) beside a field is not another field’s label', (kind) => {
    html(renew(`<div class="item"><label>Contact email</label><div><label class="arco-${kind}"><span class="arco-${kind}-label">Use my account email</span></label></div><div><input id="mail" value="ops@acme.com"></div></div>`));
    expect(fieldByLabel(d(), new Set(['contact email']))?.id).toBe('mail');
  });

  it('a value with folded spaces and blank text between its parts', () => {
    html(renew(item('Target shop', `<div role="combobox" id="cb"><div class="arco-select-view"><span class="arco-select-view-value">\n  <i>A</i>\n  <b>Acme \n  Outdoors US</b>\n</span></div></div>`)));
    expect(selectParts(document.getElementById('cb')!)).toEqual(['Acme Outdoors US', 'A', 'Acme Outdoors US']);
  });

  it('a radio checked by its label’s class, the radio inside saying nothing', () => {
    html(renew(item('Renew options', `<div role="radiogroup"><label class="arco-radio arco-radio-checked"><span role="radio"></span>Re-authorize only</label><label class="arco-radio"><span role="radio"></span>Other</label></div>`)));
    expect(readRenewDialog(d()).checks['renew-option'].state).toBe('ok');
  });

  it('a select view drawn with its title only', () => {
    html(renew(item('Target shop', `<div role="combobox" id="cb"><div class="arco-select-view" title=" Acme Outdoors US "></div></div>`)));
    expect(selectParts(document.getElementById('cb')!)).toEqual(['Acme Outdoors US']);
  });

  it('a combobox with no view: its hidden placeholder is not a value', () => {
    html(renew(item('Target shop', `<div role="combobox" id="cb"><span class="x-view-value" style="display: none;">Select a shop</span></div>`)));
    expect(selectParts(document.getElementById('cb')!)).toEqual([]);
  });

  it('a tag’s title over its shortened text', () => {
    html(renew(item('Target shop', `<div role="combobox" id="cb"><div class="arco-select-view"><span class="arco-select-tag" title="Acme Outdoors US">Acme Outdo…</span></div></div>`)));
    expect(selectParts(document.getElementById('cb')!)).toEqual(['Acme Outdoors US']);
  });

  it('a select the owner cleared (placeholder back, nothing typed): nothing chosen, not the last reading', () => {
    const view = (inner: string) => renew(item('Target shop', `<div role="combobox" id="cb"><div class="arco-select-view">${inner}</div></div>`));
    html(view(`<input class="arco-select-view-input" value=""><span class="arco-select-view-value">Acme Outdoors US</span>`));
    const cb = document.getElementById('cb')!;
    expect(selectValue(cb)).toBe('Acme Outdoors US');
    cb.querySelector('.arco-select-view')!.innerHTML = `<input class="arco-select-view-input" value=""><span class="arco-select-view-value" style="display: none;">Select a shop</span>`;
    expect(selectParts(cb)).toEqual([]);
  });

  it('an email input’s value is read trimmed', () => {
    html(renew(item('Contact email', `<input value="  ops@acme.com  ">`)));
    expect(readRenewDialog(d()).checks['contact-email'].value).toBe('ops@acme.com');
  });
});

describe.each(PREFIXES)('checks of a dialog whose labels the guide does not know (%s)', (p) => {
  it('Renew options and Contact email renamed: missing and not found, nothing made up', () => {
    html(dialog(p, { option: 'Re-authorize only' }).replace('> Renew options<', '> Plan<').replace('> Contact email<', '> Reach us at<'));
    const f = readRenewDialog(document.querySelector('[role="dialog"]')!);
    expect(f.checks['renew-option']).toMatchObject({ state: 'missing', value: '', note: 'not-found' });
    expect(f.checks['contact-email']).toMatchObject({ state: 'missing', value: '', note: 'not-found' });
  });

  it('each check carries its own id', () => {
    html(dialog(p, { duration: { options: ['1 year'] } }));
    const f = readRenewDialog(document.querySelector('[role="dialog"]')!);
    for (const [id, c] of Object.entries(f.checks)) expect(c.id).toBe(id);
  });

  it('the shop the guide knows among several tags, with the signed-in shop another one', () => {
    const tags = (shops: string[]) => `<div role="dialog" class="${p}-modal"><div class="${p}-modal-title">Renew</div><div class="${p}-form-item"><label for="s">Target shop</label><div role="combobox" id="s"><div class="${p}-select-view">${shops.map((s) => `<span class="${p}-select-tag" title="${s}">${s}</span>`).join('')}</div></div></div></div>`;
    html(tags(['Acme Outdoors Outlet', 'Acme Outdoors US']));
    const c = readRenewDialog(document.querySelector('[role="dialog"]')!, { shop: 'Acme Outdoors US', current: 'Acme Kids' }).checks['target-shop'];
    expect(c).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
  });

  it('a Target shop shown as text and right: no note that the page fixed it', () => {
    html(dialog(p, { option: 'Re-authorize only' }).replace(/(<label for="shop_input"> Target shop<\/label><\/div><div class="[^"]*">)[\s\S]*?<\/div>\n<\/div>/, `$1<span>Acme Outdoors US</span>`).replace('<label for="shop_input">', '<label>'));
    const c = readRenewDialog(document.querySelector('[role="dialog"]')!, { shop: 'Acme Outdoors US' }).checks['target-shop'];
    expect(c.state).toBe('ok');
    expect(c).not.toHaveProperty('note');
  });
});

describe('values read as the page shows them', () => {
  it('a read-only value whose one child holds only part of its text: the whole', () => {
    html(renew(`<div class="item"><label>Target shop</label><div><div id="v"><b>Acme</b> Outdoors US</div></div></div>`));
    expect(fieldByLabel(d(), new Set(['target shop']))?.id).toBe('v');
  });

  it('a Cascader path with spaces around its slashes: each step trimmed', () => {
    html(renew(item('Target shop', `<div role="combobox" id="cb"><div class="arco-cascader-view" title="United States  /  Acme Outdoors US"></div></div>`)));
    expect(selectParts(document.getElementById('cb')!).slice(1)).toEqual(['United States', 'Acme Outdoors US']);
  });

  it('a native select with spaces in its option, or with no option at all', () => {
    html(renew(item('Renew options', `<select id="s"><option selected>  Re-authorize only  </option></select>`)));
    expect(selectParts(document.getElementById('s')!)).toEqual(['Re-authorize only']);
    html(renew(item('Renew options', `<select id="s"></select>`)));
    expect(selectParts(document.getElementById('s')!)).toEqual([]);
  });

  it('an input holding only spaces: nothing', () => {
    html(renew(item('Target shop', `<input id="i" value="   ">`)));
    expect(selectParts(document.getElementById('i')!)).toEqual([]);
  });

  it('a tag drawn by the tag input alone (no select-tag class)', () => {
    html(renew(item('Target shop', `<div role="combobox" id="cb"><div class="arco-select-view"><span class="arco-input-tag-tag">Acme Outdoors US</span></div></div>`)));
    expect(selectParts(document.getElementById('cb')!)).toEqual(['Acme Outdoors US']);
  });

  it('an option with no text is listed as empty, not skipped or made up', () => {
    html(renew(`<div class="item"><label>Renew options</label><div role="combobox" id="cb" aria-controls="l"></div></div><ul id="l"><li role="option"></li><li role="option">Re-authorize only</li></ul>`));
    expect(selectOptions(document.getElementById('cb')!)).toEqual(['', 'Re-authorize only']);
  });

  it('a read-only contact email with a note on the next line: spaces folded, and not an address', () => {
    html(renew(`<div class="item"><label>Contact email</label><div><span>ops@acme.com\n   (primary)</span></div></div>`));
    expect(readRenewDialog(d()).checks['contact-email']).toMatchObject({ state: 'wrong', value: 'ops@acme.com (primary)' });
  });
});
