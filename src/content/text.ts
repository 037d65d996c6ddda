import { norm } from '../shared/text';

// The words Seller Center shows, per locale. Finders match these (normalized), never guesses.
// Seller Center's preset role names are in roles.ts: only the lazy not-owner reader uses them.
// English is complete. Add a locale only with wording seen on the real Seller Center; a label that
// matches nothing makes the tooltip fall back to the manual instruction instead of pointing at a guess.

export interface SellerCenterWords {
  growth: string[];
  myAppsAndServices: string[];
  /** The App Store in the navigation: the partner docs' way to My apps and incidents (Growth › App store › My apps…). */
  appStore: string[];
  myAppsHeading: string[];
  appsTab: string[];
  incidentsTab: string[];
  authorize: string[];
  /** The accessible name or text of a row's overflow menu button (Arco's ⋯ icon needs none). */
  more: string[];
  renewTitle: string[];
  targetShop: string[];
  renewOptions: string[];
  reauthorizeOnly: string[];
  contactEmail: string[];
  /** The Renew dialog's authorization period field, where it has one. */
  duration: string[];
  /** Units of a period ("6 months", "1 year"), by their length, in the singular. */
  periodDay: string[];
  periodWeek: string[];
  periodMonth: string[];
  periodYear: string[];
  confirmToInstall: string[];
  cancel: string[];
  /** The accessible name of a dialog's close (×) button. */
  close: string[];
  statusActive: string[];
  statusExpiring: string[];
  statusExpired: string[];
  searchHint: string[];
  /** Words of the consent checkbox's label, any of which marks it (substring match). */
  consentHint: string[];
}

export const PIPE17 = 'pipe17';

export const WORDS: Record<string, SellerCenterWords> = {
  en: {
    growth: ['Growth'],
    // "Apps & Services" and the row action "Renew": an earlier Seller Center, as an app's help centre described it
    // (AfterShip Feed, "How to Reauthorize AfterShip Feed Access for TikTok Shop", 2024: Growth > Apps & Services,
    // Renew, Confirm to install, Authorise).
    myAppsAndServices: ['My Apps & Services', 'My apps & services', 'My Apps and Services', 'Apps & Services', 'Apps and Services'],
    // TikTok Shop partner docs ("Growth > App store"), the store page's title, and Seller University's name for it.
    appStore: ['App store', 'App & Service Store', 'App and Service Store', 'App & Services Store'],
    myAppsHeading: ['My apps and incidents', 'My Apps and Incidents', 'My apps & incidents'],
    appsTab: ['Apps'],
    incidentsTab: ['Incidents'],
    authorize: ['Authorize', 'Authorise', 'Re-authorize', 'Reauthorize', 'Renew'],
    more: ['More', 'More actions', 'More options', '...', '…', '⋯'],
    renewTitle: ['Renew'],
    targetShop: ['Target shop'],
    renewOptions: ['Renew options', 'Renew option'],
    reauthorizeOnly: ['Re-authorize only', 'Reauthorize only'],
    contactEmail: ['Contact email', 'Contact e-mail'],
    // Sellers "select an authorization duration" on install (apps' help pages); the field's own label has not been seen
    // in public, so these are its likely names: a dialog without one of them gets no duration check.
    duration: ['Authorization duration', 'Authorization period', 'Validity period', 'Duration'],
    // Singular: a plural's final "s" is dropped before these are matched.
    periodDay: ['day'],
    periodWeek: ['week'],
    periodMonth: ['month'],
    periodYear: ['year'],
    confirmToInstall: ['Confirm to install'],
    cancel: ['Cancel'],
    close: ['Close'],
    statusActive: ['Active', 'Authorized'],
    statusExpiring: ['Expiring soon', 'Expiring', 'About to expire'],
    statusExpired: ['Expired', 'Authorization expired'],
    searchHint: ['search'],
    consentHint: ['agree', 'consent', 'authorize', 'accept'],
  },
};

export { norm };

type WordSets = { [K in keyof SellerCenterWords]: ReadonlySet<string> };

function build(): WordSets {
  const out = {} as Record<keyof SellerCenterWords, Set<string>>;
  for (const table of Object.values(WORDS)) {
    for (const [k, list] of Object.entries(table) as [keyof SellerCenterWords, string[]][]) {
      const set = (out[k] ??= new Set());
      for (const w of list) set.add(norm(w));
    }
  }
  return out;
}

/** Every locale's words at once: the page's language may differ from the browser's. */
export const W: WordSets = build();
