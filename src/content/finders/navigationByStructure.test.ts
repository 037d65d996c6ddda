import { beforeEach, describe, expect, it } from 'vitest';
import { html, m4bNav, nav } from './fixtures.test.util';
import { readNavigation } from './navigation';
import { groupOf, readNavigationByStructure } from './navigationByStructure';
import { unread } from './unread.test.util';

const read = () => readNavigationByStructure(document, readNavigation(document));

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the navigation by structure: Growth is the group holding the link to My apps', () => {
  it('closed: the words find neither; the group whose hidden link goes to /services/authorizations is Growth', () => {
    html(unread(m4bNav()));
    expect(readNavigation(document)).toMatchObject({ growth: null, myApps: null });
    const n = read();
    expect(n.growth?.className).toBe('theme-m4b-menu-title-txt');
    expect(n.growth?.textContent).not.toBe('Growth');
    expect(n).toMatchObject({ growthOpen: false, growthOnClick: true, myApps: null, unread: '' });
  });
  it('open: the link itself, said to be found by where it goes', () => {
    html(unread(m4bNav({ open: true })));
    const n = read();
    expect(n.myApps?.id).toBe('menu_item_11');
    expect(n.unread).toBe('');
  });
  it('two links to My apps in the navigation: which group is Growth would be a guess', () => {
    html(unread(m4bNav({ items: [['My Apps', '/services/authorizations'], ['Apps', '/services/authorizations?tab=incidents']] })));
    expect(read().growth).toBeNull();
  });
  it('a group with two titles above the link (the whole menu) is not a group', () => {
    html(`<nav><div class="x-menu-title-txt">A</div><div class="x-menu-title-txt">B</div><div><a href="/services/authorizations" hidden>x</a></div></nav>`);
    expect(groupOf(document.querySelector('a')!)).toBeNull();
  });
  it('a menu that draws no links (Arco’s pop menu): nothing by structure, the words’ reading stands', () => {
    html(unread(nav('theme-arco')));
    expect(read()).toEqual(readNavigation(document));
  });
  it('what the words found stays as they read it', () => {
    html(m4bNav({ open: true }));
    expect(read()).toEqual(readNavigation(document));
  });
});
