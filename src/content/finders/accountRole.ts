// The signed-in account's role as Seller Center's header names it, read only for the not-owner step (lazy UI chunk).
// Nothing public shows the header naming a role, so only an exact cited role name is read, never a guess.
import { ACCOUNT_ROLES } from '../roles';
import { norm } from '../../shared/text';
import { arco, byText, isShown, outermost, textOf } from './dom';

/** Each cited role name by its normalised text. */
const ROLES: ReadonlyMap<string, string> = new Map(Object.values(ACCOUNT_ROLES).flat().map((r) => [norm(r), r]));

/**
 * The page's header: `header`, `[role=banner]`, Arco's or m4b's layout header under any prefix (`-layout-header`), and
 * the top bar holding the Seller Center logo (`#top_nav_seller_center_logo`, public Selenium scripts). A header inside
 * the page's content, a side panel or a dialog is a part of the page, not its header.
 */
function headers(root: Document): Element[] {
  const found = [...root.querySelectorAll(`header, [role="banner"], ${arco('layout-header')}`)];
  const bar = root.getElementById('top_nav_seller_center_logo')?.parentElement?.closest('[id*="top_nav"], [class*="top_nav"], [class*="top-nav"], [class*="topNav"], [class*="header"], [class*="Header"]');
  if (bar) found.push(bar);
  return outermost(found.filter((h) => !h.closest('main, [role="main"], article, aside, nav, [role="dialog"], [role="alertdialog"]')));
}

/**
 * The role the header names: a shown element there whose whole text is one cited role name (case and spaces aside),
 * given in the cited spelling (never the page's own text). A custom role, two different names, or none: null.
 */
export function readAccountRole(root: Document): string | null {
  const names = new Set<string>();
  for (const h of headers(root)) for (const el of byText(h, '*', new Set(ROLES.keys()))) if (isShown(el)) names.add(textOf(el));
  return names.size === 1 ? ROLES.get([...names][0]!)! : null;
}
