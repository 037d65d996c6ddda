import { beforeEach, describe, expect, it } from 'vitest';
import { readAppsPage } from './appsTable';
import { actionCellOf, learnAction, readAppsByStructure, readPipe17RowByStructure, toneOf } from './appsPageByStructure';
import { appsPage, dialog, dropdownMenu, html, PREFIXES, row } from './fixtures.test.util';
import { accent, unread } from './unread.test.util';

const URL_APPS = 'https://seller-us.tiktok.com/services/authorizations?tab=apps';
const rows = [{ name: 'ShipHero Sync' }, { name: 'Pipe17', status: 'Expired', expiry: '2026-11-20' }, { name: 'Veeqo' }];

beforeEach(() => {
  document.body.replaceChildren();
  learnAction('');
});

describe.each(PREFIXES)('My apps read by structure (%s)', (p) => {
  it('the words find nothing; the structure finds the Pipe17 row, its action cell, its expiry, and no status', () => {
    html(unread(appsPage(p, { rows })));
    expect(readAppsPage(document)).toBeNull();
    const a = readAppsByStructure(document, URL_APPS)!;
    expect(a.appsTabActive).toBe(true);
    expect(a.appsTab?.textContent).toBe(accent('Apps'));
    const r = a.pipe17!;
    expect(r.unread).toBe(true);
    expect(r.state).toBe('unknown');
    expect(r.expiresAt).toBe('2026-11-20');
    // The cell, not one of its actions: which one renews is not known yet.
    expect(r.authorize?.matches('td')).toBe(true);
    expect(r.authorize?.textContent).toContain(accent('Authorize'));
    expect(r.label).toBeUndefined();
  });
  it('the action that opened the Renew dialog, once known by its label, is pointed at alone', () => {
    html(unread(appsPage(p, { rows })));
    learnAction(accent('Authorize'));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize?.matches('button')).toBe(true);
    expect(r.label).toBe(accent('Authorize'));
  });
  it('the Incidents tab named by the URL: the Apps tab is the other one, and no row is read', () => {
    html(unread(appsPage(p, { rows, tab: 'incidents' })));
    const a = readAppsByStructure(document, 'https://seller-us.tiktok.com/services/authorizations?tab=incidents')!;
    expect(a.appsTabActive).toBe(false);
    expect(a.appsTab?.textContent).toBe(accent('Apps'));
    expect(a.pipe17).toBeNull();
  });
  it('no Pipe17 row on this page of the list: the one search box, and the pager', () => {
    html(unread(appsPage(p, { rows: [{ name: 'Veeqo' }] })));
    const a = readAppsByStructure(document, URL_APPS)!;
    expect(a.pipe17).toBeNull();
    expect(a.searchBox?.querySelector('input') ?? a.searchBox).toBeTruthy();
    expect(a.pager).not.toBeNull();
  });
  it('two rows named exactly Pipe17: no action is pointed at (the manual instruction)', () => {
    html(unread(appsPage(p, { rows: [...rows, { name: 'Pipe17' }] })));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.unread).toBe(true);
    expect(r.authorize).toBeNull();
  });
  it('actions in two cells: which cell acts is a guess, so none', () => {
    html(`<table><tbody>${row(p, { name: 'Pipe17' }).replace('<td', `<td><button class="${p}-btn">${accent('Copy')}</button></td><td`)}</tbody></table>`);
    expect(actionCellOf(document.querySelector('tr')!)).toBeUndefined();
    expect(readPipe17RowByStructure(document.querySelector('tr')!).authorize).toBeNull();
  });
  it('a row without actions has no action cell', () => {
    html(`<table><tbody>${row(p, { name: 'Pipe17', actions: [] })}</tbody></table>`);
    expect(actionCellOf(document.querySelector('tr')!)).toBeNull();
  });
});

describe('the status tag’s colour, from class names only', () => {
  it('green is good, red / orange are bad, none is not known', () => {
    html('<table><tbody><tr><td><div class="theme-arco-tag theme-arco-tag-green theme-arco-tag-checked">x</div></td></tr></tbody></table>');
    expect(toneOf(document.querySelector('tr')!)).toBe('good');
    html('<table><tbody><tr><td><div class="core-tag core-tag-red">x</div></td></tr></tbody></table>');
    expect(toneOf(document.querySelector('tr')!)).toBe('bad');
    html('<table><tbody><tr><td><span class="arco-badge arco-badge-color-orange">x</span></td></tr></tbody></table>');
    expect(toneOf(document.querySelector('tr')!)).toBe('bad');
    html('<table><tbody><tr><td><div class="arco-tag arco-tag-size-default" style="color: green">x</div></td></tr></tbody></table>');
    expect(toneOf(document.querySelector('tr')!)).toBeUndefined();
  });
});

describe('not an apps page', () => {
  it('no table and no spinner yet: null', () => {
    html('<main><h1>x</h1></main>');
    expect(readAppsByStructure(document, URL_APPS)).toBeNull();
  });
});

/**
 * My apps as the stand-in's `table=divs` draws it: Arco tabs over a list of bare divs (no table, row or cell markup, no
 * Arco table class, class names that say nothing), a header row beside the rows' block, each row four cells.
 */
const bareList = (p: string, list: { name: string; expiry?: string; actions?: string[]; cells?: string }[], o: { tab?: 'apps' | 'incidents'; lists?: number } = {}) => {
  const rowOf = (r: (typeof list)[number]) =>
    r.cells ??
    `<div class="r4t6y"><div class="c1v5n"><div class="${p}-space"><div class="${p}-space-item"><div class="${p}-avatar">${r.name.slice(0, 1)}</div></div><div class="${p}-space-item"><div class="sc-app-cell"><div class="nm">${r.name}</div><div class="dv">Acme Labs</div></div></div></div></div>` +
    `<div class="c1v5n"><div class="${p}-tag ${p}-tag-red"><span class="${p}-tag-content">Expired</span></div></div><div class="c1v5n">${r.expiry ?? '2027-01-01'}</div>` +
    `<div class="c1v5n"><div class="${p}-space">${(r.actions ?? ['Authorize', 'View details']).map((a) => `<div class="${p}-space-item"><button class="${p}-btn ${p}-btn-text" type="button"><span>${a}</span></button></div>`).join('')}</div></div></div>`;
  const block = `<div class="x7k2q"><div class="h3m9w"><div>App name</div><div>Status</div><div>Authorization expiry date</div><div>Action</div></div><div class="b8z1p">${list.map(rowOf).join('')}</div></div>`;
  return `<main><h4>My apps and incidents</h4><div class="${p}-tabs"><div class="${p}-tabs-header">
    <div role="tab" aria-selected="${o.tab !== 'incidents'}" class="${p}-tabs-header-title"><span>Apps</span></div>
    <div role="tab" aria-selected="${o.tab === 'incidents'}" class="${p}-tabs-header-title"><span>Incidents</span></div></div>
    <div class="${p}-tabs-content"><div class="${p}-alert" role="alert"><span>Pipe17</span><button>Authorize</button></div>
    <span class="${p}-input-inner-wrapper"><input class="${p}-input" placeholder="Search by app name"></span>${block.repeat(o.lists ?? 1)}</div></div></main>`;
};
const apps3 = [{ name: 'ShipHero Sync' }, { name: 'Pipe17', expiry: '2026-11-20' }, { name: 'Veeqo' }];
/** The Pipe17 row of the first bare list, by its place. */
const bareRowOf = (): Element => document.querySelectorAll('.b8z1p > div')[1]!;

describe.each(PREFIXES)('My apps drawn with bare divs, read by structure (%s)', (p) => {
  it('the row is the repeated list item holding the text Pipe17: its action cell, its expiry; the page is the block under the tabs', () => {
    html(unread(bareList(p, apps3)));
    expect(readAppsPage(document)).toBeNull();
    const a = readAppsByStructure(document, URL_APPS)!;
    expect(a.pipe17?.row).toBe(bareRowOf());
    expect(a.pipe17?.authorize).toBe(bareRowOf().lastElementChild);
    expect(a.pipe17).toMatchObject({ unread: true, state: 'unknown', expiresAt: '2026-11-20', tone: 'bad' });
    expect(a.page.contains(a.appsTab)).toBe(true);
    expect(a.appsTab?.textContent).toBe(accent('Apps'));
    expect(a.appsTabActive).toBe(true);
    expect(a.searchBox).toBeNull();
  });
  it('the action that opened the Renew dialog, once known, is pointed at alone', () => {
    html(unread(bareList(p, apps3)));
    learnAction(accent('Authorize'));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize?.matches('button')).toBe(true);
    expect(bareRowOf().contains(r.authorize)).toBe(true);
    expect(r.label).toBe(accent('Authorize'));
  });
  it('the Incidents tab named by the URL: the Apps tab to click, no row read', () => {
    html(unread(bareList(p, apps3, { tab: 'incidents' })));
    const a = readAppsByStructure(document, 'https://seller-us.tiktok.com/services/authorizations?tab=incidents')!;
    expect(a.appsTabActive).toBe(false);
    expect(a.appsTab?.textContent).toBe(accent('Apps'));
    expect(a.pipe17).toBeNull();
  });
  it('two rows named Pipe17: no action (the manual instruction)', () => {
    html(unread(bareList(p, [...apps3, { name: 'Pipe17' }])));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17).toMatchObject({ unread: true, authorize: null });
  });
  it('a list of one app has no repeated item, so no row by structure: Pipe17 without an action (the manual instruction)', () => {
    html(unread(bareList(p, [{ name: 'Pipe17' }])));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.unread).toBe(true);
    expect(r.authorize).toBeNull();
  });
  it('a list of one app that grows: the row by its shape once it has a sibling (the bare text is never kept)', () => {
    html(unread(bareList(p, [{ name: 'Pipe17' }])));
    const alone = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(alone.row.matches('.nm')).toBe(true);
    expect(alone.authorize).toBeNull();
    // More apps arrive in the same list, around the row already drawn.
    const list = document.querySelector('.b8z1p')!;
    const more = document.createElement('div');
    more.innerHTML = unread(bareList(p, [{ name: 'Veeqo' }, { name: 'Zed' }]));
    list.append(...more.querySelectorAll('.b8z1p > div'));
    const grown = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(grown.row).toBe(list.firstElementChild);
    expect(grown.authorize).toBe(list.firstElementChild!.lastElementChild);
  });
  it('too small: cells repeated alike inside the row are taken for rows, and a cell holds no action', () => {
    const cells = (name: string) => `<div class="r"><div class="c"><span>${name}</span><span>Acme Labs</span></div><div class="c"><span>Expired</span><span>2026-11-20</span></div><div class="a"><button type="button">Authorize</button></div></div>`;
    html(unread(bareList(p, [{ name: 'Veeqo', cells: cells('Veeqo') }, { name: 'Pipe17', cells: cells('Pipe17') }])));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row.matches('.c')).toBe(true);
    expect(r.authorize).toBeNull();
  });
  it('too big: rows of one wrapper each make the list the row (two action cells), or the block holding it (the cell holding actions names Pipe17 too): no action', () => {
    const wrapped = (name: string) => `<div class="w"><div class="r"><div>${name}</div><div>2026-11-20</div><div><button type="button">Authorize</button></div></div></div>`;
    const list = (names: string[]) => `<div class="b8z1p">${names.map(wrapped).join('')}</div>`;
    // Two lists alike in one block: the list is the smallest repeated item.
    html(unread(bareList(p, [])).replace(/<div class="x7k2q">.*<\/div><\/div><\/div><\/div><\/main>/s, `<div class="x7k2q">${list(['Veeqo', 'Pipe17'])}${list(['Zed', 'Acme ERP'])}</div></div></div></main>`));
    let r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row.matches('.b8z1p')).toBe(true);
    expect(actionCellOf(r.row)).toBeUndefined();
    expect(r.authorize).toBeNull();
    // Two blocks alike (a header and a list each): the block, whose one cell holding actions is the list, Pipe17 in it.
    html(unread(bareList(p, [{ name: 'Veeqo', cells: wrapped('Veeqo') }, { name: 'Pipe17', cells: wrapped('Pipe17') }], { lists: 2 }).replace('Pipe17</div>', 'Zed</div>')));
    r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row.matches('.x7k2q')).toBe(true);
    expect(actionCellOf(r.row)?.matches('.b8z1p')).toBe(true);
    expect(r.authorize).toBeNull();
    expect(r.more).toBeNull();
  });
  it('Pipe17 named only in a notice, in a hidden pane or among other words: no row, and no page without a table', () => {
    html(unread(bareList(p, [{ name: 'Veeqo' }, { name: 'Zed' }])));
    expect(readAppsByStructure(document, URL_APPS)).toBeNull();
    html(unread(bareList(p, [{ name: 'Veeqo' }, { name: 'Pipe17 Connector Pro' }])));
    expect(readAppsByStructure(document, URL_APPS)).toBeNull();
    html(unread(bareList(p, apps3)).replace('<div class="x7k2q">', '<div class="x7k2q" aria-hidden="true">'));
    expect(readAppsByStructure(document, URL_APPS)).toBeNull();
  });
  it('"Pipe17" as part of a longer text (a description drawn in two text nodes), or in the open Renew dialog: not a second row', () => {
    html(unread(bareList(p, apps3)) + unread(dialog(p)));
    document.querySelector('[role="dialog"] p')!.replaceChildren('Pipe17');
    document.querySelector('.dv')!.replaceChildren('Works with ', 'Pipe17');
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row).toBe(bareRowOf());
    expect(r.authorize).toBe(bareRowOf().lastElementChild);
  });
  it('a sibling of the same shape that is not shown (a hidden template) does not make a list', () => {
    html(unread(bareList(p, [{ name: 'Pipe17' }, { name: 'Veeqo' }])));
    (document.querySelectorAll('.b8z1p > div')[1] as HTMLElement).setAttribute('aria-hidden', 'true');
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.authorize).toBeNull();
  });
  it('the row found last time is read again while it still is one, without walking the list', () => {
    html(unread(bareList(p, apps3)));
    const first = readAppsByStructure(document, URL_APPS)!.pipe17!.row;
    // A second row named Pipe17 drawn later is not looked for while the first still stands (as with a table).
    bareRowOf().parentElement!.insertAdjacentHTML('beforeend', unread(bareList(p, [{ name: 'Pipe17' }])).match(/<div class="r4t6y">.*?<\/div><\/div><\/div><\/div><\/div>/s)![0]);
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.row).toBe(first);
    first.remove();
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.row).not.toBe(first);
  });
  it('a second Pipe17 row drawn later, alike in shape: the row kept still is the one with its actions, not a guess between two', () => {
    html(unread(bareList(p, apps3)));
    const first = readAppsByStructure(document, URL_APPS)!.pipe17!.row;
    first.parentElement!.append(first.cloneNode(true));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row).toBe(first);
    expect(r.authorize).toBe(first.lastElementChild);
  });
  it('the row found last time re-used for another app (the list redrawn in place): no Pipe17 row, so no list', () => {
    html(unread(bareList(p, apps3)));
    readAppsByStructure(document, URL_APPS);
    bareRowOf().querySelector('.nm')!.textContent = 'Zed';
    expect(readAppsByStructure(document, URL_APPS)).toBeNull();
  });
});

/** The row's action cell as Arco's Dropdown draws a "More" (⋯) trigger in it; `open` marks it open as Arco does. */
const moreCell = (p: string, o: { others?: string[]; open?: boolean } = {}) =>
  `<td class="${p}-table-td">${(o.others ?? []).map((a) => `<button class="${p}-btn ${p}-btn-text" type="button"><span>${a}</span></button>`).join('')}` +
  `<button aria-label="${accent('More actions')}" class="${p}-btn ${p}-btn-text ${p}-btn-icon-only${o.open ? ` ${p}-dropdown-popup-visible` : ''}" type="button"><svg class="${p}-icon ${p}-icon-more"></svg></button></td>`;
const menuTable = (p: string, pipe17: { others?: string[]; open?: boolean }, other: { open?: boolean } = {}) =>
  `<main><div class="${p}-tabs"><div role="tab" aria-selected="true" class="${p}-tabs-header-title">${accent('Apps')}</div><div role="tab" aria-selected="false" class="${p}-tabs-header-title">${accent('Incidents')}</div>
  <table><tbody>
    <tr class="${p}-table-tr"><td class="${p}-table-td"><span>Gorgias</span></td><td class="${p}-table-td">2027-01-01</td>${moreCell(p, { others: [accent('View details')], ...other })}</tr>
    <tr class="${p}-table-tr"><td class="${p}-table-td"><span>Pipe17</span></td><td class="${p}-table-td">2026-11-20</td>${moreCell(p, pipe17)}</tr>
  </tbody></table></div></main>`;
const menu = (p: string) => dropdownMenu(p, [accent('Authorize'), accent('Contact developer'), accent('Uninstall')]);
const trigger = (): Element => document.querySelectorAll('button[aria-label]')[1]!;

describe.each(PREFIXES)('Authorize in the row’s "More" (⋯) menu, read by structure (%s)', (p) => {
  it('the action cell’s only action opens a menu (its ⋯ icon): that trigger, while closed', () => {
    html(menuTable(p, {}));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize).toBeNull();
    expect(r.more).toBe(trigger());
    expect(r.unread).toBe(true);
  });
  it('also found by aria-haspopup, without the icon', () => {
    html(menuTable(p, {}).replace(/<svg[^>]*><\/svg>/g, '⋮').replace(/aria-label="[^"]*"/g, 'aria-haspopup="menu"'));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.more).toBe(document.querySelectorAll('button[aria-haspopup]')[1]);
  });
  it('its menu open (drawn at the end of <body>): the menu as a whole, the item to pick named in English; never a not-owner reading', () => {
    html(menuTable(p, { open: true }) + menu(p));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize?.getAttribute('role')).toBe('menu');
    expect(r.more).toBeNull();
    expect(r.label).toBeUndefined();
    // Open without any item yet, or with items none of which is known: still the menu, never "not the owner".
    html(menuTable(p, { open: true }) + dropdownMenu(p, [accent('Contact developer')]));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.authorize?.getAttribute('role')).toBe('menu');
    html(menuTable(p, {}));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.more).toBe(trigger());
  });
  it('the item whose label opened the Renew dialog before, alone, once the menu is open', () => {
    learnAction(accent('Authorize'));
    html(menuTable(p, { open: true }) + menu(p));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize?.getAttribute('role')).toBe('menuitem');
    expect(r.authorize?.textContent).toBe(accent('Authorize'));
    expect(r.label).toBe(accent('Authorize'));
  });
  it('another app’s menu open is not Pipe17’s: Pipe17’s trigger still', () => {
    learnAction(accent('Authorize'));
    html(menuTable(p, {}, { open: true }) + menu(p));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize).toBeNull();
    expect(r.more).toBe(trigger());
  });
  it('a trigger beside other actions: the cell until its menu opens; once the renew action is known to be no action of the cell, the trigger', () => {
    html(menuTable(p, { others: [accent('View details')] }));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.authorize?.matches('td')).toBe(true);
    html(menuTable(p, { others: [accent('View details')], open: true }) + menu(p));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.authorize?.getAttribute('role')).toBe('menu');
    learnAction(accent('Authorize'));
    html(menuTable(p, { others: [accent('View details')] }));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize).toBeNull();
    expect(r.more).toBe(trigger());
  });
  it('the renew action known, and two actions of the cell named so: the cell, not the trigger', () => {
    learnAction(accent('View details'));
    html(menuTable(p, { others: [accent('View details'), accent('View details')] }));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.authorize?.matches('td')).toBe(true);
  });
  it('the renew action known to be in the cell: that action, whatever menu is open', () => {
    learnAction(accent('View details'));
    html(menuTable(p, { others: [accent('View details')], open: true }) + menu(p));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17!.authorize?.textContent).toBe(accent('View details'));
  });
});
