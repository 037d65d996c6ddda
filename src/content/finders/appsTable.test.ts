import { beforeEach, describe, expect, it } from 'vitest';
import { findAppsPage, findPipe17Row, parseDate, readAppsPage } from './appsTable';
import { appsPage, divTable, dropdownMenu, html, PREFIXES, type Row } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each(PREFIXES)('apps table (%s)', (p) => {
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

describe.each(PREFIXES)('an apps list drawn with divs (%s)', (p) => {
  const others: Row[] = [{ name: 'Acme ERP' }, { name: 'ShipFast', status: 'Expired' }];
  describe.each(['arco', 'aria', 'bare'] as const)('rows as %s', (kind) => {
    it('the Pipe17 row, its Authorize, status and expiry', () => {
      html(divTable(p, kind, [...others, { name: 'Pipe17', status: 'Expired', expiry: '2026-11-20' }, { name: 'Zed' }]));
      const a = readAppsPage(document)!;
      expect(a.pipe17).not.toBeNull();
      expect(a.pipe17!.row.textContent).toContain('Pipe17');
      expect(a.pipe17!.row.textContent).not.toContain('ShipFast');
      expect(a.pipe17).toMatchObject({ state: 'expired', expiresAt: '2026-11-20' });
      expect(a.pipe17!.row.contains(a.pipe17!.authorize)).toBe(true);
    });
    it('the Pipe17 row without Authorize (not the owner): no other row’s Authorize instead', () => {
      html(divTable(p, kind, [...others, { name: 'Pipe17', status: 'Expired', actions: ['View details'] }]));
      const row = readAppsPage(document)!.pipe17!;
      expect(row.authorize).toBeNull();
      expect(row.state).toBe('expired');
    });
    it('a virtualized body holding only the rows on screen: Pipe17 not among them is not found', () => {
      html(divTable(p, kind, others));
      const a = readAppsPage(document)!;
      expect(a.pipe17).toBeNull();
    });
  });
  it('a bare list: a Pipe17 named outside any row (an alert) is not a row', () => {
    html(divTable(p, 'bare', others).replace('<h1>', `<div class="${p}-alert"><div>Pipe17</div><button>Authorize</button></div><h1>`));
    expect(readAppsPage(document)!.pipe17).toBeNull();
  });
});
