// The launcher: a plain-DOM button that starts the walkthrough, shown while no step shows (the overlay driver shows
// and hides it) on My apps and incidents, and on other Seller Center pages only while Pipe17 needs attention: a task
// done once a year does not sit on every page all year. The popup and the shortcut start the guide anywhere.
import { sameShop } from '../../shared/constants';
import { shopName, type Context } from '../context';
import type { Facts } from '../steps';
import { guideActions } from './actions';

/** Whether the launcher belongs on this page now, by the options' choice and what storage says of Pipe17. */
export function launcherWanted(ctx: Context, facts: Facts): boolean {
  const { place, stored } = ctx;
  const setting = stored.settings.launcher;
  if (place.surface !== 'seller-center' || setting === false) return false;
  if (setting === 'always' || facts.apps) return true;
  // The shop as needsAttention picks it (shared/appState.ts): this host's record of the header's shop, else its newest.
  const onHost = stored.shops.filter((s) => s.host === place.host);
  const name = shopName(ctx);
  const shop = (name ? onHost.find((s) => s.shop !== null && sameShop(s.shop, name)) : undefined) ?? onHost[0];
  return !shop || !stored.calm.includes(shop.key);
}

export function init(ctx: Context, signal: AbortSignal): void {
  ctx.launcher.addEventListener('click', guideActions(ctx).start, { signal });
}
