// Facts → Step. The whole walkthrough and its troubleshooting branches as one pure function.
import type { StepId } from '../shared/contract';
import type { GuideMode } from '../shared/types';
import type { AppsPageFacts } from './finders/appsTable';
import type { ConsentPageFacts } from './finders/consentPage';
import type { NavigationFacts } from './finders/navigation';
import type { Check, RenewDialogFacts } from './finders/renewDialog';

export type Surface = 'seller-center' | 'authorization' | 'other';

export interface Facts {
  surface: Surface;
  nav: NavigationFacts | null;
  apps: AppsPageFacts | null;
  /** The Renew dialog, when open for Pipe17. */
  dialog: RenewDialogFacts | null;
  consent: ConsentPageFacts | null;
  /** A Renew dialog is open for another app: stay out of its way. */
  otherDialog?: boolean;
  /** The Pipe17 Renew dialog is open and its checker is still loading (a few ms, once). */
  dialogPending?: boolean;
}

export interface Memory {
  mode: GuideMode;
  /**
   * The owner pressed "Confirm to install"; a renewal is under way. On Seller Center, only in a tab that pressed it
   * or came to My apps after it: a tab left open on My apps since before shows the page from before.
   */
  renewalPending: boolean;
  /** The renewal under way was confirmed for a Target shop other than the one Pipe17 uses. */
  otherShop?: boolean;
  /** The Pipe17 row's expiry (yyyy-mm-dd) when the renewal was confirmed: a later one says it went through. */
  expiresBefore?: string | undefined;
}

/**
 * Back on the Apps tab, nothing open over it, Pipe17 Active, while a renewal is under way: Seller Center confirmed it.
 * Where its status words are unknown, the row's expiry date moved past the one seen at Confirm to install (dates are
 * numbers), its tag not coloured as a problem.
 */
export const renewalSeenThrough = (f: Facts, m: Memory): boolean => {
  const p = f.apps?.pipe17;
  return m.renewalPending && !f.dialog && !f.dialogPending && !f.otherDialog && !!f.apps?.appsTabActive &&
    (p?.state === 'active' || (!!p?.unread && !!m.expiresBefore && (p.expiresAt ?? '') > m.expiresBefore && p.tone !== 'bad'));
};

/** Why a step has no target although it wants one: the tooltip then gives the manual instruction. */
export type Fallback = 'growth-not-found' | 'my-apps-not-found' | 'authorize-not-found' | 'action-not-found' | null;

export interface Step {
  id: StepId;
  /** The element to spotlight, if any. */
  target: Element | null;
  /** Position in the main path: 1 Growth, 2 My Apps & Services, 3 Authorize on Pipe17, 4 Renew dialog, 5 Conditions page. */
  progress: number;
  /** For renew-dialog: the check to fix next. */
  fix?: Check;
  fallback?: Fallback;
  /** find-pipe17: the table is still loading. */
  loading?: boolean;
  /** open-growth: Growth opens on a click, not on hover. */
  click?: boolean;
  /** open-growth: the navigation is folded to its icons; Growth is the spotlighted icon, its name not shown. */
  iconOnly?: boolean;
  /** open-my-apps: no My apps item is shown; the target is the App store item, the other way there. */
  via?: 'app-store';
  /**
   * click-authorize: `closed`, the target is the Pipe17 row's "More" (⋯) menu button (Authorize not seen yet; it may
   * be inside); `open`, the target is Authorize in that menu.
   */
  menu?: 'closed' | 'open';
  /** authorize-consent: the page's "I agree" box is not ticked yet (its Authorize may wait for it). */
  tickFirst?: boolean;
  /** authorize-consent: the Target shop confirmed is not the one Pipe17 uses; the target is the page's Cancel. */
  otherShop?: boolean;
  /**
   * Found by structure, in a language the guide has no words for: the tooltip names the target in English Seller
   * Center's words, and by the page's own label when that is known ('' when not).
   */
  unread?: string | undefined;
}

export const PROGRESS_TOTAL = 5;

/** The check a person should fix first, in the order the dialog shows them. */
export function firstFailing(facts: RenewDialogFacts): Check | null {
  for (const id of ['target-shop', 'renew-option', 'duration', 'contact-email', 'consent'] as const) {
    const c = facts.checks[id];
    if (c && c.state !== 'ok') return c;
  }
  return null;
}

const step = (id: StepId, target: Element | null, progress: number, extra: Partial<Step> = {}): Step => ({
  id,
  target,
  progress,
  ...extra,
});

export const IDLE: Step = step('idle', null, 0);

export function deriveStep(f: Facts, m: Memory): Step {
  if (m.mode === 'dismissed' || f.surface === 'other') return IDLE;

  if (f.surface === 'authorization') {
    const c = f.consent;
    if (!c || !(m.renewalPending || c.mentionsPipe17 || m.mode === 'started')) return IDLE;
    // The wrong shop confirmed: the one action is to turn back, so the ring goes where the words point.
    if (m.renewalPending && m.otherShop) return step('authorize-consent', c.cancel ?? null, 5, { otherShop: true });
    return step('authorize-consent', c.authorize, 5, c.authorize ? { unread: c.unread, ...(c.tickFirst ? { tickFirst: true } : {}) } : { fallback: 'authorize-not-found' });
  }

  // Seller Center. The Renew dialog for Pipe17 comes first: it sits above whatever page is behind it.
  if (f.dialog) {
    const fix = firstFailing(f.dialog);
    return fix ? step('renew-dialog', fix.field, 4, { fix }) : step('confirm-install', f.dialog.confirm, 4);
  }
  if (f.dialogPending) return step('renew-dialog', null, 4);
  if (f.otherDialog) return IDLE;

  const a = f.apps;
  if (a) {
    if (renewalSeenThrough(f, m)) return step('done', null, 5);
    if (!a.appsTabActive) return step('open-apps-tab', a.appsTab, 3);
    if (!a.pipe17) return step('find-pipe17', a.searchBox ?? a.pager, 3, { loading: a.loading });
    const p = a.pipe17;
    // Unread: the row's action cell (or the action known to renew) when one is found, else the manual instruction.
    const unread = p.unread ? { unread: p.label ?? '' } : {};
    if (p.authorize) return step('click-authorize', p.authorize, 3, p.inMenu ? { menu: 'open' } : unread);
    if (p.more) return step('click-authorize', p.more, 3, { menu: 'closed' });
    return p.unread ? step('click-authorize', null, 3, { ...unread, fallback: 'action-not-found' }) : step('not-owner', null, 3);
  }

  // Elsewhere in Seller Center the walkthrough runs only once the owner started it.
  if (m.mode !== 'started') return IDLE;
  const n = f.nav;
  if (n?.myApps) return step('open-my-apps', n.myApps, 2, n.myAppsVia ? { via: n.myAppsVia } : { unread: n.unread });
  if (n?.growthOpen) return step('open-my-apps', null, 2, { fallback: 'my-apps-not-found' });
  if (n?.growth) return step('open-growth', n.growth, 1, { ...(n.growthOnClick ? { click: true } : {}), ...(n.growthIconOnly ? { iconOnly: true } : {}), unread: n.unread });
  return step('open-growth', null, 1, { fallback: 'growth-not-found' });
}
