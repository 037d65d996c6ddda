// Page facts of My apps and incidents that the first tests left open (found by mutation testing, `npm run mutate`):
// each case is a way Seller Center may draw the page, and what the guide must read from it.
import { beforeEach, describe, expect, it } from 'vitest';
import { findAppsPage, findPipe17Row, findAuthorize, parseDate, readAppsPage, readPipe17Row } from './appsTable';
import { appsPage, divTable, dropdownMenu, html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

/** One row of bare divs: name, status, actions (the classes say nothing). */
const bareRow = (name: string, status: string, actions: string[]) =>
  `<div class="r"><div class="c"><div>${name}</div></div><div class="c"><span>${status}</span></div><div class="c">${actions.map((a) => `<button type="button">${a}</button>`).join('')}</div></div>`;

describe.each(PREFIXES)('a row whose actions are behind its "More" menu (%s)', (p) => {
  const closedRow = (trigger: string) =>
    appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details'] }] }).replace('</span></div></td>\n</tr>', `${trigger}</span></div></td>\n</tr>`);

  it('a ⋮ button drawn with the vertical icon only (no name, no aria-haspopup) is the menu button', () => {
    html(closedRow(`<button type="button" class="${p}-btn ${p}-btn-icon-only"><svg class="${p}-icon ${p}-icon-more-vertical"></svg></button>`));
    const r = readAppsPage(document)!.pipe17!;
    expect(r.authorize).toBeNull();
    expect(r.more?.querySelector('svg')?.getAttribute('class')).toContain('icon-more-vertical');
  });

  it('a ⋯ drawn as a bare icon (no button around it) is the menu button itself', () => {
    html(closedRow(`<span class="${p}-icon ${p}-icon-more" tabindex="0"></span>`));
    expect(readAppsPage(document)!.pipe17!.more?.getAttribute('class')).toContain('icon-more');
  });

  it('named "More" only by its aria-label, or by its text', () => {
    html(closedRow(`<span role="button" aria-label="More">•</span>`));
    expect(readAppsPage(document)!.pipe17!.more?.getAttribute('aria-label')).toBe('More');
    html(closedRow(`<a role="button">More</a>`));
    expect(readAppsPage(document)!.pipe17!.more?.textContent).toBe('More');
  });

  it('aria-haspopup="true" marks a menu button; aria-haspopup="dialog" does not', () => {
    html(closedRow(`<button type="button" aria-haspopup="true">Actions</button>`));
    expect(readAppsPage(document)!.pipe17!.more?.textContent).toBe('Actions');
    html(closedRow(`<button type="button" aria-haspopup="dialog">Actions</button>`));
    expect(readAppsPage(document)!.pipe17!.more).toBeNull();
  });

  it('a hidden "More" button is not one to point at', () => {
    html(closedRow(`<button type="button" aria-label="More" hidden>⋯</button>`));
    expect(readAppsPage(document)!.pipe17!.more).toBeNull();
  });

  it('open by aria-expanded: the menu its aria-controls names', () => {
    html(
      closedRow(`<button type="button" aria-label="More" aria-expanded="true" aria-controls="row-menu">⋯</button>`) +
        `<ul id="row-menu" role="menu"><li role="menuitem">Authorize</li></ul>`,
    );
    const r = readAppsPage(document)!.pipe17!;
    expect(r.authorize?.closest('#row-menu')).not.toBeNull();
    expect(r.inMenu).toBe(true);
  });

  it('open, with a hidden menu named by aria-controls: the shown dropdown menu is the one', () => {
    html(
      closedRow(`<button type="button" aria-label="More" aria-expanded="true" aria-controls="row-menu">⋯</button>`) +
        `<ul id="row-menu" role="menu" hidden><li role="menuitem">Uninstall</li></ul>` +
        dropdownMenu(p, ['Authorize']),
    );
    expect(readAppsPage(document)!.pipe17!.authorize?.closest(`.${p}-dropdown-menu`)).not.toBeNull();
  });

  it('closed (no aria-expanded, no popup-visible class): an open menu elsewhere is not its menu', () => {
    html(closedRow(`<button type="button" aria-label="More" aria-expanded="false">⋯</button>`) + dropdownMenu(p, ['Authorize']));
    const r = readAppsPage(document)!.pipe17!;
    expect(r.authorize).toBeNull();
    expect(r.more?.getAttribute('aria-label')).toBe('More');
  });

  it('open by the dropdown-open class alone', () => {
    html(closedRow(`<button type="button" aria-label="More" class="${p}-dropdown-open">⋯</button>`) + dropdownMenu(p, ['Authorize']));
    expect(readAppsPage(document)!.pipe17!.inMenu).toBe(true);
  });

  it('of two open menus drawn at the end of the page (one closing), the last; a hidden one never', () => {
    html(closedRow(`<button type="button" aria-label="More" aria-expanded="true">⋯</button>`) + dropdownMenu(p, ['Uninstall']) + dropdownMenu(p, ['Authorize']));
    expect(readAppsPage(document)!.pipe17!.authorize?.textContent).toBe('Authorize');
    html(
      closedRow(`<button type="button" aria-label="More" aria-expanded="true">⋯</button>`) +
        dropdownMenu(p, ['Authorize']) +
        dropdownMenu(p, ['Uninstall']).replace('role="menu"', 'role="menu" hidden'),
    );
    expect(readAppsPage(document)!.pipe17!.authorize?.textContent).toBe('Authorize');
  });

  it('a menu drawn as role=menu inside a trigger popup, without the dropdown class', () => {
    html(closedRow(`<button type="button" aria-label="More" aria-expanded="true">⋯</button>`) + `<span class="${p}-trigger"><div role="menu"><div role="menuitem">Authorize</div></div></span>`);
    expect(readAppsPage(document)!.pipe17!.authorize?.getAttribute('role')).toBe('menuitem');
  });

  it('an open menu whose items are not drawn yet: nothing concluded, the button stays the way on', () => {
    html(closedRow(`<button type="button" aria-label="More" aria-expanded="true">⋯</button>`) + dropdownMenu(p, []));
    expect(readAppsPage(document)!.pipe17!.more?.getAttribute('aria-label')).toBe('More');
    html(closedRow(`<button type="button" aria-label="More" aria-expanded="true">⋯</button>`) + dropdownMenu(p, ['Uninstall']).replace('role="menuitem"', 'role="menuitem" hidden'));
    expect(readAppsPage(document)!.pipe17!.more?.getAttribute('aria-label')).toBe('More');
  });

  it('Authorize seen in the menu after it was once seen without: the menu button is the way on again', () => {
    const trigger = `<button type="button" aria-label="More" aria-expanded="true">⋯</button>`;
    html(closedRow(trigger) + dropdownMenu(p, ['Uninstall']));
    const row = findPipe17Row(document)!;
    expect(readPipe17Row(row).more).toBeNull();
    // The same row and button; the menu now lists Authorize (the page had not loaded it), then closes.
    document.body.lastElementChild!.remove();
    document.body.insertAdjacentHTML('beforeend', dropdownMenu(p, ['Authorize']));
    expect(readPipe17Row(row).inMenu).toBe(true);
    document.body.lastElementChild!.remove();
    row.querySelector('[aria-label="More"]')!.setAttribute('aria-expanded', 'false');
    expect(readPipe17Row(row).more?.getAttribute('aria-label')).toBe('More');
  });
});

describe.each(PREFIXES)('the Pipe17 row and its state (%s)', (p) => {
  it('Authorize on the row: inMenu is not set, and no menu button is offered', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', more: 'closed' }] }));
    const r = readAppsPage(document)!.pipe17!;
    expect(r.authorize?.textContent).toBe('Authorize');
    expect(r).not.toHaveProperty('inMenu');
    expect(r.more).toBeNull();
  });

  it('a disabled Authorize, by attribute or aria-disabled, is not the action; an enabled one after it is', () => {
    html(`<div id="s"><button disabled>Authorize</button><button aria-disabled="true">Authorize</button></div>`);
    expect(findAuthorize(document.getElementById('s')!)).toBeNull();
    html(`<div id="s"><button disabled>Authorize</button><button>Authorize</button></div>`);
    expect(findAuthorize(document.getElementById('s')!)?.hasAttribute('disabled')).toBe(false);
  });

  it('statuses as the page words them, with their own text kept', () => {
    for (const [status, state] of [
      ['Authorization expired', 'expired'],
      ['About to expire', 'expiring'],
      ['Authorized', 'active'],
      ['Something else', 'unknown'],
    ] as const) {
      html(appsPage(p, { rows: [{ name: 'Pipe17', status }] }));
      const r = readAppsPage(document)!.pipe17!;
      expect(r.state).toBe(state);
      if (state === 'unknown') expect(r).not.toHaveProperty('statusText');
      else expect(r.statusText).toBe(status);
    }
  });

  it('no expiry date shown: none is made up', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', expiry: '—' }] }));
    expect(readAppsPage(document)!.pipe17).not.toHaveProperty('expiresAt');
  });

  it('the expiry in a row of bare divs (no cells by name): read from the row\'s children', () => {
    html(`<main><h1>My apps and incidents</h1><div role="table">${bareRow('Pipe17', 'Expired', ['Authorize'])}</div></main>`);
    html(document.body.innerHTML.replace('<span>Expired</span></div>', '<span>Expired</span></div><div class="c">2026/11/30</div>'));
    expect(readAppsPage(document)!.pipe17).toMatchObject({ state: 'expired', expiresAt: '2026-11-30' });
  });

  it('a row naming Pipe17 only inside a longer cell text is not its row, even with a status', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17 Connector', status: 'Expired' }] }));
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });

  it('the name cell holding a logo and a description: the leaf that is exactly "Pipe17" names the row', () => {
    html(appsPage(p, { rows: [{ name: '<b>Pipe17</b>', status: 'Expired', description: 'Order sync for TikTok Shop' }] }));
    expect(readAppsPage(document)!.pipe17?.state).toBe('expired');
  });

  it('an incident row about Pipe17 first, the app row after it: the app row (it has a status or Authorize)', () => {
    html(
      `<main><h1>My apps and incidents</h1><table><tbody>` +
        `<tr><td>Pipe17</td><td>Order sync delayed</td></tr>` +
        `<tr><td>Pipe17</td><td><span>Expired</span></td><td><button>Authorize</button></td></tr>` +
        `</tbody></table></main>`,
    );
    const r = readAppsPage(document)!.pipe17!;
    expect(r.state).toBe('expired');
    expect(r.row.textContent).toContain('Authorize');
  });

  it('a Pipe17 row with neither status nor Authorize, and no other: that row, read as unknown', () => {
    html(`<main><h1>My apps and incidents</h1><table><thead><tr><th>Pipe17</th><th>Expired</th></tr></thead><tbody><tr><td>Pipe17</td><td>Pending</td></tr></tbody></table></main>`);
    const r = readAppsPage(document)!.pipe17!;
    expect(r.row.closest('tbody')).not.toBeNull();
    expect(r.state).toBe('unknown');
  });

  it('a header row naming Pipe17 with a status word is never the row', () => {
    html(`<main><h1>My apps and incidents</h1><table><thead><tr><td>Pipe17</td><td><span>Expired</span></td></tr></thead><tbody></tbody></table></main>`);
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });

  it('the row found last time is not kept once hidden', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired' }] }));
    const first = findPipe17Row(document)!;
    first.setAttribute('hidden', '');
    expect(findPipe17Row(document, first)).toBeNull();
  });

  it('Pipe17 absent from the apps list but named in the hidden Incidents pane: no row, not the block around both panes', () => {
    // The stand-in's Incidents pane names Pipe17 in a cell of its own; the apps list holds one status and one Authorize.
    html(appsPage(p, { rows: [{ name: 'Acme ERP', status: 'Expired' }] }));
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });
});

describe('rows drawn with bare divs', () => {
  const page = (panes: string) => `<main><h1>My apps and incidents</h1>${panes}</main>`;

  it('an incident about Pipe17 in the hidden Incidents pane is not the app row, whatever it says', () => {
    html(
      page(
        `<div role="tabpanel"><div>No apps match your search</div></div>` +
          `<div role="tabpanel" aria-hidden="true"><div class="list">${bareRow('Pipe17', 'Authorization expired', [])}</div></div>`,
      ),
    );
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });

  it('the smallest block around Pipe17 holding one status is its row', () => {
    html(page(`<div role="tabpanel"><div class="list">${bareRow('Acme ERP', 'Active', [])}${bareRow('Pipe17', 'Expired', ['View details'])}</div></div>`));
    const r = readAppsPage(document)!.pipe17!;
    expect(r.state).toBe('expired');
    expect(r.row.textContent).not.toContain('Acme');
  });

  it('a Pipe17 with nothing around it but the list (two statuses): no row', () => {
    html(page(`<div role="tabpanel"><div class="list"><div>Pipe17</div>${bareRow('Acme ERP', 'Active', [])}${bareRow('ShipFast', 'Expired', [])}</div></div>`));
    expect(readAppsPage(document)!.pipe17).toBeNull();
    html(page(`<div role="tabpanel"><div class="list"><div>Pipe17</div>${bareRow('Acme ERP', '', ['Authorize'])}${bareRow('ShipFast', '', ['Authorize'])}</div></div>`));
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });

  it('a Pipe17 inside a column header or a notification is not a row', () => {
    for (const holder of ['<div role="columnheader">Pipe17</div>', '<div class="app-notification">Pipe17</div>', '<div role="alert">Pipe17</div>']) {
      html(page(`<div role="tabpanel"><div class="list"><div class="r">${holder}<span>Expired</span></div></div></div>`));
      expect(readAppsPage(document)!.pipe17, holder).toBeNull();
    }
  });

  it('the text must be exactly Pipe17', () => {
    html(page(`<div role="tabpanel"><div class="list">${bareRow('Pipe17 Pro', 'Expired', ['Authorize'])}</div></div>`));
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });

  it.each(PREFIXES)('an Arco div table (%s) with a Pipe17 named in the description only: no row', (p) => {
    html(divTable(p, 'arco', [{ name: 'Acme ERP', description: 'Pipe17 compatible' }]));
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });
});

describe.each(PREFIXES)('finding the page (%s)', (p) => {
  it('tabs alone, shown: the smallest block holding them and the table', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired' }], heading: false }));
    expect(findAppsPage(document)?.classList.contains(`${p}-tabs`)).toBe(true);
  });

  it('tabs hidden and no heading: not the page', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired' }], heading: false }).replace('<main ', '<main hidden '));
    expect(findAppsPage(document)).toBeNull();
  });

  it('an Apps tab without an Incidents tab, no heading: not the page', () => {
    html(`<main><div role="tab">Apps</div><table><tr><td>Pipe17</td></tr></table></main>`);
    expect(findAppsPage(document)).toBeNull();
  });

  it('a hidden heading alone is not the page', () => {
    html(`<main><h1 hidden>My apps and incidents</h1><table><tr><td>Pipe17</td></tr></table></main>`);
    expect(findAppsPage(document)).toBeNull();
  });

  it('heading above and tabs further down: the block holding both', () => {
    html(`<div id="both"><header><h1>My apps and incidents</h1><table></table></header><section><div role="tab">Apps</div><div role="tab">Incidents</div><table></table></section></div>`);
    expect(findAppsPage(document)?.id).toBe('both');
  });

  it('the page found last time stands while it holds its heading, not once it holds neither heading nor tabs', () => {
    html(`<main id="a"><h1>My apps and incidents</h1><table></table></main><main id="b"><h1>My apps and incidents</h1><table></table></main>`);
    const b = document.getElementById('b')!;
    expect(findAppsPage(document, b)).toBe(b);
    b.querySelector('h1')!.textContent = 'Orders';
    expect(findAppsPage(document, b)?.id).toBe('a');
    // Hidden: looked for again.
    b.querySelector('h1')!.textContent = 'My apps and incidents';
    b.setAttribute('hidden', '');
    expect(findAppsPage(document, b)?.id).toBe('a');
  });

  it('the Apps tab active by aria-checked, by a checked radio, or by a checked class', () => {
    const tabs = (apps: string) => `<main><h1>My apps and incidents</h1><div>${apps}<label><input type="radio">Incidents</label></div><table><tbody><tr><td>Pipe17</td><td><span>Expired</span></td></tr></tbody></table></main>`;
    html(tabs(`<div role="radio" aria-checked="true">Apps</div>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(true);
    html(tabs(`<div role="radio" aria-checked="false">Apps</div>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(false);
    expect(readAppsPage(document)!.pipe17).toBeNull();
    html(tabs(`<label class="${p}-radio-button ${p}-radio-checked">Apps</label>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(true);
    html(tabs(`<label class="${p}-radio-button"><input type="radio" checked>Apps</label>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(true);
    html(tabs(`<label class="${p}-radio-button"><input type="radio">Apps</label>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(false);
  });

  it('no Apps tab at all (a heading and a table): the table is read', () => {
    html(`<main><h1>My apps and incidents</h1><table><tbody><tr><td>Pipe17</td><td><span>Expired</span></td></tr></tbody></table></main>`);
    const a = readAppsPage(document)!;
    expect(a.appsTab).toBeNull();
    expect(a.appsTabActive).toBe(true);
    expect(a.pipe17?.state).toBe('expired');
  });

  it('loading: a spinner or aria-busy, while no row is found; a found row is not loading', () => {
    html(`<main><h1>My apps and incidents</h1><table aria-busy="true"></table></main>`);
    expect(readAppsPage(document)!.loading).toBe(true);
    html(`<main><h1>My apps and incidents</h1><table></table><span class="${p}-spin-icon"></span></main>`);
    expect(readAppsPage(document)!.loading).toBe(true);
    html(`<main><h1>My apps and incidents</h1><table></table></main>`);
    expect(readAppsPage(document)!.loading).toBe(false);
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired' }], loading: true }));
    const a = readAppsPage(document)!;
    expect(a.loading).toBe(false);
    expect(a.searchBox).toBeNull();
    expect(a.pager).toBeNull();
  });

  it('the search box by its placeholder or aria-label, shown; the pager only with items in it', () => {
    html(`<main><h1>My apps and incidents</h1><table></table><input type="search" aria-label="Search apps"><nav></nav></main>`);
    let a = readAppsPage(document)!;
    expect(a.searchBox?.getAttribute('aria-label')).toBe('Search apps');
    expect(a.pager).toBeNull();
    html(`<main><h1>My apps and incidents</h1><table></table><input placeholder="Search" hidden><input type="text" placeholder="Filter"><nav><button>2</button></nav></main>`);
    a = readAppsPage(document)!;
    expect(a.searchBox).toBeNull();
    expect(a.pager?.tagName).toBe('NAV');
  });
});

describe('dates as Seller Center writes them', () => {
  it('dots, single digits, month first; not a date at all', () => {
    expect(parseDate('2026.1.5')).toBe('2026-01-05');
    expect(parseDate('Expires 1/5/2027')).toBe('2027-01-05');
    expect(parseDate('2026-13-45')).toBeUndefined();
    expect(parseDate('13/45/2026')).toBeUndefined();
    expect(parseDate('no date')).toBeUndefined();
  });
});

describe.each(PREFIXES)('more of the page as it may be drawn (%s)', (p) => {
  const headed = (body: string) => `<main><h1>My apps and incidents</h1>${body}</main>`;

  it('a segmented control of Arco radio buttons with no role: still the tabs', () => {
    html(`<main><div class="seg"><label class="${p}-radio-button ${p}-radio-checked">Apps</label><label class="${p}-radio-button">Incidents</label></div><table><tbody><tr><td>Pipe17</td><td><span>Expired</span></td></tr></tbody></table></main>`);
    const a = readAppsPage(document)!;
    expect(a.appsTab?.textContent).toBe('Apps');
    expect(a.pipe17?.state).toBe('expired');
  });

  it('tab counts written without a space, or in full-width brackets', () => {
    html(`<main><div role="tab" aria-selected="true">Apps(14)</div><div role="tab">Incidents（2）</div><table></table></main>`);
    expect(findAppsPage(document)).not.toBeNull();
  });

  it('Apps beside another tab that is not Incidents, no heading: not the page', () => {
    html(`<main><div role="tab" aria-selected="true">Apps</div><div role="tab">Services</div><table></table></main>`);
    expect(findAppsPage(document)).toBeNull();
  });

  it('the Apps tab selected by aria-selected alone, or by the active class alone', () => {
    const page = (apps: string) => `<main><h1>My apps and incidents</h1><div>${apps}<div role="tab">Incidents</div></div><table><tbody><tr><td>Pipe17</td><td><span>Expired</span></td></tr></tbody></table></main>`;
    html(page(`<div role="tab" aria-selected="true">Apps</div>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(true);
    html(page(`<div role="tab" class="${p}-tabs-header-title ${p}-tabs-header-title-active">Apps</div>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(true);
    html(page(`<div role="tab" aria-checked="true">Apps</div>`));
    expect(readAppsPage(document)!.appsTabActive).toBe(true);
  });

  it('a radio inside the item a person clicks: selected if the radio says so', () => {
    html(`<main><h1>My apps and incidents</h1><ul><li><span role="radio" aria-checked="true">Apps</span></li><li><span role="radio" aria-checked="false">Incidents</span></li></ul><table></table></main>`);
    const a = readAppsPage(document)!;
    expect(a.appsTab?.tagName).toBe('LI');
    expect(a.appsTabActive).toBe(true);
  });

  it('the page found last time with its tabs but no heading is kept, even when another page has a heading', () => {
    html(`<main id="a"><h1>My apps and incidents</h1><table></table></main><main id="b"><div role="tab">Apps</div><div role="tab">Incidents</div><table></table></main>`);
    const b = document.getElementById('b')!;
    expect(findAppsPage(document, b)?.id).toBe('b');
    // Its Incidents tab gone: looked for again.
    b.querySelectorAll('[role="tab"]')[1]!.remove();
    expect(findAppsPage(document, b)?.id).toBe('a');
  });

  it('a heading with no table anywhere: the whole document, not a crash', () => {
    html(`<main><h1>My apps and incidents</h1></main>`);
    expect(findAppsPage(document)).toBe(document.documentElement);
  });

  it('the table drawn only as an Arco div table: the block holding the heading and it', () => {
    html(`<section id="page"><h1>My apps and incidents</h1><div class="${p}-table"></div></section>`);
    expect(findAppsPage(document)?.id).toBe('page');
  });

  it('no apps page at all: nothing read', () => {
    html('<main><h1>Orders</h1><table></table></main>');
    expect(readAppsPage(document)).toBeNull();
  });

  it('an m4b status tag beside other words in its cell', () => {
    html(headed(`<table><tbody><tr><td>Pipe17</td><td>Since 2026-11-01 <div data-tid="m4b_tag"><i></i>Expired</div></td></tr></tbody></table>`));
    expect(readAppsPage(document)!.pipe17?.state).toBe('expired');
  });

  it('the status text is kept trimmed', () => {
    for (const status of ['Expired', 'Expiring soon', 'Active']) {
      html(headed(`<table><tbody><tr><td>Pipe17</td><td><span>  ${status}  </span></td></tr></tbody></table>`));
      expect(readAppsPage(document)!.pipe17?.statusText).toBe(status);
    }
  });

  it('a Pipe17 row with neither status words nor Authorize, its name beside a logo and a description: that row', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Pending', actions: ['View details'] }] }));
    const r = readAppsPage(document)!.pipe17!;
    expect(r.state).toBe('unknown');
    expect(r.row.tagName).toBe('TR');
  });

  it('an Arco div table row with neither status words nor Authorize: still its row', () => {
    html(divTable(p, 'arco', [{ name: 'Pipe17', status: 'Pending', actions: ['View details'] }]));
    expect(readAppsPage(document)!.pipe17?.row.className).toBe(`${p}-table-tr`);
  });

  it('a bare Pipe17 with no status or action anywhere on the page: no row, and nothing outside the page read', () => {
    html(`<div><span>Expired</span><button>Authorize</button><main><h1>My apps and incidents</h1><div role="tabpanel"><div>Pipe17</div></div></main></div>`);
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });

  it('an incident row first; the app row after it shows a status only, or Authorize only: the app row', () => {
    const page = (app: string) => headed(`<table><tbody><tr><td>Pipe17</td><td>Order sync delayed</td></tr><tr id="app"><td>Pipe17</td>${app}</tr></tbody></table>`);
    html(page('<td><span>Expired</span></td><td><button>View details</button></td>'));
    expect(readAppsPage(document)!.pipe17?.row.id).toBe('app');
    html(page('<td>—</td><td><button>Authorize</button></td>'));
    expect(readAppsPage(document)!.pipe17?.row.id).toBe('app');
  });

  it('a dropdown menu drawn without role=menu and outside any trigger', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details'], more: 'open' }] }) + `<div class="${p}-dropdown-menu"><div class="${p}-dropdown-menu-item"><span>Authorize</span></div></div>`);
    expect(readAppsPage(document)!.pipe17!.inMenu).toBe(true);
  });

  it('open by the -popup-visible class alone', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['View details'], more: 'closed' }] }) + dropdownMenu(p, ['Authorize']));
    document.querySelector('[aria-label="More actions"]')!.classList.add(`${p}-dropdown-popup-visible`);
    expect(readAppsPage(document)!.pipe17!.inMenu).toBe(true);
  });

  it('Authorize on the row while its menu is open without one: the row’s Authorize stands', () => {
    html(appsPage(p, { rows: [{ name: 'Pipe17', status: 'Expired', actions: ['Authorize'], more: 'open' }] }) + dropdownMenu(p, ['Uninstall']));
    const r = readAppsPage(document)!.pipe17!;
    expect(r.authorize?.textContent).toBe('Authorize');
    expect(r.row.contains(r.authorize)).toBe(true);
  });

  it('a search box in an Arco input group: the group is pointed at', () => {
    html(headed(`<table></table><span class="${p}-input-group-wrapper"><input placeholder="Search apps"></span>`));
    expect(readAppsPage(document)!.searchBox?.className).toBe(`${p}-input-group-wrapper`);
  });
});
