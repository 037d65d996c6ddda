import { beforeEach, describe, expect, it } from 'vitest';
import { readNavigation } from './navigation';
import { html, m4bNav, nav, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each(PREFIXES)('navigation (%s)', (p) => {
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

describe('the m4b navigation', () => {
  beforeEach(() => history.replaceState(null, '', '/homepage'));
  it('Growth is its menu title, opened by a click', () => {
    html(m4bNav());
    const n = readNavigation(document);
    expect(n.growth?.className).toBe('theme-m4b-menu-title-txt');
    expect(n).toMatchObject({ growthOpen: false, growthOnClick: true, myApps: null });
  });
  it('open: My Apps & Services is the sub-item link, not the div with its label', () => {
    html(m4bNav({ open: true }));
    const n = readNavigation(document);
    expect(n.growthOpen).toBe(true);
    expect(n.myApps?.id).toBe('menu_item_11');
    expect(n.myAppsVia).toBeUndefined();
  });
  it('a link to /services/authorizations is the My apps item in any language', () => {
    html(m4bNav({ open: true, items: [['Cửa hàng ứng dụng', '/services/market'], ['Ứng dụng của tôi', '/services/authorizations?shop_region=VN&tab=apps']] }));
    expect(readNavigation(document).myApps?.id).toBe('menu_item_11');
    // Not another path that merely starts the same way.
    html(m4bNav({ open: true, items: [['Ứng dụng của tôi', '/services/authorizations-history']] }));
    expect(readNavigation(document).myApps).toBeNull();
  });
  it('open with no item the guide knows: Growth is open, My apps not found', () => {
    html(m4bNav({ open: true, items: [['Creator affiliates', '/affiliate']] }));
    expect(readNavigation(document)).toMatchObject({ growthOpen: true, myApps: null });
  });
  it.each(['App store', 'App &amp; Service Store'])('no My apps item: the App store item (%s) is the way to it', (label) => {
    html(m4bNav({ open: true, items: [[label, '/services/market'], ['Creator affiliates', '/affiliate']] }));
    const n = readNavigation(document);
    expect(n.myApps?.id).toBe('menu_item_10');
    expect(n.myAppsVia).toBe('app-store');
  });
  it('on the App store itself, its link to My apps and incidents, not the menu item again', () => {
    history.replaceState(null, '', '/services/market?shop_region=US');
    html(`${m4bNav({ open: true, items: [['App store', '/services/market']] })}<main><a id="to-my-apps" href="/services/authorizations?tab=apps">My apps and incidents</a></main>`);
    const n = readNavigation(document);
    expect(n.myApps?.id).toBe('to-my-apps');
    expect(n.myAppsVia).toBeUndefined();
    html(m4bNav({ open: true, items: [['App store', '/services/market']] }));
    expect(readNavigation(document).myApps).toBeNull();
  });
});
