// The support report for this page, built when the owner asks (the popup's or the tooltip's Copy the support report):
// this module and outline.ts are loaded on demand, never on every Seller Center page.
import { ext } from '../../shared/ext';
import { healthOf } from '../../shared/healthOf';
import type { Context } from '../context';
import type { Facts } from '../steps';
import { outline } from './outline';
import { buildReport } from './report';

/** Where a navigation may be, when the guide found no Growth in it: the container it would have searched. */
const NAVIGATION = 'nav, aside, [role="navigation"], [role="menu"], [class*="-menu"]';

/** The parts of this page the guide looks at, by name; a part not found is outlined through the container searched. */
export function rootsOf(f: Facts | null, doc: Document): Record<string, Element | null | undefined> {
  if (!f) return { page: doc.body };
  if (f.surface === 'authorization') {
    return f.consent?.authorize ? { 'consent-page': f.consent.authorize } : { 'consent-page': null, page: doc.body };
  }
  const roots: Record<string, Element | null | undefined> = {};
  if (f.apps) {
    roots['apps-tab'] = f.apps.appsTab;
    roots['pipe17-row'] = f.apps.pipe17?.row;
    if (f.apps.pipe17) roots.authorize = f.apps.pipe17.authorize ?? f.apps.pipe17.more;
    else roots['apps-page'] = f.apps.page;
  } else if (f.nav) {
    roots.growth = f.nav.growth;
    roots['my-apps-link'] = f.nav.myApps;
    if (!f.nav.growth) roots.navigation = doc.querySelector(NAVIGATION);
  } else {
    roots.page = doc.body;
  }
  if (f.dialog) {
    roots['renew-dialog'] = f.dialog.dialog;
    // Each field on its own: the dialog's outline alone stops a few levels above them.
    for (const [id, check] of Object.entries(f.dialog.checks)) if (check) roots[id] = check.field;
    roots['confirm-install'] = f.dialog.confirm;
  }
  else if (f.dialogPending || f.otherDialog) roots['renew-dialog'] = doc.querySelector('[role="dialog"]');
  return roots;
}

export function collect(ctx: Context, doc: Document = document): string {
  let version = '';
  try {
    version = ext?.runtime.getManifest().version ?? '';
  } catch {
    // The extension was reloaded under the page: the report says its version is unknown.
  }
  return buildReport({
    version,
    userAgent: navigator.userAgent,
    url: location.href,
    lang: doc.documentElement.getAttribute('lang'),
    step: ctx.step?.id ?? 'idle',
    fallback: ctx.step?.fallback ?? null,
    finders: ctx.facts ? healthOf(ctx.facts) : {},
    outline: outline(rootsOf(ctx.facts, doc)),
    at: Date.now(),
  });
}
