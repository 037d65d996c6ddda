// The left navigation read by structure, beyond the first tests (found by mutation testing, `npm run mutate`): which
// link is My apps (the navigation's own, to that very path), which title is its group's (one, shown, not the link's own
// wrapper, a title in two nested parts being one), Arco's group headers without ARIA, and when the words' reading stands.
import { beforeEach, describe, expect, it } from 'vitest';
import { html, m4bNav } from './fixtures.test.util';
import { readNavigation } from './navigation';
import { readNavigationByStructure } from './navigationByStructure';
import { unread } from './unread.test.util';

const read = () => readNavigationByStructure(document, readNavigation(document));
/** m4b's title of the Growth group (the second of the fixture's two groups). */
const growthTitle = () => document.querySelectorAll('.theme-m4b-menu-title-txt')[1];

beforeEach(() => {
  document.body.replaceChildren();
});

describe('which link is My apps', () => {
  it('a link to My apps folded away in the page’s body (a closed help panel), not in the navigation, leaves Growth found', () => {
    html(unread(m4bNav()) + unread('<main><details><summary>Help</summary><p hidden>See <a href="/services/authorizations?tab=incidents">your incidents</a></p></details></main>'));
    expect(read().growth).toBe(growthTitle());
  });

  it('a menu link to a page under My apps (its history) is not My apps: Growth is still found', () => {
    html(unread(m4bNav()).replace('href="/order"', 'href="/services/authorizations/history"'));
    expect(read().growth).toBe(growthTitle());
  });

  it('a menu link whose path only ends like My apps’ is not My apps: Growth is still found', () => {
    html(unread(m4bNav()).replace('href="/order"', 'href="/partner/services/authorizations"'));
    expect(read().growth).toBe(growthTitle());
  });
});

describe('which title is the group’s', () => {
  it('a wrapper around My apps’ link that opens a pop-up of its own (its tooltip) is not Growth’s title', () => {
    html(unread(m4bNav()));
    const link = document.querySelector('#menu_item_11')!;
    const tip = document.createElement('span');
    tip.setAttribute('aria-haspopup', 'true');
    link.replaceWith(tip);
    tip.append(link);
    expect(read().growth).toBe(growthTitle());
  });

  it('a title row that says it expands, around the title’s text, is one title', () => {
    html(unread(m4bNav()).replaceAll('class="theme-m4b-menu-title"', 'class="theme-m4b-menu-title" aria-expanded="false"'));
    // The row, which holds the text, is what is clicked.
    expect(read().growth).toBe(growthTitle()!.parentElement);
  });

  it('a group whose title is not shown gives no Growth: the words’ reading stands', () => {
    html(unread(m4bNav()));
    growthTitle()!.parentElement!.hidden = true;
    expect(read()).toEqual(readNavigation(document));
    expect(read().growth).toBeNull();
  });

  it('a link to My apps under no title at all: the words’ reading stands', () => {
    html(unread('<nav><div><a href="/services/authorizations" hidden>My apps</a></div></nav>'));
    expect(read()).toEqual(readNavigation(document));
  });
});

describe('Arco’s group headers drawn without ARIA (no aria-expanded, no aria-haspopup)', () => {
  const menu = (header: string) =>
    unread(`<div role="menu" class="theme-arco-menu"><div class="theme-arco-menu-inline"><div class="${header}"><span>Growth</span></div>` +
      `<div class="theme-arco-menu-inline-content" style="display: none"><a href="/services/authorizations">My apps</a></div></div></div>`);

  it('an inline header is Growth, opened in place by a click', () => {
    html(menu('theme-arco-menu-inline-header'));
    expect(read()).toMatchObject({ growth: document.querySelector('.theme-arco-menu-inline-header'), growthOpen: false, growthOnClick: true, myApps: null, unread: '' });
  });

  it('a pop-up header is Growth, opened by hovering (not a click)', () => {
    html(menu('theme-arco-menu-pop theme-arco-menu-pop-header'));
    expect(read()).toMatchObject({ growth: document.querySelector('.theme-arco-menu-pop-header'), growthOnClick: false, unread: '' });
  });
});

describe('what the words found', () => {
  it('Growth read by its words, closed: their reading stands, nothing said to be unread', () => {
    html(m4bNav());
    expect(readNavigation(document)).toMatchObject({ growth: growthTitle(), myApps: null });
    expect(read()).toEqual(readNavigation(document));
    expect(read()).not.toHaveProperty('unread');
  });
});
