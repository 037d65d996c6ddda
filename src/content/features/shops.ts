// Shop reporting: what this Seller Center page shows of the shop (its name, and on My apps whether the owner is
// signed in and Pipe17's authorization), sent to the background once per change.
import { send } from '../../shared/ext';
import { shopName, type Context } from '../context';
import type { Facts } from '../steps';

/** The shop/facts message for the Pipe17 row the page shows; null where it shows none. */
export function shopFacts(ctx: Context, facts: Facts) {
  const row = facts.apps?.pipe17;
  if (!row || ctx.place.surface !== 'seller-center') return null;
  // A closed "More" (⋯) menu on the row may hold Authorize: owner or not is not known until it opens. Nor is it where
  // the row's words are unread (its action cell holds actions, whichever they are).
  const owner = row.unread
    ? null
    : row.authorize
      ? { state: 'owner' as const, detail: 'Authorize shown on the Pipe17 row' }
      : row.more
        ? null
        : { state: 'not-owner' as const, detail: 'Pipe17 row shown without Authorize' };
  return {
    type: 'shop/facts' as const,
    host: ctx.place.host,
    shop: shopName(ctx),
    where: 'My apps and incidents',
    url: location.href.slice(0, 2000),
    ...(owner ? { owner } : {}),
    app: {
      state: row.state,
      ...(row.statusText ? { statusText: row.statusText.slice(0, 200) } : {}),
      ...(row.expiresAt ? { expiresAt: row.expiresAt } : {}),
    },
  };
}

export function init(ctx: Context): void {
  // Any Seller Center page: the shop the owner is signed in to, even where nothing else is read.
  if (ctx.place.surface === 'seller-center') {
    void send({ type: 'shop/facts', host: ctx.place.host, shop: shopName(ctx), where: document.title.slice(0, 200) || 'Seller Center' });
  }
  ctx.afterDerive.push((facts) => {
    const msg = shopFacts(ctx, facts);
    if (!msg) return;
    const key = JSON.stringify([msg.shop, msg.owner?.state, msg.app]);
    if (key === ctx.lastReport) return;
    ctx.lastReport = key;
    void send(msg);
  });
}
