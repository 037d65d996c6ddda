// Finding the Renew dialog: cheap, runs on every change. Reading its fields is in renewDialog.ts, loaded when it opens.
import { W } from '../text';
import { arco, byIdRef, byText, hasArcoClass, isShown, textOf } from './dom';

export const DIALOGS = `[role="dialog"], [role="alertdialog"], ${arco('modal')}, ${arco('drawer')}`;

function titleOf(dialog: Element): string {
  const labelled = byIdRef(dialog, 'aria-labelledby');
  if (labelled) return textOf(labelled);
  const t = dialog.querySelector(`${arco('modal-title')}, ${arco('drawer-title')}, h1, h2, h3, [role="heading"]`);
  return textOf(t);
}

/**
 * Titled "Renew", or with a title that begins with it ("Renew Pipe17 authorization") on a dialog that holds
 * "Confirm to install": a "Renewal history" or "Renew your plan" dialog is not it.
 */
function isRenewDialog(dialog: Element): boolean {
  const title = titleOf(dialog);
  if (W.renewTitle.has(title)) return true;
  if (![...W.renewTitle].some((w) => title.startsWith(`${w} `))) return false;
  return byText(dialog, 'button, button span, [role="button"]', W.confirmToInstall).length > 0;
}

/** The open Renew dialog, or null. When several are in the DOM (one closing, one opening), the visible one. */
export function findRenewDialog(root: ParentNode): Element | null {
  let found: Element | null = null;
  for (const el of root.querySelectorAll(DIALOGS)) {
    if (!isRenewDialog(el) || !isShown(el)) continue;
    // A closing Arco modal keeps its node while it animates out; prefer the last one opened.
    if (!hasArcoClass(el, 'modal') || !isLeaving(el)) found = el;
  }
  return found;
}

export const isLeaving = (el: Element): boolean => [...el.classList].some((c) => c.includes('-exit'));

