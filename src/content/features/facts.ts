// The page read into facts for deriveStep: which surface, the navigation or the apps page, and whose dialog is open.
import type { Context } from '../context';
import { shopName } from '../context';
import { readAppsPage } from '../finders/appsTable';
import { readConsentPage } from '../finders/consentPage';
import { findRenewDialog } from '../finders/dialog';
import { readNavigation } from '../finders/navigation';
import type { RenewDialogFacts } from '../finders/renewDialog';
import { expectedShop } from '../memory';
import type { Facts } from '../steps';
import { norm, PIPE17 } from '../text';

/** How long an Authorize click says whose Renew dialog opens next. */
const AUTHORIZE_CLICK_MS = 10 * 60_000;

/** Facts of the page now. `loadUI` is asked for when the Pipe17 Renew dialog is open and its checker not loaded. */
export function readFacts(ctx: Context, loadUI: () => void): Facts {
  const { place, ui } = ctx;
  if (place.surface === 'authorization') {
    return { surface: 'authorization', nav: null, apps: null, dialog: null, consent: readConsentPage(document) };
  }
  const apps = readAppsPage(document, ctx.appsCache);
  ctx.appsCache = { page: apps?.page ?? null, row: apps?.pipe17?.row ?? null };
  const dialogEl = findRenewDialog(document);
  let dialog: RenewDialogFacts | null = null;
  let otherDialog = false;
  let dialogPending = false;
  if (dialogEl) {
    // For Pipe17: opened from the Pipe17 row's Authorize, or (opened some other way) it names Pipe17.
    const last = ctx.lastAuthorize;
    const clicked = last && Date.now() - last.at < AUTHORIZE_CLICK_MS ? last.app : null;
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
  return { surface: 'seller-center', nav: apps ? null : readNavigation(document), apps, dialog, consent: null, otherDialog, dialogPending };
}
