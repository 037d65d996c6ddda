// What one Seller Center page showed of each part the guide looks for (guide health, shared/health.ts). Its own
// module, with nothing else: the content script carries it on every page, where the store's side would be dead weight.

/** The parts, as shared/health.ts lists them in the walkthrough's order. */
export type HealthPart =
  | 'growth'
  | 'my-apps-link'
  | 'apps-tab'
  | 'pipe17-row'
  | 'authorize'
  | 'renew-dialog'
  | 'target-shop'
  | 'renew-option'
  | 'contact-email'
  | 'consent'
  | 'duration'
  | 'confirm-install'
  | 'consent-page';
/** What one page said: only the parts it could show, found or missing. */
export type PageHealth = Partial<Record<HealthPart, 'found' | 'missing'>>;

/** A found element, or null / undefined when the finder missed. */
type Found = unknown;

/**
 * The content script's facts as far as health needs them: the shape of `Facts` (src/content/steps.ts), kept
 * structural so `shared/` imports nothing from `content/`.
 */
export interface HealthFacts {
  surface: 'seller-center' | 'authorization' | 'other';
  nav: { growth: Found; growthOpen: boolean; myApps: Found } | null;
  apps: { appsTab: Found; appsTabActive: boolean; loading: boolean; pipe17: { authorize: Found; more?: Found } | null } | null;
  dialog: { checks: Partial<Record<string, { field: Found }>>; confirm: Found } | null;
  consent: { authorize: Found } | null;
}

const DIALOG_FIELDS = ['target-shop', 'renew-option', 'contact-email', 'consent', 'duration'] as const;
const seen = (el: Found): 'found' | 'missing' => (el ? 'found' : 'missing');

/**
 * The parts this page can speak to. A part the page cannot show says nothing: My apps has no navigation read, a
 * closed Growth menu hides its item, a loading table has no rows yet, a Renew dialog may have no period field.
 */
export function healthOf(f: HealthFacts): PageHealth {
  const out: PageHealth = {};
  if (f.surface === 'authorization') {
    if (f.consent) out['consent-page'] = seen(f.consent.authorize);
    return out;
  }
  if (f.surface !== 'seller-center') return out;
  if (f.nav) {
    out.growth = seen(f.nav.growth);
    if (f.nav.myApps || f.nav.growthOpen) out['my-apps-link'] = seen(f.nav.myApps);
  }
  const a = f.apps;
  if (a) {
    out['apps-tab'] = seen(a.appsTab);
    if (a.appsTabActive && (a.pipe17 || !a.loading)) out['pipe17-row'] = seen(a.pipe17);
    // A "More" (⋯) menu not opened yet may hold Authorize: nothing is known until it opens.
    if (a.pipe17 && (a.pipe17.authorize || !a.pipe17.more)) out.authorize = seen(a.pipe17.authorize);
  }
  const d = f.dialog;
  if (d) {
    out['renew-dialog'] = 'found';
    for (const id of DIALOG_FIELDS) {
      const check = d.checks[id];
      // The period field is optional (contract v2: no field, no check): only its presence is news.
      if (id === 'duration') {
        if (check?.field) out.duration = 'found';
      } else out[id] = seen(check?.field);
    }
    out['confirm-install'] = seen(d.confirm);
  }
  if (f.consent) out['consent-page'] = seen(f.consent.authorize);
  return out;
}
