// My apps and incidents read by structure, beyond the first tests (found by mutation testing, `npm run mutate`): which
// tab the address and the tabs say is shown (also with no tabs, with neither marked, or drawn as radio buttons), the
// page block and its one search box, Arco's own classes for tables, tabs, actions and search boxes, the loading
// spinner, the row found last time (kept while it still is Pipe17's, dropped when it is not), nested and doubled rows,
// and which elements of a row are its actions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learnAction, readAppsByStructure, readPipe17RowByStructure, toneOf } from './appsPageByStructure';
import { appsPage, divTable, html, row } from './fixtures.test.util';
import { accent, unread } from './unread.test.util';

const p = 'theme-arco';
const AT = 'https://seller-us.tiktok.com/services/authorizations';
const URL_APPS = `${AT}?tab=apps`;
const URL_INCIDENTS = `${AT}?tab=incidents`;
/** The address as the navigation opens the page: no tab named, so the tabs say which one is shown. */
const URL_NO_TAB = `${AT}?shop_region=US`;
const rows = [{ name: 'ShipHero Sync' }, { name: 'Pipe17', expiry: '2026-11-20' }, { name: 'Veeqo' }];
/** The Pipe17 row of the Apps table (the second of its body). */
const pipe17Tr = (): Element => document.querySelectorAll('tbody')[0]!.children[1]!;

/** One table row: Pipe17's name, an expiry, and an action cell drawn as given. */
const rowWithCell = (cell: string) =>
  `<table><tbody><tr class="${p}-table-tr"><td class="${p}-table-td"><span>Pipe17</span></td><td class="${p}-table-td">2026-11-20</td><td class="${p}-table-td">${cell}</td></tr></tbody></table>`;
const button = (label: string) => `<button class="${p}-btn ${p}-btn-text" type="button"><span>${label}</span></button>`;
const moreButton = `<button aria-label="${accent('More actions')}" class="${p}-btn ${p}-btn-text ${p}-btn-icon-only" type="button"><svg class="${p}-icon ${p}-icon-more"></svg></button>`;

beforeEach(() => {
  document.body.replaceChildren();
});
// Cleared after each test, not before: the first test of this file reads the label the module starts with.
afterEach(() => {
  learnAction('');
});

describe('the renew action’s label, before any Renew dialog was seen', () => {
  it('is not known: a ⋯ beside another action leaves the whole cell to the manual instruction, not the ⋯', () => {
    html(unread(appsPage(p, { rows: [{ name: 'Veeqo' }, { name: 'Pipe17', actions: ['View details'], more: 'closed' }] })));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize?.matches('td')).toBe(true);
    expect(r.more).toBeNull();
  });
});

describe('which tab is shown: the address first, then the tabs', () => {
  it('called without an address, the one the page is at counts: ?tab=incidents before the tabs are redrawn is the Incidents tab', () => {
    html(unread(appsPage(p, { rows })));
    history.replaceState(null, '', '/services/authorizations?tab=incidents');
    try {
      const a = readAppsByStructure(document)!;
      expect(a.appsTabActive).toBe(false);
      expect(a.pipe17).toBeNull();
    } finally {
      history.replaceState(null, '', '/');
    }
  });
  it('a document outside any window (browsers give it no location): read by its tabs alone', () => {
    const doc = document.implementation.createHTMLDocument('');
    Object.defineProperty(doc, 'location', { value: null });
    doc.body.innerHTML = unread(appsPage(p, { rows, tab: 'incidents' }));
    expect(readAppsByStructure(doc)?.appsTabActive).toBe(false);
  });
  it('the address naming no tab, the Incidents tab marked selected: Incidents is shown, no row read', () => {
    html(unread(appsPage(p, { rows, tab: 'incidents' })));
    const a = readAppsByStructure(document, URL_NO_TAB)!;
    expect(a.appsTabActive).toBe(false);
    expect(a.appsTab?.textContent).toBe(accent('Apps'));
    expect(a.pipe17).toBeNull();
  });
  it('two tabs, neither marked selected (a selection drawn by classes of their own): the Apps tab is taken as shown', () => {
    html(unread(appsPage(p, { rows })).replace(/ aria-selected="\w+"/g, '').replace(/\S*-tabs-header-title-active/g, ''));
    const a = readAppsByStructure(document, URL_NO_TAB)!;
    expect(a.appsTabActive).toBe(true);
    expect(a.pipe17?.row).toBe(pipe17Tr());
  });
  it('the row read on the Apps tab is not kept once the address names Incidents, though the list is not redrawn yet', () => {
    html(unread(appsPage(p, { rows })));
    expect(readAppsByStructure(document, URL_APPS)!.pipe17?.row).toBe(pipe17Tr());
    const a = readAppsByStructure(document, URL_INCIDENTS)!;
    expect(a.appsTabActive).toBe(false);
    expect(a.pipe17).toBeNull();
  });
  it('tabs drawn by Arco’s title class alone (no tab role): still the two tabs', () => {
    html(unread(appsPage(p, { rows, tab: 'incidents' })).replace(/ role="tab"/g, ''));
    const a = readAppsByStructure(document, URL_NO_TAB)!;
    expect(a.appsTab?.textContent).toBe(accent('Apps'));
    expect(a.appsTabActive).toBe(false);
  });
  it('tabs drawn as Arco radio buttons, Incidents checked: the Apps button to click, Incidents shown', () => {
    const radio = (t: string, on: boolean) =>
      `<label class="${p}-radio-button${on ? ` ${p}-radio-checked` : ''}"><input type="radio" value="${t}"${on ? ' checked' : ''}><span class="${p}-radio-button-inner">${accent(t)}</span></label>`;
    html(`<main><div class="${p}-radio-group ${p}-radio-group-type-button">${radio('Apps', false)}${radio('Incidents', true)}</div>${rowWithCell(button(accent('Authorize')))}</main>`);
    const a = readAppsByStructure(document, URL_NO_TAB)!;
    expect(a.appsTab?.textContent).toBe(accent('Apps'));
    expect(a.appsTabActive).toBe(false);
    expect(a.pipe17).toBeNull();
  });
});

describe('the page block', () => {
  const noTabs = `<main><div class="blk"><span class="${p}-input-inner-wrapper"><input class="${p}-input"></span><table><tbody>${row(p, { name: 'Veeqo' })}${row(p, { name: 'Zed' })}</tbody></table><div class="${p}-pagination"><ul><li>1</li><li>2</li></ul></div></div></main>`;

  it('a table with no tabs over it: the Apps list, its block the page (the search box and pager beside the table)', () => {
    html(unread(noTabs));
    const a = readAppsByStructure(document, URL_NO_TAB)!;
    expect(a.page).toBe(document.querySelector('.blk'));
    expect(a.appsTab).toBeNull();
    expect(a.appsTabActive).toBe(true);
    expect(a.pipe17).toBeNull();
    expect(a.searchBox).toBe(document.querySelector(`.${p}-input-inner-wrapper`));
    expect(a.pager).toBe(document.querySelector(`.${p}-pagination`));
  });
  it('tabs of another extension’s panel attached to <html>, outside <body>, are not the page’s tabs', () => {
    html(unread(noTabs));
    const panel = document.createElement('div');
    panel.innerHTML = '<div role="tab" aria-selected="false">Notes</div><div role="tab" aria-selected="true">Tasks</div>';
    document.documentElement.append(panel);
    try {
      const a = readAppsByStructure(document, URL_NO_TAB)!;
      expect(a.appsTab).toBeNull();
      expect(a.appsTabActive).toBe(true);
    } finally {
      panel.remove();
    }
  });
  it('a document with no <body> yet: no page', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.remove();
    expect(readAppsByStructure(doc, URL_APPS)).toBeNull();
  });
  it('an Arco table drawn with divs (no table element, no role), Pipe17 not on this page of it: the page, its search box', () => {
    html(unread(divTable(p, 'arco', [{ name: 'Veeqo' }, { name: 'Zed' }])).replace('<main>', `<main><span class="${p}-input-inner-wrapper"><input class="${p}-input"></span>`));
    const a = readAppsByStructure(document, URL_APPS)!;
    expect(a.pipe17).toBeNull();
    expect(a.searchBox).toBe(document.querySelector(`.${p}-input-inner-wrapper`));
  });
  it('Pipe17 also named outside the table (a card list of bare divs beside it): the table’s row is Pipe17’s', () => {
    const cards = '<aside><div class="card"><div>Pipe17</div><div>Order sync</div></div><div class="card"><div>Veeqo</div><div>Shipping</div></div></aside>';
    html(unread(appsPage(p, { rows })) + unread(cards));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row).toBe(pipe17Tr());
    expect(r.authorize).toBe(pipe17Tr().lastElementChild);
  });
});

describe('the search box over the list', () => {
  it('is the whole input as Arco wraps it, not the bare <input>', () => {
    html(unread(appsPage(p, { rows: [{ name: 'Veeqo' }] })));
    expect(readAppsByStructure(document, URL_APPS)!.searchBox).toBe(document.querySelector(`.${p}-input-inner-wrapper`));
  });
  it('an input group (a search button added after it): the group', () => {
    const group = `<span class="${p}-input-group-wrapper"><span class="${p}-input-group"><input class="${p}-input"><span class="${p}-input-group-addafter">⌕</span></span></span>`;
    html(unread(appsPage(p, { rows: [{ name: 'Veeqo' }] })).replace(/<span class="[^"]*-input-inner-wrapper">.*?<\/span>/, group));
    expect(readAppsByStructure(document, URL_APPS)!.searchBox).toBe(document.querySelector(`.${p}-input-group-wrapper`));
  });
  it('a second one in the hidden Incidents pane is not a second search box', () => {
    html(unread(appsPage(p, { rows: [{ name: 'Veeqo' }] })).replace('<table><tbody><tr><td>', `<span class="${p}-input-inner-wrapper incidents"><input class="${p}-input"></span><table><tbody><tr><td>`));
    expect(readAppsByStructure(document, URL_APPS)!.searchBox).toBe(document.querySelector(`.${p}-input-inner-wrapper`));
  });
});

describe('the loading spinner', () => {
  it('spinning over an empty list: loading', () => {
    html(unread(appsPage(p, { rows: [], loading: true })));
    const a = readAppsByStructure(document, URL_APPS)!;
    expect(a.loading).toBe(true);
    expect(a.pipe17).toBeNull();
  });
  it('still spinning over a list with Pipe17 drawn: its row, not loading', () => {
    html(unread(appsPage(p, { rows, loading: true })));
    const a = readAppsByStructure(document, URL_APPS)!;
    expect(a.pipe17?.row).toBe(pipe17Tr());
    expect(a.loading).toBe(false);
  });
  it('no spinner and no Pipe17 row: not loading (Pipe17 is elsewhere in the list)', () => {
    html(unread(appsPage(p, { rows: [{ name: 'Veeqo' }] })));
    expect(readAppsByStructure(document, URL_APPS)!.loading).toBe(false);
  });
});

describe('the row found last time', () => {
  it('is kept while it still is Pipe17’s: a second row named Pipe17 drawn later does not make the first a guess', () => {
    html(unread(appsPage(p, { rows })));
    const first = readAppsByStructure(document, URL_APPS)!.pipe17!.row;
    document.querySelector('tbody')!.append(first.cloneNode(true));
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row).toBe(first);
    expect(r.authorize).toBe(first.lastElementChild);
  });
  it('hidden (the list filtered, the row left in place): not Pipe17’s row any more', () => {
    html(unread(appsPage(p, { rows })));
    readAppsByStructure(document, URL_APPS);
    pipe17Tr().setAttribute('hidden', '');
    expect(readAppsByStructure(document, URL_APPS)!.pipe17).toBeNull();
  });
  it('re-used for another app (the list redrawn in place): not Pipe17’s row any more', () => {
    html(unread(appsPage(p, { rows })));
    readAppsByStructure(document, URL_APPS);
    pipe17Tr().querySelector('.name')!.textContent = 'Zed';
    expect(readAppsByStructure(document, URL_APPS)!.pipe17).toBeNull();
  });
  it('two rows named Pipe17, read again: still a guess, no action and no status', () => {
    html(unread(appsPage(p, { rows: [...rows, { name: 'Pipe17' }] })));
    readAppsByStructure(document, URL_APPS);
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.authorize).toBeNull();
    expect(r.state).toBe('unknown');
  });
});

describe('nested rows', () => {
  it('an Arco div row inside a row role is one row, the inner one, and its action cell is read', () => {
    const nested = (name: string) =>
      `<div role="row"><div class="${p}-table-tr"><div class="${p}-table-td"><span>${name}</span></div><div class="${p}-table-td">2026-11-20</div><div class="${p}-table-td">${button(accent('Authorize'))}</div></div></div>`;
    html(`<main><div role="table">${['Veeqo', 'Pipe17', 'Zed'].map(nested).join('')}</div></main>`);
    const inner = document.querySelectorAll(`.${p}-table-tr`)[1]!;
    const r = readAppsByStructure(document, URL_APPS)!.pipe17!;
    expect(r.row).toBe(inner);
    expect(r.authorize).toBe(inner.lastElementChild);
  });
});

describe('a row’s actions', () => {
  const tr = (): Element => document.querySelector('tr')!;

  it('Pipe17’s name drawn as a link to its page is no action: the action cell is the one with the buttons', () => {
    html(unread(`<table><tbody>${row(p, { name: 'Pipe17' })}</tbody></table>`).replace('<span class="name">Pipe17</span>', '<a class="name" href="/services/app/pipe17">Pipe17</a>'));
    expect(readPipe17RowByStructure(tr()).authorize).toBe(tr().lastElementChild);
  });
  it('an Arco link without an address is an action', () => {
    html(rowWithCell(`<a class="${p}-link">${accent('Authorize')}</a>`));
    expect(readPipe17RowByStructure(tr()).authorize).toBe(tr().lastElementChild);
  });
  it('an element drawn with Arco’s button class (no button element, no role) is an action', () => {
    html(rowWithCell(`<div class="${p}-btn ${p}-btn-text">${accent('Authorize')}</div>`));
    expect(readPipe17RowByStructure(tr()).authorize).toBe(tr().lastElementChild);
  });
  it('the known action’s label as a person reads it: white space inside collapsed, none around it', () => {
    learnAction(accent('Authorize again'));
    html(rowWithCell(button(`\n  ${accent('Authorize')}\n    ${accent('again')}  `) + button(accent('View details'))));
    const r = readPipe17RowByStructure(tr());
    expect(r.authorize?.matches('button')).toBe(true);
    expect(r.label).toBe(accent('Authorize again'));
  });
  it('a ⋯ before another action, nothing known yet: the whole cell, the renew action may be either', () => {
    html(rowWithCell(moreButton + button(accent('View details'))));
    const r = readPipe17RowByStructure(tr());
    expect(r.authorize).toBe(tr().lastElementChild);
    expect(r.more).toBeNull();
  });
  it('a ⋯ drawn as a bare icon (no button) beside one action: the whole cell, the one action need not be the renew one', () => {
    html(rowWithCell(`<span class="dd"><svg class="${p}-icon ${p}-icon-more"></svg></span>${button(accent('View details'))}`));
    const r = readPipe17RowByStructure(tr());
    expect(r.authorize).toBe(tr().lastElementChild);
    expect(r.more).toBeNull();
  });
});

describe('the status tag’s colour is a whole class name', () => {
  it('a class only beginning with a colour (a dot’s `-tag-red-dot`, `-tag-green-dot`) says nothing; the tag after it does', () => {
    html('<table><tbody><tr><td><i class="sc-tag-red-dot"></i><div class="core-tag core-tag-green">x</div></td></tr></tbody></table>');
    expect(toneOf(document.querySelector('tr')!)).toBe('good');
    html('<table><tbody><tr><td><i class="sc-tag-green-dot"></i><div class="core-tag core-tag-red">x</div></td></tr></tbody></table>');
    expect(toneOf(document.querySelector('tr')!)).toBe('bad');
  });
});
