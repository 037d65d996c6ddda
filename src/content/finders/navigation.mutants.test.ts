// Seller Center's navigation as it may be drawn, beyond the first tests (found by mutation testing, `npm run mutate`).
import { beforeEach, describe, expect, it } from 'vitest';
import { findGrowth, findMyAppsItem, readNavigation } from './navigation';
import { html, m4bNav, nav, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/homepage');
});

describe('menu items as plain markup', () => {
  it.each([
    ['<nav><a href="/growth" id="g">Growth</a></nav>', 'g'],
    ['<aside><ul><li id="g">Growth</li></ul></aside>', 'g'],
    ['<div class="side-menu"><div id="g"><span>Growth</span></div></div>', null],
    ['<div role="menuitem" id="g">Growth</div>', 'g'],
  ])('%s', (markup, id) => {
    html(markup);
    const g = findGrowth(document);
    if (id) expect(g?.id).toBe(id);
    else expect(g?.textContent).toBe('Growth');
  });

  it('a hidden Growth is skipped for a shown one', () => {
    html('<nav><a href="/a" id="h" hidden>Growth</a><a href="/b" id="s">Growth</a></nav>');
    expect(findGrowth(document)?.id).toBe('s');
  });

  it('a link to My apps hidden, or under another path, is not the item', () => {
    html('<nav><a href="/services/authorizations" hidden>x</a><a href="/services/authorizations/history">y</a></nav>');
    expect(findMyAppsItem(document)).toBeNull();
    html('<nav><a href="/services/authorizations/?tab=apps" id="m">y</a></nav>');
    expect(findMyAppsItem(document)?.id).toBe('m');
  });
});

describe.each(PREFIXES)('Growth open or closed (%s)', (p) => {
  it('aria-expanded="true" with its submenu shown: open, though no item the guide knows is in it', () => {
    html(nav(p, true).replace('My Apps &amp; Services', 'Affiliates').replace('App store', 'Campaigns'));
    expect(readNavigation(document)).toMatchObject({ growthOpen: true, myApps: null });
  });

  it('aria-expanded="true" with its submenu hidden: closed', () => {
    html(nav(p, true).replace('My Apps &amp; Services', 'Affiliates').replace('App store', 'Campaigns'));
    (document.querySelector('[role="menu"][id]') as HTMLElement).style.display = 'none';
    expect(readNavigation(document).growthOpen).toBe(false);
  });

  it('aria-expanded="false" with a submenu shown anyway (a stale portal): closed', () => {
    html(nav(p, true).replace('My Apps &amp; Services', 'Affiliates').replace('App store', 'Campaigns').replace('aria-expanded="true"', 'aria-expanded="false"'));
    expect(readNavigation(document).growthOpen).toBe(false);
  });

  it('a menu folded elsewhere on the page does not fold Growth', () => {
    html(nav(p) + `<div class="${p}-menu ${p}-menu-collapse"><div role="menuitem">Orders</div></div>`);
    expect(readNavigation(document)).not.toHaveProperty('growthIconOnly');
  });
});

describe('the m4b navigation, open or closed', () => {
  it('Growth’s sub-items hidden while another title’s are shown: closed', () => {
    html(m4bNav().replace('style="display: none"', 'style="display: block"'));
    // Orders' group is the first one; its items shown do not open Growth.
    const n = readNavigation(document);
    expect(n.growth?.textContent).toBe('Growth');
    expect(n.growthOpen).toBe(false);
  });

  it('a title with no sub-items under it at all: closed', () => {
    html(`<div class="theme-m4b-menu"><div class="theme-m4b-menu-group"><div class="theme-m4b-menu-title"><div class="theme-m4b-menu-title-txt">Growth</div></div></div></div>`);
    expect(readNavigation(document)).toMatchObject({ growthOpen: false, growthOnClick: true });
  });

  it('sub-items shared by no single title (the whole menu holds them): closed', () => {
    html(`<div class="theme-m4b-menu"><div class="theme-m4b-menu-title-txt">Orders</div><div class="theme-m4b-menu-title-txt">Growth</div><a id="menu_item_1" href="/x"><div>Affiliates</div></a></div>`);
    expect(readNavigation(document).growthOpen).toBe(false);
  });

  it('a page whose path merely begins like the App store’s is not the App store: its menu item is the way on', () => {
    history.replaceState(null, '', '/services/marketing');
    html(m4bNav({ open: true, items: [['App store', '/services/market']] }));
    expect(readNavigation(document)).toMatchObject({ myAppsVia: 'app-store' });
    history.replaceState(null, '', '/services/market');
    expect(readNavigation(document).myApps).toBeNull();
  });

  it('My Apps & Services named: never the App store beside it', () => {
    html(m4bNav({ open: true }));
    expect(readNavigation(document)).not.toHaveProperty('myAppsVia');
  });

  it('no navigation at all: nothing open, nothing clicked', () => {
    html('<main></main>');
    expect(readNavigation(document)).toEqual({ growth: null, growthOpen: false, growthOnClick: false, myApps: null });
  });
});

describe.each(PREFIXES)('menu items drawn by Arco with no role and no span (%s)', (p) => {
  it.each(['menu-item', 'menu-pop-header', 'menu-inline-header'])('a %s holding its label as text', (stem) => {
    html(`<div class="${p}-${stem}" id="g">Growth</div>`);
    expect(findGrowth(document)?.id).toBe('g');
  });
});

describe('paths that only contain the ones the guide knows', () => {
  it('a link under another section to …/services/authorizations is not My apps', () => {
    html('<nav><a href="/partner/services/authorizations">Apps</a></nav>');
    expect(findMyAppsItem(document)).toBeNull();
  });

  it('a page under another section ending in /services/market is not the App store', () => {
    history.replaceState(null, '', '/partner/services/market');
    html(m4bNav({ open: true, items: [['App store', '/services/market']] }));
    expect(readNavigation(document).myAppsVia).toBe('app-store');
  });
});
