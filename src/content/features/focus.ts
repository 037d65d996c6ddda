// The focus shortcut (Alt+Shift+G): from anywhere in the page to the guide (its tooltip, or the launcher) and back
// to where the owner left, past the Renew dialog's focus lock. Pressing it where nothing of the guide shows is the page's.
import { isShortcut } from '../../shared/shortcut';
import type { Context } from '../context';
import { FOCUSABLE } from '../finders/actions';

export function returnFocus(ctx: Context): void {
  const el = ctx.pageFocus?.deref();
  ctx.pageFocus = null;
  (ctx.shadow.activeElement as HTMLElement | null)?.blur();
  // Nothing focused before (a click on a list option can leave focus on <body>): into the Renew dialog, where it was.
  (el?.isConnected ? el : ctx.facts?.dialog?.dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
}

/** The shortcut's move, either way. False when nothing of the guide is shown. */
export function toggleFocus(ctx: Context): boolean {
  if (ctx.shadow.activeElement) {
    returnFocus(ctx);
    return true;
  }
  const to = ctx.mount.querySelector<HTMLElement>('[data-guide="tooltip"]') ?? (ctx.launcher.hidden ? null : ctx.launcher);
  if (!to) return false;
  const from = document.activeElement;
  ctx.pageFocus = from instanceof HTMLElement && from !== document.body ? new WeakRef(from) : null;
  to.focus();
  return true;
}

export function init(ctx: Context, signal: AbortSignal): void {
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted && isShortcut(e) && toggleFocus(ctx)) e.preventDefault();
    },
    { capture: true, signal },
  );
}
