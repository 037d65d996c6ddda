// Small DOM helpers shared by the finders. Pure reads; nothing here writes to the page.
import { norm } from '../text';

/**
 * An Arco component's class by its stem (`btn`, `table-tr`, `select-view`…), under whatever prefix the page gives
 * Arco (`theme-arco-`, `core-`, `arco-`, or one not seen yet: ConfigProvider's prefixCls): a class token that ends
 * in `-<stem>`. Two attribute selectors, no class-list walk, so it costs what one prefix did.
 */
export const arco = (stem: string): string => `[class$="-${stem}"], [class*="-${stem} "]`;

export function hasArcoClass(el: Element, stem: string): boolean {
  const end = `-${stem}`;
  for (const c of el.classList) if (c.endsWith(end) && c.length > end.length) return true;
  return false;
}

export const textOf = (el: Element | null | undefined): string => norm(el?.textContent);

/** Shown on screen: connected, not in an aria-hidden or hidden subtree, not display:none/visibility:hidden. */
export function isShown(el: Element | null | undefined): el is Element {
  if (!el || !el.isConnected) return false;
  if (el.closest('[aria-hidden="true"],[hidden],[inert]')) return false;
  const check = (el as HTMLElement).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  return true;
}

// By whole class stems: an indented item wraps its text in `…-menu-item-inner`, which is not the item. m4b's menu title
// (`theme-m4b-menu-title-txt`, clicked to expand) and button (`data-tid="m4b_button"`) are what a person clicks too.
const CLICKABLE = [
  'button, a[href], [role="button"], [role="menuitem"], [role="tab"], [role="option"], li, [aria-haspopup], [data-tid="m4b_button"]',
  ...['menu-item', 'menu-pop-header', 'menu-inline-header', 'menu-title-txt', 'btn', 'link', 'tabs-header-title'].map(arco),
].join(', ');

/** The element a person clicks for a label found inside it (the menu item, button, tab…). */
export function clickableOf(el: Element): Element {
  return el.closest(CLICKABLE) ?? el;
}

/**
 * The smallest elements under `root` matching `selector` whose whole text is one of `words`.
 * Candidates are narrowed with the selector so no full-document text walk is needed.
 */
export function byText(
  root: ParentNode,
  selector: string,
  words: ReadonlySet<string>,
  text: (el: Element) => string = textOf,
): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (!words.has(text(el))) continue;
    // Keep the innermost match only (a span inside a matching button is the label).
    const last = out[out.length - 1];
    if (last && last.contains(el)) out[out.length - 1] = el;
    else out.push(el);
  }
  return out;
}

/** Those of `els` that no other of them contains: a nested pair (Arco puts a role on its own wrapper too) is one. */
export const outermost = (els: Element[]): Element[] => els.filter((el) => !els.some((o) => o !== el && o.contains(el)));

/** Follows aria-controls / aria-labelledby id references inside the same document. */
export function byIdRef(el: Element, attr: string): Element | null {
  const id = el.getAttribute(attr);
  if (!id) return null;
  const doc = el.ownerDocument;
  return doc.getElementById(id.split(/\s+/)[0]!);
}
