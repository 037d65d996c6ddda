// Seller Center's left navigation: the Growth menu and its "My Apps & Services" item.
import { W } from '../text';
import { byIdRef, byText, clickableOf, hasArcoClass, isShown } from './dom';

const MENU_LABELS =
  '[role="menuitem"], [aria-haspopup], [class*="arco-menu-item"], [class*="arco-menu-pop-header"], [class*="arco-menu-inline-header"], [class*="arco-menu-item"] span, [class*="menu"] span, nav a, aside a, nav li, aside li';

export interface NavigationFacts {
  /** The Growth menu item (what a person hovers). */
  growth: Element | null;
  /** The Growth submenu is open (aria-expanded, or its item is visible). */
  growthOpen: boolean;
  /** Growth opens in place on a click (an inline submenu: Arco Menu's vertical mode), not on hover. */
  growthOnClick?: boolean;
  /** The navigation is folded to its icons (Arco's collapsed Menu): Growth shows as an icon, its name hidden. */
  growthIconOnly?: boolean;
  /** The "My Apps & Services" item, only when it is visible. */
  myApps: Element | null;
}

export function findGrowth(root: ParentNode): Element | null {
  for (const el of byText(root, MENU_LABELS, W.growth)) {
    const item = clickableOf(el);
    if (isShown(item)) return item;
  }
  return null;
}

export function findMyAppsItem(root: ParentNode): Element | null {
  for (const el of byText(root, MENU_LABELS, W.myAppsAndServices)) {
    const item = clickableOf(el);
    if (isShown(item)) return item;
  }
  return null;
}

export function readNavigation(root: ParentNode): NavigationFacts {
  const growth = findGrowth(root);
  const myApps = findMyAppsItem(root);
  let growthOpen = !!myApps;
  if (growth && !growthOpen) {
    growthOpen = growth.getAttribute('aria-expanded') === 'true' && isShown(byIdRef(growth, 'aria-controls'));
  }
  // Arco marks a folded menu `…-menu-collapse` (its collapse button, `…-menu-collapse-button`, is never an ancestor).
  const folded = !!growth?.closest('[class*="arco-menu-collapse"]');
  return {
    growth,
    growthOpen,
    growthOnClick: !!growth && hasArcoClass(growth, 'menu-inline-header'),
    ...(folded ? { growthIconOnly: true } : {}),
    myApps,
  };
}
