// The left navigation in a language the guide has no words for: My apps is the link to `/services/authorizations`,
// Growth the menu group holding it (its title, clicked to open). Loaded with the UI (ui.tsx), never injected.
import { W } from '../text';
import { arco, clickableOf, hasArcoClass, isShown, textOf } from './dom';
import type { NavigationFacts } from './navigation';

const MENUS = 'nav, aside, [role="menu"], [class*="menu"], [class*="sider"]';
/** What opens a group: m4b's title, Arco's submenu headers, or anything that says it expands. */
const TITLES = `${['menu-title-txt', 'menu-inline-header', 'menu-pop-header'].map(arco).join(', ')}, [aria-expanded], [aria-haspopup]`;

/** The navigation's links to My apps and incidents, shown or folded away in a closed group. */
const myAppsLinks = (root: ParentNode): HTMLAnchorElement[] =>
  [...root.querySelectorAll<HTMLAnchorElement>('a[href*="/services/authorizations"]')].filter(
    (a) => /^\/services\/authorizations\/?$/.test(a.pathname) && !!a.closest(MENUS),
  );

/**
 * The title of the smallest group holding `link` that has a title of its own: climbing stops at the first ancestor with
 * any, and one with two (the whole menu) gives none, as does a title not shown.
 */
export function groupOf(link: Element): Element | null {
  for (let el = link.parentElement; el; el = el.parentElement) {
    const titles = [...el.querySelectorAll(TITLES)].filter((t) => !t.contains(link));
    const own = titles.filter((t) => !titles.some((o) => o !== t && o.contains(t)));
    if (own.length === 0) continue;
    const title = own.length === 1 ? clickableOf(own[0]!) : null;
    return title && isShown(title) ? title : null;
  }
  return null;
}

/** The word reading `w`, completed by structure where its words found neither Growth nor My apps. */
export function readNavigationByStructure(root: ParentNode, w: NavigationFacts): NavigationFacts {
  // The item was found by where its link goes, not by its words: the tooltip names it in English then.
  if (w.myApps) return w.myAppsVia || W.myAppsAndServices.has(textOf(w.myApps)) ? w : { ...w, unread: '' };
  if (w.growth || w.growthOpen) return w;
  const links = myAppsLinks(root);
  // Two links, or none: which group is Growth would be a guess.
  if (links.length !== 1) return w;
  const growth = groupOf(links[0]!);
  if (!growth) return w;
  return { growth, growthOpen: false, growthOnClick: hasArcoClass(growth, 'menu-title-txt') || hasArcoClass(growth, 'menu-inline-header'), myApps: null, unread: '' };
}
