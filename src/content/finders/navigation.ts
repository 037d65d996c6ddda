// Seller Center's left navigation: the Growth menu and its "My Apps & Services" item. Drawn by Arco's Menu (any class
// prefix) or by m4b's: a title (`theme-m4b-menu-title-txt`) clicked to expand, sub-items as links `a#menu_item_<n>`
// holding their label in a `div` (public Selenium scripts of Seller Center).
import { W } from '../text';
import { arco, byIdRef, byText, clickableOf, hasArcoClass, isShown } from './dom';

const M4B_ITEM = 'a[id^="menu_item_"]';
const MENU_LABELS = [
  `[role="menuitem"], [aria-haspopup], [class*="menu"] span, nav a, aside a, nav li, aside li, ${M4B_ITEM}, ${M4B_ITEM} > div`,
  ...['menu-item', 'menu-pop-header', 'menu-inline-header', 'menu-title-txt'].map(arco),
].join(', ');

export interface NavigationFacts {
  /** The Growth menu item (what a person hovers). */
  growth: Element | null;
  /** The Growth submenu is open (aria-expanded, or its item is visible). */
  growthOpen: boolean;
  /** Growth opens in place on a click (an inline submenu: Arco Menu's vertical mode, m4b's title), not on hover. */
  growthOnClick?: boolean;
  /** The navigation is folded to its icons (Arco's collapsed Menu): Growth shows as an icon, its name hidden. */
  growthIconOnly?: boolean;
  /** The "My Apps & Services" item (or the App store item on the way to it: `myAppsVia`), only when it is visible. */
  myApps: Element | null;
  /**
   * `app-store`: no My apps item is shown, and `myApps` is the App store item, the partner docs' way to it
   * (Growth › App store › My apps and incidents).
   */
  myAppsVia?: 'app-store';
  /** Found by structure (navigationByStructure.ts): the link to My apps and the menu group holding it, words unread. */
  unread?: string | undefined;
}

const firstShown = (labels: Element[]): Element | null => {
  for (const el of labels) {
    const item = clickableOf(el);
    if (isShown(item)) return item;
  }
  return null;
};

export const findGrowth = (root: ParentNode): Element | null => firstShown(byText(root, MENU_LABELS, W.growth));

/** A link to My apps and incidents, whatever its words: its `href` goes to `/services/authorizations`. */
function myAppsLink(root: ParentNode): Element | null {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="/services/authorizations"]')) {
    if (/^\/services\/authorizations\/?$/.test(a.pathname) && isShown(a)) return a;
  }
  return null;
}

/** The My apps item: by its words first, then by where its link goes. */
export const findMyAppsItem = (root: ParentNode): Element | null =>
  firstShown(byText(root, MENU_LABELS, W.myAppsAndServices)) ?? myAppsLink(root);

/** The App store item, unless this is the App store (its page names the way on, not the menu). */
function findAppStoreItem(root: ParentNode): Element | null {
  if (/^\/services\/market(\/|$)/.test(location.pathname)) return null;
  return firstShown(byText(root, MENU_LABELS, W.appStore));
}

/** m4b's Growth title is open when the sub-item links under it (and under no other title) are shown. */
function m4bOpen(title: Element): boolean {
  for (let group = title.parentElement; group; group = group.parentElement) {
    const item = group.querySelector(M4B_ITEM);
    if (!item) continue;
    const titles = group.querySelectorAll(arco('menu-title-txt'));
    return titles.length === 1 && isShown(item);
  }
  return false;
}

export function readNavigation(root: ParentNode): NavigationFacts {
  const growth = findGrowth(root);
  const named = findMyAppsItem(root);
  const store = named ? null : findAppStoreItem(root);
  const myApps = named ?? store;
  const m4b = !!growth && hasArcoClass(growth, 'menu-title-txt');
  let growthOpen = !!myApps;
  if (growth && !growthOpen) {
    growthOpen = m4b
      ? m4bOpen(growth)
      : growth.getAttribute('aria-expanded') === 'true' && isShown(byIdRef(growth, 'aria-controls'));
  }
  // Arco marks a folded menu `…-menu-collapse` (its collapse button, `…-menu-collapse-button`, is never an ancestor).
  const folded = !!growth?.closest(arco('menu-collapse'));
  return {
    growth,
    growthOpen,
    growthOnClick: !!growth && (m4b || hasArcoClass(growth, 'menu-inline-header')),
    ...(folded ? { growthIconOnly: true } : {}),
    myApps,
    ...(store ? { myAppsVia: 'app-store' as const } : {}),
  };
}
