import { beforeEach, describe, expect, it } from 'vitest';
import { readAppsPage } from './appsTable';
import { actionCellOf, learnAction, readAppsByStructure, readPipe17RowByStructure, toneOf } from './appsPageByStructure';
import { appsPage, html, PREFIXES, row } from './fixtures.test.util';
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
