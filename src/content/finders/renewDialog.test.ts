import { beforeEach, describe, expect, it } from 'vitest';
import { fieldByLabel, findRenewDialog, isEmail, readRenewDialog, selectOptions, selectValue } from './renewDialog';
import { firstFailing } from '../steps';
import { dialog, html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each(PREFIXES)('renew dialog (%s)', (p) => {
  it('finds the dialog by its title, not other dialogs', () => {
    html(dialog(p, { title: 'Uninstall' }));
    expect(findRenewDialog(document)).toBeNull();
    html(dialog(p));
    expect(findRenewDialog(document)?.getAttribute('role')).toBe('dialog');
  });
  it('a title that says more than "Renew" ("Renew Pipe17 authorization") on a dialog with Confirm to install', () => {
    html(dialog(p, { title: 'Renew Pipe17 authorization' }));
    expect(findRenewDialog(document)?.getAttribute('role')).toBe('dialog');
    // Not a dialog that only begins with the word, without the Renew form's button.
    html(dialog(p, { title: 'Renew your plan' }).replace('Confirm to install', 'Pay now'));
    expect(findRenewDialog(document)).toBeNull();
    html(dialog(p, { title: 'Renewal history' }));
    expect(findRenewDialog(document)).toBeNull();
  });
  it('prefers the opening dialog over one animating out', () => {
    html(dialog(p, { leaving: true, shop: 'Old' }) + dialog(p, { shop: 'New' }).replace(/arco-dialog-1/g, 'arco-dialog-2'));
    const d = findRenewDialog(document)!;
    expect(readRenewDialog(d).checks['target-shop'].value).toBe('New');
  });
  it('fresh dialog: shop and option missing, prefilled email ok, consent missing', () => {
    html(dialog(p));
    const f = readRenewDialog(findRenewDialog(document)!);
    expect(f.mentionsPipe17).toBe(true);
    expect(f.checks['target-shop'].state).toBe('missing');
    expect(f.checks['renew-option'].state).toBe('missing');
    expect(f.checks['contact-email']).toMatchObject({ state: 'ok', value: 'owner@acme-outdoors.com' });
    expect(f.checks.consent.state).toBe('missing');
    expect(firstFailing(f)?.id).toBe('target-shop');
    expect(f.confirm?.textContent).toBe('Confirm to install');
    expect(f.reauthorizeOnlyMissing).toBe(false);
  });
  it('all ok', () => {
    html(dialog(p, { shop: 'Acme Outdoors US', option: 'Re-authorize only', consent: true }));
    const f = readRenewDialog(findRenewDialog(document)!, { shop: 'Acme Outdoors US' });
    expect(Object.values(f.checks).map((c) => c.state)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(firstFailing(f)).toBeNull();
  });
  it('wrong shop against the expected one; any shop ok when nothing is expected', () => {
    html(dialog(p, { shop: 'Acme Outdoors Outlet' }));
    const d = findRenewDialog(document)!;
    expect(readRenewDialog(d, { shop: 'Acme Outdoors US' }).checks['target-shop']).toMatchObject({ state: 'wrong', expected: 'Acme Outdoors US' });
    expect(readRenewDialog(d).checks['target-shop']).toMatchObject({ state: 'ok', note: 'shop-unconfirmed' });
  });
  it('wrong option; option missing from the list', () => {
    html(dialog(p, { option: 'Re-authorize and update permissions' }));
    expect(readRenewDialog(findRenewDialog(document)!).checks['renew-option'].state).toBe('wrong');
    html(dialog(p, { options: ['Re-authorize and update permissions', 'Change target shop'] }));
    const f = readRenewDialog(findRenewDialog(document)!);
    expect(f.reauthorizeOnlyMissing).toBe(true);
    expect(f.checks['renew-option'].note).toBe('option-missing');
  });
  it('options not mounted yet (lazy list): nothing concluded', () => {
    html(dialog(p, { options: null }));
    const d = findRenewDialog(document)!;
    expect(selectOptions(fieldByLabel(d, new Set(['renew options']))!)).toBeNull();
    expect(readRenewDialog(d).reauthorizeOnlyMissing).toBe(false);
  });
  it.each([
    ['', 'missing'],
    ['owner@acme', 'wrong'],
    ['owner acme.com', 'wrong'],
    ['<img src=x onerror=alert(1)>', 'wrong'],
    ['ops@acme-outdoors.co.uk', 'ok'],
  ])('email %j → %s', (email, state) => {
    html(dialog(p, { email }));
    expect(readRenewDialog(findRenewDialog(document)!).checks['contact-email'].state).toBe(state);
  });
  it('email differing from the integration contact is ok with a note', () => {
    html(dialog(p, { email: 'other@acme.com' }));
    expect(readRenewDialog(findRenewDialog(document)!, { email: 'ops@acme.com' }).checks['contact-email']).toMatchObject({
      state: 'ok',
      note: 'email-differs',
    });
  });
  it('follows live edits: typed email (property, not attribute) and checkbox state', () => {
    html(dialog(p));
    const d = findRenewDialog(document)!;
    (document.getElementById('email_input') as HTMLInputElement).value = 'nope';
    expect(readRenewDialog(d).checks['contact-email'].state).toBe('wrong');
    (d.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    expect(readRenewDialog(d).checks.consent.state).toBe('ok');
  });
  it('select value: placeholder is not a value', () => {
    html(dialog(p));
    const d = findRenewDialog(document)!;
    expect(selectValue(fieldByLabel(d, new Set(['target shop']))!)).toBe('');
  });
  it('labels with a colon or a text required mark are the same labels', () => {
    html(dialog(p, { shop: 'Acme Outdoors US', option: 'Re-authorize only' }).replace('> Target shop<', '>Target shop:<').replace('> Renew options<', '>* Renew options：<').replace('> Contact email<', '> Contact email :<'));
    const f = readRenewDialog(findRenewDialog(document)!);
    expect([f.checks['target-shop'].state, f.checks['renew-option'].state, f.checks['contact-email'].state]).toEqual(['ok', 'ok', 'ok']);
    expect(f.checks['target-shop'].note).not.toBe('not-found');
  });

  // Arco's Radio.Group, as Seller Center could draw Renew options: nothing checked is nothing chosen.
  const radioGroup = (checked?: string, options = ['Re-authorize only', 'Re-authorize and update permissions']) => `
    <div class="${p}-radio-group ${p}-radio-group-direction-vertical" role="radiogroup">${options
      .map((o) => `<label class="${p}-radio ${o === checked ? `${p}-radio-checked` : ''}"><input type="radio" value="${o}" ${o === checked ? 'checked' : ''}><span class="${p}-icon-hover ${p}-radio-mask-wrapper"><div class="${p}-radio-mask"></div></span><span class="${p}-radio-text">${o}</span></label>`)
      .join('')}</div>`;
  const withRadios = (checked?: string, options?: string[]) =>
    dialog(p).replace(/(<label for="opt_input"> Renew options<\/label><\/div><div class="[^"]*">)[\s\S]*?<\/div>\n<\/div>/, `$1${radioGroup(checked, options)}`);
  it('Renew options as radio buttons: none checked is missing, not the first option', () => {
    html(withRadios());
    const d = findRenewDialog(document)!;
    expect(fieldByLabel(d, new Set(['renew options']))?.getAttribute('role')).toBe('radiogroup');
    const f = readRenewDialog(d);
    expect(f.checks['renew-option']).toMatchObject({ state: 'missing', value: '' });
    expect(f.reauthorizeOnlyMissing).toBe(false);
  });
  it('Renew options as radio buttons: the checked one is read, by property as it changes', () => {
    html(withRadios('Re-authorize and update permissions'));
    const d = findRenewDialog(document)!;
    expect(readRenewDialog(d).checks['renew-option']).toMatchObject({ state: 'wrong', value: 'Re-authorize and update permissions' });
    const [only, update] = [...d.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    update!.checked = false;
    only!.checked = true;
    expect(readRenewDialog(d).checks['renew-option']).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
  });
  it('Renew options as radio buttons without Re-authorize only: said at once (no list to mount)', () => {
    html(withRadios(undefined, ['Re-authorize and update permissions', 'Change target shop']));
    expect(readRenewDialog(findRenewDialog(document)!).checks['renew-option'].note).toBe('option-missing');
  });

  // A Target shop option drawn with an avatar, the name and a region line (Select.Option children).
  const richShop = (name: string) =>
    `<div class="${p}-space"><div class="${p}-space-item"><div class="${p}-avatar"><span class="${p}-avatar-text">${name[0]}</span></div></div><div class="${p}-space-item"><span>${name}</span></div><div class="${p}-space-item"><span>United States · Local shop</span></div></div>`;
  const withRichShop = (view: string) =>
    dialog(p).replace(/(<div title=")("[^>]*>)<span class="([^"]*)-select-view-selector">[\s\S]*?<\/span><\/div>/, (_m, a: string, b: string, c: string) => `${a}${b}<span class="${c}-select-view-selector">${view}</span></div>`);
  it('a shop drawn with an avatar and a region: its name is the part the guide knows', () => {
    html(withRichShop(`<input aria-hidden="true" class="${p}-select-view-input ${p}-select-hidden" value=""><span class="${p}-select-view-value">${richShop('Acme Outdoors US')}</span>`));
    const d = findRenewDialog(document)!;
    expect(readRenewDialog(d, { shop: 'Acme Outdoors US' }).checks['target-shop']).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    expect(readRenewDialog(d, { current: 'Acme Outdoors US' }).checks['target-shop']).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    // No shop known: the whole of it, without the avatar's initial.
    expect(readRenewDialog(d).checks['target-shop'].value).toBe('Acme Outdoors US United States · Local shop');
    expect(readRenewDialog(d, { shop: 'Acme Outdoors Outlet' }).checks['target-shop'].state).toBe('wrong');
  });
  it('a searchable select with focus hides its value: read from the chosen option, else from the drawn value', () => {
    const focused = (hidden: string, typed = '') =>
      withRichShop(`<input class="${p}-select-view-input" placeholder="AAcme Outdoors USUnited States · Local shop" value="${typed}"><span class="${p}-select-view-value-mirror">${typed || 'AAcme Outdoors USUnited States · Local shop'}</span><span style="display: none;" class="${p}-select-view-value">${hidden}</span>`);
    html(focused(richShop('Acme Outdoors US')));
    expect(readRenewDialog(findRenewDialog(document)!, { shop: 'Acme Outdoors US' }).checks['target-shop'].state).toBe('ok');
    // The mounted list marks the chosen option.
    html(focused('Select a shop'));
    const d2 = findRenewDialog(document)!;
    expect(selectValue(fieldByLabel(d2, new Set(['target shop']))!)).toBe('');
    d2.querySelector(`#${p}-select-popup-shop [role="option"]`)!.setAttribute('aria-selected', 'true');
    expect(selectValue(fieldByLabel(d2, new Set(['target shop']))!)).toBe('Acme Outdoors US');
  });
  it('a Target shop shown as text, not chosen: its text is read, never the next field’s control', () => {
    html(dialog(p, { option: 'Re-authorize only' }).replace(/(<label for="shop_input"> Target shop<\/label><\/div><div class="[^"]*">)[\s\S]*?<\/div>\n<\/div>/, `$1<span class="sc-static-shop">Acme Outdoors US</span>`).replace('<label for="shop_input">', '<label>'));
    const d = findRenewDialog(document)!;
    const f = readRenewDialog(d, { shop: 'Acme Outdoors US' });
    expect(f.checks['target-shop']).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    expect(f.checks['target-shop'].field?.textContent).toBe('Acme Outdoors US');
    expect(f.checks['renew-option']).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
    expect(readRenewDialog(d, { shop: 'Acme Outdoors Outlet' }).checks['target-shop']).toMatchObject({ state: 'wrong', note: 'shop-fixed' });
  });
  it('a label whose field has no control and no text: nothing is read from the fields after it', () => {
    html(dialog(p, { option: 'Re-authorize only' }).replace(/(<label for="shop_input"> Target shop<\/label><\/div><div class="[^"]*">)[\s\S]*?<\/div>\n<\/div>/, `$1<span></span>`).replace('<label for="shop_input">', '<label>'));
    const f = readRenewDialog(findRenewDialog(document)!);
    expect(f.checks['target-shop']).toMatchObject({ state: 'missing', value: '', field: null, note: 'not-found' });
  });
  it('a Target shop picked as region, then shop (Arco Cascader): its path is read, the shop is its step', () => {
    html(dialog(p, { shop: 'x' }).replace(/<div role="combobox"[\s\S]*?id="shop_input"[\s\S]*?<\/span><\/div>\n<\/div>/, `<div role="combobox" aria-haspopup="listbox" tabindex="0" id="shop_input" class="${p}-cascader ${p}-cascader-single"><div title="United States / Acme Outdoors US" class="${p}-cascader-view"><span class="${p}-cascader-view-selector"><input aria-hidden="true" class="${p}-cascader-view-input ${p}-cascader-hidden" value=""><span class="${p}-cascader-view-value">United States / Acme Outdoors US</span></span></div></div>`));
    const d = findRenewDialog(document)!;
    expect(fieldByLabel(d, new Set(['target shop']))?.className).toContain('cascader');
    expect(readRenewDialog(d, { shop: 'Acme Outdoors US' }).checks['target-shop']).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    expect(readRenewDialog(d, { shop: 'Acme Outdoors Outlet' }).checks['target-shop']).toMatchObject({ state: 'wrong', value: 'United States / Acme Outdoors US' });
    // Nothing chosen: the placeholder, hidden, is not a value.
    d.querySelector('[class$="-cascader-view"]')!.removeAttribute('title');
    d.querySelector('[class$="-cascader-view-value"]')!.setAttribute('style', 'display: none;');
    expect(readRenewDialog(d).checks['target-shop'].state).toBe('missing');
  });
  it('a Target shop in a multiple select: each tag is a part; the shop Pipe17 uses among them is ok', () => {
    const multiple = (shops: string[]) => `<div role="dialog" class="${p}-modal"><div class="${p}-modal-title">Renew</div>
      <div class="${p}-form-item"><div class="${p}-form-label-item"><label for="targetShop_input">Target shop</label></div>
      <div role="combobox" aria-haspopup="listbox" aria-expanded="false" tabindex="0" id="targetShop_input" class="${p}-select ${p}-select-multiple"><div title="" class="${p}-select-view"><div class="${p}-input-tag"><div class="${p}-input-tag-view"><div class="${p}-input-tag-inner">
      ${shops.map((s) => `<div class="${p}-tag ${p}-tag-checked ${p}-input-tag-tag ${p}-select-tag" title="${s}"><span class="${p}-tag-content">${s}</span><span class="${p}-icon-hover ${p}-tag-close-btn" role="button" tabindex="0" aria-label="Close"><svg aria-hidden="true"></svg></span></div>`).join('')}
      <input autocomplete="off" class="${p}-input-tag-input" value=""><span class="${p}-input-tag-input-mirror">${shops.length ? '' : 'Select a shop'}</span></div></div></div></div></div></div></div>`;
    const read = (shops: string[], shop?: string) => {
      html(multiple(shops));
      return readRenewDialog(document.querySelector('[role="dialog"]')!, { shop }).checks['target-shop'];
    };
    expect(read(['Acme Outdoors US'], 'Acme Outdoors US')).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    expect(read(['Acme Outdoors Outlet', 'Acme Outdoors US'], 'Acme Outdoors US')).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    expect(read(['Acme Outdoors Outlet'], 'Acme Outdoors US')).toMatchObject({ state: 'wrong', value: 'Acme Outdoors Outlet' });
    expect(read(['Acme Outdoors Outlet', 'Acme Kids'], 'Acme Outdoors US')).toMatchObject({ state: 'wrong', value: 'Acme Outdoors Outlet, Acme Kids' });
    expect(read([], 'Acme Outdoors US')).toMatchObject({ state: 'missing', value: '' });
  });
  it('while the owner types a search the chosen shop stands (the list may have filtered it out)', () => {
    html(withRichShop(`<input aria-hidden="true" class="${p}-select-view-input ${p}-select-hidden" value=""><span class="${p}-select-view-value">${richShop('Acme Outdoors US')}</span>`));
    const d = findRenewDialog(document)!;
    const shop = fieldByLabel(d, new Set(['target shop']))!;
    expect(readRenewDialog(d, { shop: 'Acme Outdoors US' }).checks['target-shop'].state).toBe('ok');
    // Typing "Outl": the value is hidden and holds the typed text; no option is marked chosen.
    const view = shop.querySelector('[class$="-select-view-selector"]')!;
    view.innerHTML = `<input class="${p}-select-view-input" value="Outl"><span class="${p}-select-view-value-mirror">Outl</span><span style="display: none;" class="${p}-select-view-value">Outl</span>`;
    expect(readRenewDialog(d, { shop: 'Acme Outdoors US' }).checks['target-shop']).toMatchObject({ state: 'ok', value: 'Acme Outdoors US' });
    // A fresh select typed into before anything was chosen: still nothing chosen.
    html(dialog(p).replace(`placeholder="Select a shop" value=""`, `placeholder="Select a shop" value="Acme"`));
    expect(readRenewDialog(findRenewDialog(document)!).checks['target-shop'].state).toBe('missing');
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses only', () => {
    expect(isEmail('a@b.co')).toBe(true);
    expect(isEmail('a@@b.co')).toBe(false);
    expect(isEmail('a@b')).toBe(false);
  });
});

describe('renew dialog with a label renamed', () => {
  it('says the field was not found instead of judging it', () => {
    html(dialog('theme-arco', { shop: 'Acme Outdoors US' }).replace('> Target shop<', '> Store<'));
    const f = readRenewDialog(findRenewDialog(document)!);
    expect(f.checks['target-shop']).toMatchObject({ state: 'missing', field: null, note: 'not-found' });
    expect(f.checks['renew-option'].note).not.toBe('not-found');
  });
});

describe.each(PREFIXES)('authorization period (%s)', (p) => {
  const offered = ['1 month', '6 months', '1 year'];
  const read = () => readRenewDialog(findRenewDialog(document)!);
  it('no period field, no check', () => {
    html(dialog(p, { shop: 'Acme Outdoors US', option: 'Re-authorize only', consent: true }));
    const f = read();
    expect(f.checks.duration).toBeUndefined();
    expect(Object.keys(f.checks)).toEqual(['target-shop', 'renew-option', 'contact-email', 'consent']);
  });
  it('a select: missing, then wrong while shorter than the longest offered, then ok', () => {
    html(dialog(p, { duration: { options: offered } }));
    expect(read().checks.duration).toMatchObject({ state: 'missing', value: '' });
    html(dialog(p, { duration: { value: '6 months', options: offered } }));
    expect(read().checks.duration).toMatchObject({ state: 'wrong', value: '6 months', expected: '1 year' });
    html(dialog(p, { duration: { value: '1 year', options: offered } }));
    expect(read().checks.duration).toMatchObject({ state: 'ok', value: '1 year' });
  });
  it('its list not mounted yet: shorter than a year is wrong, with no longest named', () => {
    html(dialog(p, { duration: { value: '6 months', options: null } }));
    const c = read().checks.duration!;
    expect(c.state).toBe('wrong');
    expect(c.expected).toBeUndefined();
  });
  it('radio buttons, under another of its likely names', () => {
    html(dialog(p, { duration: { radio: true, options: offered, value: '1 month', label: 'Authorization period' } }));
    expect(read().checks.duration).toMatchObject({ state: 'wrong', value: '1 month', expected: '1 year' });
    html(dialog(p, { duration: { radio: true, options: offered, value: '1 year', label: 'Authorization period' } }));
    expect(read().checks.duration?.state).toBe('ok');
  });
  it('comes after Renew options in the checklist, and is the field to fix before the email', () => {
    html(dialog(p, { shop: 'Acme Outdoors US', option: 'Re-authorize only', email: '', consent: true, duration: { value: '1 month', options: offered } }));
    const f = read();
    expect(Object.keys(f.checks)).toEqual(['target-shop', 'renew-option', 'duration', 'contact-email', 'consent']);
    expect(firstFailing(f)?.id).toBe('duration');
  });
});
