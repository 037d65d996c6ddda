import { beforeEach, describe, expect, it } from 'vitest';
import { findAppsPage, findPipe17Row, parseDate, readAppsPage } from './appsTable';
import { readConsentPage } from './consentPage';
import { readNavigation } from './navigation';
import { fieldByLabel, findRenewDialog, isEmail, readRenewDialog, selectOptions, selectValue } from './renewDialog';
import { firstFailing } from '../steps';
import { findShopName } from './shop';
import { appsPage, dialog, dropdownMenu, html, nav, type Prefix } from './fixtures.test.util';

const prefixes: Prefix[] = ['theme-arco', 'arco'];

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each(prefixes)('navigation (%s)', (p) => {
  it('finds Growth, closed', () => {
    html(nav(p));
    const n = readNavigation(document);
    expect(n.growth?.textContent).toContain('Growth');
    expect(n.growth?.getAttribute('aria-haspopup')).toBe('true');
    expect(n.growthOpen).toBe(false);
    expect(n.myApps).toBeNull();
  });
  it('finds My Apps & Services in the open submenu portal', () => {
    html(nav(p, true));
    const n = readNavigation(document);
    expect(n.growthOpen).toBe(true);
    expect(n.myApps?.getAttribute('role')).toBe('menuitem');
    expect(n.myApps?.textContent).toBe('My Apps & Services');
  });
  it('finds the item under its earlier name, Apps & Services', () => {
    html(nav(p, true).replace('My Apps &amp; Services', 'Apps &amp; Services'));
    expect(readNavigation(document).myApps?.textContent).toBe('Apps & Services');
  });
  it('a navigation folded to its icons (Arco\'s collapsed Menu): Growth found, and said to be an icon', () => {
    html(nav(p));
    expect(readNavigation(document).growthIconOnly).toBeUndefined();
    html(nav(p).replace(`${p}-menu-vertical ${p}-menu-pop`, `${p}-menu-vertical ${p}-menu-collapse ${p}-menu-pop`));
    const folded = readNavigation(document);
    expect(folded.growth?.textContent).toContain('Growth');
    expect(folded.growthIconOnly).toBe(true);
  });
  it('Growth opening on hover (a pop submenu) or on a click (an inline submenu)', () => {
    html(nav(p));
    expect(readNavigation(document).growthOnClick).toBe(false);
    // Arco Menu's vertical mode, as rendered: an inline header over content collapsed to height 0, visibility hidden.
    html(`<div role="menu" class="${p}-menu ${p}-menu-vertical"><div class="${p}-menu-inner"><div class="${p}-menu-inline"><div tabindex="0" aria-expanded="false" class="${p}-menu-inline-header" aria-controls="m-inline-1"><span>Growth</span><span class="${p}-menu-icon-suffix"></span></div><div class="${p}-menu-inline-content" id="m-inline-1" style="height: 0px; visibility: hidden;"><div tabindex="0" role="menuitem" class="${p}-menu-item"><span class="${p}-menu-item-inner">My Apps &amp; Services</span></div></div></div></div></div>`);
    const closed = readNavigation(document);
    expect(closed).toMatchObject({ growthOpen: false, growthOnClick: true, myApps: null });
    expect(closed.growth?.className).toContain('menu-inline-header');
    // Opened: the item is the menu item, not the span around its text.
    const content = document.getElementById('m-inline-1') as HTMLElement;
    content.style.cssText = 'height: auto;';
    const open = readNavigation(document);
    expect(open.growthOpen).toBe(true);
    expect(open.myApps?.getAttribute('role')).toBe('menuitem');
  });
  it('ignores a hidden submenu', () => {
    html(nav(p, true));
    (document.querySelector('[role="menu"][id]') as HTMLElement).style.display = 'none';
    expect(readNavigation(document).myApps).toBeNull();
  });
  it('finds nothing on a page without the navigation', () => {
    html('<main><p>Growth is good</p></main>');
    expect(readNavigation(document).growth).toBeNull();
  });
});

describe.each(prefixes)('apps table (%s)', (p) => {
  const rows = [
    { name: 'ShipHero Sync', description: 'Works with Pipe17 and others' },
    { name: 'Pipe17', status: 'Expired', expiry: '2026-11-01' },
    { name: 'Klaviyo' },
  ];
  it('tabs that carry their counts ("Apps (14)", "Incidents" with a count badge) are the same tabs', () => {
    const counted = (tab: 'apps' | 'incidents') =>
      appsPage(p, { rows, tab, heading: false })
        .replace('>Apps</span>', '>Apps (14)</span>')
        .replace('>Incidents</span>', `>Incidents <span class="${p}-badge"><span class="${p}-badge-number"><span>3</span></span></span></span>`);
    html(counted('incidents'));
    const onIncidents = readAppsPage(document)!;
    expect(onIncidents.appsTabActive).toBe(false);
    expect(onIncidents.appsTab?.textContent).toContain('Apps (14)');
    html(counted('apps'));
    expect(readAppsPage(document)).toMatchObject({ appsTabActive: true });
    expect(readAppsPage(document)?.pipe17?.state).toBe('expired');
    // A tab whose name only starts with a tab word is not it.
    html(appsPage(p, { rows, heading: false }).replace('>Apps</span>', '>Apps 2.0 beta</span>'));
    expect(findAppsPage(document)).toBeNull();
  });
  it('Apps and Incidents as a segmented control (Arco Radio.Group of buttons) are the tabs', () => {
    const segmented = (tab: 'apps' | 'incidents') =>
      `<main><h4>My apps and incidents</h4><div class="${p}-radio-group ${p}-radio-group-type-button" role="radiogroup">` +
      `<label class="${p}-radio-button${tab === 'apps' ? ` ${p}-radio-checked` : ''}"><input type="radio" value="apps"${tab === 'apps' ? ' checked' : ''}><span class="${p}-radio-button-inner">Apps</span></label>` +
      `<label class="${p}-radio-button${tab === 'incidents' ? ` ${p}-radio-checked` : ''}"><input type="radio" value="incidents"${tab === 'incidents' ? ' checked' : ''}><span class="${p}-radio-button-inner">Incidents</span></label></div>` +
      (tab === 'apps'
        ? `<table><tbody><tr><td>Pipe17</td><td><span class="${p}-tag">Expired</span></td><td><button>Authorize</button></td></tr></tbody></table>`
        : '<table><tbody><tr><td>Order sync delayed</td><td>Pipe17</td><td>Open</td></tr></tbody></table>') +
      '</main>';
    html(segmented('incidents'));
    const onIncidents = readAppsPage(document)!;
    expect(onIncidents.appsTabActive).toBe(false);
    expect(onIncidents.appsTab?.tagName).toBe('LABEL');
    expect(onIncidents.pipe17).toBeNull();
    html(segmented('apps'));
    const onApps = readAppsPage(document)!;
    expect(onApps.appsTabActive).toBe(true);
    expect(onApps.pipe17?.authorize?.textContent).toBe('Authorize');
    // Checked by property only (no class), as a page may draw it.
    html(segmented('incidents').replace(`${p}-radio-checked`, ''));
    (document.querySelector('input[value="apps"]') as HTMLInputElement).checked = true;
    expect(readAppsPage(document)!.appsTabActive).toBe(true);
  });
  it('recognises the page by heading and by tabs alone', () => {
    html(appsPage(p, { rows }));
    expect(findAppsPage(document)).not.toBeNull();
    html(appsPage(p, { rows, heading: false }));
    expect(findAppsPage(document)).not.toBeNull();
    html('<main><h1>Orders</h1><table><tr><td>Pipe17</td></tr></table></main>');
    expect(findAppsPage(document)).toBeNull();
  });
  it('picks the Pipe17 row and its own Authorize, not a decoy or the first Authorize', () => {
    html(appsPage(p, { rows }));
    const a = readAppsPage(document)!;
    expect(a.appsTabActive).toBe(true);
    expect(a.pipe17?.row.textContent).toContain('Pipe17');
    expect(a.pipe17?.row.textContent).not.toContain('ShipHero');
    expect(a.pipe17?.authorize?.textContent).toBe('Authorize');
    expect(a.pipe17?.row.contains(a.pipe17.authorize)).toBe(true);
    expect(a.pipe17?.state).toBe('expired');
    expect(a.pipe17?.expiresAt).toBe('2026-11-01');
  });
  it('reads Active and Expiring soon', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expiring soon', expiry: '2026/12/01' }] }));
    expect(readAppsPage(document)!.pipe17).toMatchObject({ state: 'expiring', expiresAt: '2026-12-01' });
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Active' }] }));
    expect(readAppsPage(document)!.pipe17?.state).toBe('active');
  });
  it('takes the row action under its earlier name, Renew, for Authorize (the owner, not a verdict of not-owner)', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['Renew', 'View details'] }] }));
    expect(readAppsPage(document)!.pipe17?.authorize?.textContent).toBe('Renew');
  });
  it('reports a Pipe17 row without Authorize (not the owner)', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', actions: ['View details'] }] }));
    const a = readAppsPage(document)!;
    expect(a.pipe17).not.toBeNull();
    expect(a.pipe17?.authorize).toBeNull();
  });
  it('Authorize in the row\'s "More" (⋯) menu: the menu button until it opens, then its Authorize item', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details'], more: 'closed' }] }));
    const closed = readAppsPage(document)!.pipe17!;
    expect(closed.authorize).toBeNull();
    expect(closed.more?.getAttribute('aria-label')).toBe('More actions');
    // Open: the menu is drawn at the end of <body>, unlinked from its button.
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details'], more: 'open' }] }) + dropdownMenu(p, ['Authorize', 'Uninstall']));
    const open = readAppsPage(document)!.pipe17!;
    expect(open.authorize?.getAttribute('role')).toBe('menuitem');
    expect(open.authorize?.textContent).toBe('Authorize');
    expect(open.inMenu).toBe(true);
    expect(open.more).toBeNull();
  });
  it('a "More" menu seen open without Authorize: not the owner, also after it closes', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details'], more: 'open' }] }));
    // Open but not drawn yet: nothing concluded.
    expect(readAppsPage(document)!.pipe17!.more).not.toBeNull();
    document.body.insertAdjacentHTML('beforeend', dropdownMenu(p, ['Contact developer']));
    const seen = readAppsPage(document)!.pipe17!;
    expect(seen.authorize).toBeNull();
    expect(seen.more).toBeNull();
    // Closed again (the same button): still known to hold no Authorize.
    const button = seen.row.querySelector('[aria-label="More actions"]')!;
    button.classList.remove(`${p}-dropdown-popup-visible`, `${p}-dropdown-open`);
    document.body.lastElementChild!.remove();
    expect(readAppsPage(document)!.pipe17!.more).toBeNull();
  });
  it('a "More" menu is found by its icon, its name, or aria-haspopup; a row with neither has none', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details', '⋯'] }] }));
    expect(readAppsPage(document)!.pipe17!.more?.textContent).toBe('⋯');
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details'] }] }));
    document.querySelectorAll('button')[0]!.setAttribute('aria-haspopup', 'menu');
    expect(readAppsPage(document)!.pipe17!.more?.textContent).toBe('View details');
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details', 'Uninstall'] }] }));
    expect(readAppsPage(document)!.pipe17!.more).toBeNull();
  });
  it('another row\'s open menu is not Pipe17\'s', () => {
    html(
      appsPage(p, { rows: [{ name: 'Sellbrite', status: 'Expired', actions: ['View details'], more: 'open' }, { name: 'Pipe17', status: 'Expired', actions: ['View details'], more: 'closed' }] }) +
        dropdownMenu(p, ['Authorize', 'Uninstall']),
    );
    const r = readAppsPage(document)!.pipe17!;
    expect(r.authorize).toBeNull();
    expect(r.more).not.toBeNull();
  });
  it('no Pipe17 row: points at the search box and pager; decoys do not count', () => {
    html(appsPage(p, { rows: [{ name: 'Klaviyo', description: 'Pipe17 compatible' }, { name: 'Pipe17 Connector Pro' }, { name: 'Pipe\u200b17' }] }));
    const a = readAppsPage(document)!;
    expect(a.pipe17).toBeNull();
    expect(a.searchBox?.className).toContain('input-inner-wrapper');
    expect(a.pager?.className).toContain('pagination');
  });
  it('the Incidents tab: Apps tab not active, no row read from the hidden pane', () => {
    html(appsPage(p, { rows, tab: 'incidents' }));
    const a = readAppsPage(document)!;
    expect(a.appsTabActive).toBe(false);
    expect(a.appsTab?.getAttribute('role')).toBe('tab');
    expect(a.pipe17).toBeNull();
  });
  it('loading state', () => {
    html(appsPage(p, { rows: [], loading: true }));
    expect(readAppsPage(document)!.loading).toBe(true);
  });
  it('reuses the previous row while it is still Pipe17', () => {
    html(appsPage(p, { rows }));
    const first = findPipe17Row(document)!;
    expect(findPipe17Row(document, first)).toBe(first);
    first.remove();
    expect(findPipe17Row(document, first)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    ['2026/1/5 10:00', '2026-01-05'],
    ['12/31/2026', '2026-12-31'],
    ['Expires 2027.02.03', '2027-02-03'],
    ['soon', undefined],
    ['2026-13-45', undefined],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));
});

describe.each(prefixes)('renew dialog (%s)', (p) => {
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

describe('consent page', () => {
  it('finds the primary Authorize button', () => {
    html(`<div><h1>Pipe17 is requesting access</h1><button class="theme-arco-btn theme-arco-btn-secondary"><span>Cancel</span></button><button class="theme-arco-btn theme-arco-btn-primary"><span>Authorize</span></button></div>`);
    const c = readConsentPage(document);
    expect(c.mentionsPipe17).toBe(true);
    expect(c.authorize?.className).toContain('btn-primary');
  });
  it('an "I agree" box: Authorize disabled until it is ticked is still the Authorize; the box comes first', () => {
    const page = (ticked: boolean) => `<div><h1>Pipe17 is requesting access</h1>
      <label class="theme-arco-checkbox ${ticked ? 'theme-arco-checkbox-checked' : ''}"><input type="checkbox" ${ticked ? 'checked' : ''}><span class="theme-arco-checkbox-text">I have read and agree to the conditions above</span></label>
      <label class="theme-arco-checkbox"><input type="checkbox"><span class="theme-arco-checkbox-text">Email me product news</span></label>
      <button class="theme-arco-btn theme-arco-btn-secondary"><span>Cancel</span></button>
      <button class="theme-arco-btn theme-arco-btn-primary ${ticked ? '' : 'theme-arco-btn-disabled'}" ${ticked ? '' : 'disabled'}><span>Authorize</span></button></div>`;
    html(page(false));
    const before = readConsentPage(document);
    expect(before.authorize?.textContent).toBe('Authorize');
    expect(before.tickFirst).toBe(true);
    html(page(true));
    const after = readConsentPage(document);
    expect(after.authorize?.hasAttribute('disabled')).toBe(false);
    // The unrelated "Email me" box is not the conditions' box.
    expect(after.tickFirst).toBeUndefined();
    // Ticked by the owner as it happens (a property, not an attribute).
    html(page(false));
    (document.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    expect(readConsentPage(document).tickFirst).toBeUndefined();
  });
  it('an "I agree" box named only by aria-label (role=checkbox) counts too', () => {
    html(`<div><h1>Pipe17</h1><span role="checkbox" aria-checked="false" aria-label="I agree to the conditions" tabindex="0"></span><button class="arco-btn arco-btn-primary" disabled><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).tickFirst).toBe(true);
    document.querySelector('[role=checkbox]')!.setAttribute('aria-checked', 'true');
    expect(readConsentPage(document).tickFirst).toBeUndefined();
  });
  it('an enabled Authorize is preferred to a disabled one', () => {
    html(`<div><a class="theme-arco-btn theme-arco-btn-primary" aria-disabled="true">Authorize</a><button class="theme-arco-btn theme-arco-btn-secondary"><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).authorize?.tagName).toBe('BUTTON');
  });
  it('no button → null', () => {
    html('<div>Loading…</div>');
    expect(readConsentPage(document).authorize).toBeNull();
  });
});

describe('shop name', () => {
  it('reads the header shop name, null when absent', () => {
    html('<header class="theme-m4b-header"><span class="theme-m4b-header-shop-name"> Acme  Outdoors US </span></header>');
    expect(findShopName(document)).toBe('Acme Outdoors US');
    html('<header></header>');
    expect(findShopName(document)).toBeNull();
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

describe('apps page reuse', () => {
  it('reuses the page found last time while it still holds its tabs, and looks again once it is gone', () => {
    html(appsPage('theme-arco', { rows: [{ name: 'Pipe17' }] }));
    const first = readAppsPage(document)!;
    const again = readAppsPage(document, { page: first.page, row: first.pipe17?.row ?? null })!;
    expect(again.page).toBe(first.page);
    expect(again.pipe17?.row).toBe(first.pipe17?.row);
    html(appsPage('theme-arco', { rows: [{ name: 'Pipe17' }] }));
    const fresh = readAppsPage(document, { page: first.page, row: first.pipe17?.row ?? null })!;
    expect(fresh.page).not.toBe(first.page);
    expect(fresh.page.isConnected).toBe(true);
  });
});
