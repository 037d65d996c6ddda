// The launcher: a plain-DOM button on any Seller Center page while no step shows (the overlay driver shows and
// hides it); pressing it starts the walkthrough.
import type { Context } from '../context';
import { guideActions } from './actions';

export function init(ctx: Context, signal: AbortSignal): void {
  ctx.launcher.addEventListener('click', guideActions(ctx).start, { signal });
}
