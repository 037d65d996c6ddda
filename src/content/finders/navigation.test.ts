import { beforeEach, describe, expect, it } from 'vitest';
import { readNavigation } from './navigation';
import { html, nav, PREFIXES } from './fixtures.test.util';

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
