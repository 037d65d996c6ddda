// The page read into facts for deriveStep: which surface, the navigation or the apps page, and whose dialog is open.
import type { Context } from '../context';
import { shopName } from '../context';
import { readAppsPage } from '../finders/appsTable';
import { findRenewDialog } from '../finders/dialog';
import type { RenewDialogFacts } from '../finders/renewDialog';
import { expectedShop } from '../memory';
import type { Facts } from '../steps';
import { norm, PIPE17 } from '../text';

/** How long an Authorize click says whose Renew dialog opens next. */
const AUTHORIZE_CLICK_MS = 10 * 60_000;

/**
 * Facts of the page now. The readers of the conditions page, the navigation and the Renew dialog come with the lazily
 * loaded UI (`loadUI`), asked for only where a step will show: on the conditions page, in a walkthrough started
 * elsewhere, with the Pipe17 Renew dialog open. Until it is here those facts read as not yet known.
 */
export function readFacts(ctx: Context, loadUI: () => void): Facts {
  const { place, ui } = ctx;
  if (place.surface === 'authorization') {
    if (!ui) loadUI();
    return { surface: 'authorization', nav: null, apps: null, dialog: null, consent: ui ? ui.readConsentPage(document) : null };
  }
  // In a language the guide has no words for, My apps is its URL and Pipe17 its row: read by structure (lazy, in ui).
  let apps = readAppsPage(document, ctx.appsCache);
  if (!apps && /^\/services\/authorizations\/?$/.test(location.pathname)) {
    if (ui) apps = ui.readAppsByStructure(document);
    else loadUI();
  }
  ctx.appsCache = { page: apps?.page ?? null, row: apps?.pipe17?.row ?? null };
  const last = ctx.lastAuthorize;
  const clicked = last && Date.now() - last.at < AUTHORIZE_CLICK_MS ? last.app : null;
  // Whatever its title's language: the one form dialog that opened after the owner's click in a row (Pipe17's, or
  // another app's: then it is that app's, and the guide stays out of its way).
  const dialogEl = findRenewDialog(document) ?? (clicked && ui ? ui.findDialogByKind(document, clicked === 'pipe17' ? last!.el : undefined) : null);
  let dialog: RenewDialogFacts | null = null;
  let otherDialog = false;
  let dialogPending = false;
  if (dialogEl) {
    // For Pipe17: opened from the Pipe17 row's Authorize, or (opened some other way) it names Pipe17.
    const forPipe17 = clicked === 'pipe17' || (clicked === null && norm(dialogEl.textContent).includes(PIPE17));
    if (!forPipe17) otherDialog = true;
    else if (!ui) {
      dialogPending = true;
      loadUI();
    } else {
      dialog = ui.readRenewDialog(dialogEl, {
        shop: expectedShop(ctx.stored, place.host, place.region),
        current: shopName(ctx),
        email: ctx.stored.settings.contactEmail || undefined,
      });
    }
  }
  const started = ctx.stored.guide.mode === 'started';
  if (!apps && started && !ui) loadUI();
  const nav = apps || !started || !ui ? null : ui.readNavigation(document);
  return { surface: 'seller-center', nav, apps, dialog, consent: null, otherDialog, dialogPending };
}
