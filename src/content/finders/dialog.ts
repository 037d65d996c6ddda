// Finding the Renew dialog: cheap, runs on every change. Reading its fields is in renewDialog.ts, loaded when it opens.
import { W } from '../text';
import { arco, byIdRef, hasArcoClass, isShown, textOf } from './dom';

const DIALOGS = '[role="dialog"], [role="alertdialog"], [class*="arco-modal"][class$="modal"], [class*="arco-drawer"]';

function titleOf(dialog: Element): string {
  const labelled = byIdRef(dialog, 'aria-labelledby');
  if (labelled) return textOf(labelled);
  const t = dialog.querySelector(`${arco('modal-title')}, ${arco('drawer-title')}, h1, h2, h3, [role="heading"]`);
  return textOf(t);
}

/** The open Renew dialog, or null. When several are in the DOM (one closing, one opening), the visible one. */
export function findRenewDialog(root: ParentNode): Element | null {
  let found: Element | null = null;
  for (const el of root.querySelectorAll(DIALOGS)) {
    if (!W.renewTitle.has(titleOf(el))) continue;
    if (!isShown(el)) continue;
    // A closing Arco modal keeps its node while it animates out; prefer the last one opened.
    if (!hasArcoClass(el, 'modal') || !isLeaving(el)) found = el;
  }
  return found;
}

const isLeaving = (el: Element): boolean => [...el.classList].some((c) => c.includes('-exit'));

