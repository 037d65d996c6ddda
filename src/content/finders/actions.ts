// What the owner's own click or key was on: pure DOM predicates, words from the text table. The content script
// only observes these actions; it never performs them.
import { norm, W } from '../text';

/** What Tab could land on: where focus goes back to in the Renew dialog when the page had none. */
export const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), button:not([disabled]), textarea, select, [tabindex]:not([tabindex="-1"])';

const actionOf = (el: Element): Element => el.closest('button, a, [role="button"]') ?? el;

/** Cancel, on the Renew dialog or the conditions page. */
export const isCancel = (el: Element): boolean => W.cancel.has(norm(actionOf(el).textContent));

/** Cancel, the close button, or the mask around it: the owner closing the Renew dialog. */
export function isDialogDismiss(el: Element, dialog: Element): boolean {
  const action = actionOf(el);
  if (!dialog.contains(action)) return !action.closest('[role="dialog"]') && /modal-(mask|wrapper)/.test(String(action.className));
  return isCancel(action) || W.close.has(norm(action.getAttribute('aria-label'))) || /modal-close/.test(String(action.className));
}

/** An Authorize button or menu item (on any app's row: the caller says whose). */
export const isAuthorizeLabel = (el: Element): boolean => W.authorize.has(norm(actionOf(el).textContent));

/** Some of the element's box is inside the window. */
export function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}
