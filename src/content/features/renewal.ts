// Renewal tracking: the owner's own clicks and keys, observed (never acted on). Authorize on a row says whose Renew
// dialog opens; Confirm to install starts a renewal; Cancel, ×, the mask, Esc, or Cancel on the conditions page
// withdraws it; Pipe17 Active on the Apps tab afterwards completes it.
import { KEYS } from '../../shared/constants';
import type { MessageOf } from '../../shared/messages';
import { ext, send } from '../../shared/ext';
import { shopName, type Context } from '../context';
import { isAuthorizeLabel, isCancel, isDialogDismiss } from '../finders/actions';
import { expectedShop } from '../memory';
import { renewalSeenThrough } from '../steps';
import { applyHere } from './actions';

/**
 * The page may navigate away now (a confirmation, Cancel on the conditions page): a message to a stopped service
 * worker can be lost with it, a storage write cannot. The background validates the outbox like the message and
 * applies whichever comes first.
 */
function post(message: MessageOf<'renewal/confirmed'> | MessageOf<'renewal/cancelled'>) {
  void ext?.storage.local.set({ [KEYS.renewalOutbox]: { ...message, at: Date.now() } }).catch(() => {});
  void send(message);
}

/** The owner turned back after Confirm to install (or a refused one): no renewal is on its way. */
export function withdrawRenewal(ctx: Context): void {
  if (!ctx.confirmedHere && !ctx.stored.guide.pendingRenewal) return;
  ctx.confirmedHere = false;
  applyHere(ctx, { type: 'renewal/cancelled' });
  post({ type: 'renewal/cancelled' });
}

/** The owner's click, read against the last derivation's facts. */
export function onClick(ctx: Context, e: MouseEvent): void {
  const el = e.target instanceof Element ? e.target : null;
  const facts = ctx.facts;
  // A page script's synthetic click is not the owner confirming anything.
  if (!e.isTrusted || !el || !facts) return;
  const row = facts.apps?.pipe17;
  if (row?.authorize?.contains(el)) ctx.lastAuthorize = { app: 'pipe17', at: Date.now(), el };
  // Another row's Authorize; where the words are unread, any click outside Pipe17's row (what it does is not known):
  // rows may be bare divs, another row's ⋯ menu is drawn at the end of <body>. Never one in the open Renew dialog.
  else if (facts.apps && !facts.dialog && (row?.unread ? !row.row.contains(el) : el.closest('tr, [role="row"], [role="menu"]') && isAuthorizeLabel(el)))
    ctx.lastAuthorize = { app: 'other', at: Date.now() };
  const d = facts.dialog;
  if (d?.confirm?.contains(el)) {
    // Seller Center refuses the form while a required field is empty: that click renews nothing.
    if (Object.values(d.checks).some((c) => c.state === 'missing' && c.note !== 'not-found')) return;
    const { host, region } = ctx.place;
    const expected = expectedShop(ctx.stored, host, region);
    post({
      type: 'renewal/confirmed',
      host,
      shop: shopName(ctx),
      targetShop: d.checks['target-shop'].value.slice(0, 300),
      ...(expected ? { expectedShop: expected.slice(0, 300) } : {}),
      // The row's expiry now: a later one back on My apps says the renewal went through, whatever the status words.
      ...(facts.apps?.pipe17?.expiresAt ? { expiresBefore: facts.apps.pipe17.expiresAt } : {}),
    });
    ctx.confirmedHere = true;
  } else if ((d && isDialogDismiss(el, d.dialog)) || (facts.consent && isCancel(el))) {
    // Closing the Renew dialog, or Cancel on the conditions page (the guide shown or not): no renewal then.
    withdrawRenewal(ctx);
  }
}

export function init(ctx: Context, signal: AbortSignal): void {
  document.addEventListener('click', (e) => onClick(ctx, e), { capture: true, passive: true, signal });
  // Esc closes an Arco dialog too (Esc in the guide dismisses the guide, not the dialog).
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted && e.key === 'Escape' && ctx.facts?.dialog && e.target !== ctx.host) withdrawRenewal(ctx);
    },
    { capture: true, signal },
  );
  // A fact, not a step: recorded also when the guide is dismissed (the popup would wait for it).
  ctx.afterDerive.push((facts) => {
    if (ctx.completedReported || !ctx.memory || !renewalSeenThrough(facts, ctx.memory)) return;
    ctx.completedReported = true;
    void send({ type: 'renewal/completed', host: ctx.place.host, shop: shopName(ctx) });
  });
}
