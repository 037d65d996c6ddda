// Small DOM helpers shared by the finders. Pure reads; nothing here writes to the page.
import { norm } from '../text';

/** Arco renders `theme-arco-*` in Seller Center and `arco-*` elsewhere: match either. */
export const arco = (suffix: string): string => `[class*="arco-${suffix}"]`;

export function hasArcoClass(el: Element, suffix: string): boolean {
  for (const c of el.classList) if (c === `arco-${suffix}` || c.endsWith(`-arco-${suffix}`)) return true;
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

// `arco-menu-item` as a whole class only: an indented item wraps its text in `…-menu-item-inner`, which is not the item.
const CLICKABLE =
  'button, a[href], [role="button"], [role="menuitem"], [role="tab"], [role="option"], li, [aria-haspopup], [class*="arco-menu-item "], [class$="arco-menu-item"], [class*="arco-menu-pop-header"], [class*="arco-menu-inline-header"], [class*="arco-btn"], [class*="arco-link"], [class*="arco-tabs-header-title"]';

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

/** Follows aria-controls / aria-labelledby id references inside the same document. */
export function byIdRef(el: Element, attr: string): Element | null {
  const id = el.getAttribute(attr);
  if (!id) return null;
  const doc = el.ownerDocument;
  return doc.getElementById(id.split(/\s+/)[0]!);
}

/** A checkbox's wrapper: its label (Arco's `label.arco-checkbox`), else the box itself. */
export const checkboxWrapper = (box: Element): Element => box.closest(`label, ${arco('checkbox')}`) ?? box;

/** A checkbox that agrees to something (its label or aria-label says agree, consent, accept…). */
export const isAgreeBox = (box: Element, hints: ReadonlySet<string>): boolean => {
  const label = norm(checkboxWrapper(box).textContent || box.getAttribute('aria-label'));
  return [...hints].some((w) => label.includes(w));
};

/** Ticked, as the owner left it: the input's property, else aria-checked, else Arco's `-checkbox-checked` class. */
export const isTicked = (box: Element): boolean =>
  box instanceof HTMLInputElement
    ? box.checked
    : box.getAttribute('aria-checked') === 'true' || [...checkboxWrapper(box).classList].some((c) => c.endsWith('checkbox-checked'));
