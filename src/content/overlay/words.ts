// What the tooltip says: for each screen, one action in Seller Center's own words (the bold first line), then at most
// one short line of why. Pure, so every screen's words are tested without a page.
import { t } from '../../shared/i18n';
import type { Check } from '../finders/renewDialog';
import type { Step } from '../steps';

/** What of the overlay's view the words depend on. */
export interface WordsView {
  step: Step;
  appStatusText?: string;
  /** A contact email is set in the options. */
  emailSet?: boolean;
  /** The Pipe17 row's expiry (yyyy-mm-dd), when read. */
  expiresAt?: string;
  /** not-owner: the account's role as the header names it, one of the cited names (finders/accountRole.ts). */
  role?: string | null;
}

export interface Words {
  /** The one action, in bold. */
  action: string;
  /** Why, in one short line; empty when the action says it all. */
  why: string;
}

const key = (id: string) => id.replace(/-/g, '_');

/** A check as its checklist row reads it: the field, then what to do (or what is right) and, when useful, why. */
/** `ask`: a value the guide cannot confirm (a contact email unlike none set), shown as a question, not as a tick. */
export function checkWords(c: Check, view: Omit<WordsView, 'step'>): Words & { label: string; ask?: true } {
  const label = t(`guide_check_${c.id.replace('-', '_')}`);
  const v = c.value;
  const w = (action: string, why = '') => ({ label, action, why });
  if (c.note === 'not-found') return w(t('guide_check_not_found', label));
  switch (c.id) {
    case 'target-shop':
      if (c.state === 'missing') return w(c.expected ? t('guide_shop_missing_known', c.expected) : t('guide_shop_missing'));
      if (c.state === 'wrong')
        return c.note === 'shop-fixed'
          ? w(t('guide_shop_wrong_fixed', c.expected ?? ''), t('guide_shop_wrong_fixed_why', [v, c.expected ?? '']))
          : w(t('guide_shop_wrong', c.expected ?? ''), t('guide_shop_wrong_why', [v, c.expected ?? '']));
      return w(c.expected ? t('guide_shop_ok', v) : t('guide_shop_unconfirmed', v));
    case 'renew-option':
      if (c.note === 'option-missing' && c.state !== 'ok')
        return w(t('guide_option_not_offered'), t('guide_option_not_offered_why', view.appStatusText || t('guide_status_unknown')));
      if (c.state === 'missing') return w(t('guide_option_missing'));
      if (c.state === 'wrong') return w(t('guide_option_wrong'), t('guide_option_wrong_why'));
      // Chosen, in words the guide cannot read: which one to pick, as English Seller Center names it.
      if (c.state === 'unverified') return w(t('guide_option_unverified'), t('guide_option_unverified_why', v));
      return w(t('guide_option_ok'));
    case 'contact-email':
      if (c.state === 'missing') return w(t('guide_email_missing'));
      if (c.state === 'wrong') return w(t('guide_email_wrong'), t('guide_email_wrong_why', v));
      if (c.note === 'email-differs') return { ...w(t('guide_email_ask'), t('guide_email_differs', [v, c.expected ?? ''])), ask: true };
      // A well-formed address is not a correct one: it is the owner's to confirm until it matches the one in the options.
      return view.emailSet ? w(t('guide_email_ok', v)) : { ...w(t('guide_email_ask'), v), ask: true };
    case 'consent':
      return c.state === 'ok' ? w(t('guide_consent_ok')) : w(t('guide_consent_missing'), t('guide_consent_missing_why'));
    case 'duration':
      if (c.state === 'missing') return w(t('guide_duration_missing'));
      if (c.note === 'duration-unread') return w(t('guide_duration_unread', v));
      if (c.state === 'unverified') return w(t('guide_duration_unverified'), t('guide_duration_unverified_why', v));
      if (c.state === 'wrong') return w(c.expected ? t('guide_duration_wrong', [v, c.expected]) : t('guide_duration_wrong_year', v));
      return w(t('guide_duration_ok', v));
  }
}

/** A yyyy-mm-dd date as the browser's language writes it; anything else as it came. */
export function dateOf(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  } catch {
    return iso;
  }
}

/** The tooltip's words for the step on screen. */
export function wordsOf(view: WordsView): Words {
  const s = view.step;
  const id = key(s.id);
  const w = (action: string, why = '') => ({ action, why });
  if (s.fallback) return w(t(`guide_${id}_title`), t(`guide_fallback_${key(s.fallback)}`));
  // Found by structure, its words unread: the action in English Seller Center's words, and the page's own label if known.
  if (s.unread !== undefined && s.id !== 'renew-dialog' && !s.tickFirst) {
    const title = s.unread ? t(`guide_${id}_title_unread_label`, s.unread) : t(`guide_${id}_title_unread`);
    return w(title, t(`guide_${id}_body_unread`));
  }
  switch (s.id) {
    case 'open-growth':
      // Arco opens a folded navigation's submenus on hover, whatever its mode.
      if (s.iconOnly) return w(t('guide_open_growth_title_icon'), t('guide_open_growth_body_icon'));
      return w(t(s.click ? 'guide_open_growth_title_click' : 'guide_open_growth_title'), t('guide_open_growth_body'));
    case 'open-my-apps':
      // The ring is on the App store item: the words name that, not the item the page does not show.
      if (s.via) return w(t('guide_open_my_apps_title_store'), t('guide_open_my_apps_body_store'));
      break;
    case 'find-pipe17':
      if (s.loading) return w(t('guide_find_pipe17_loading'), t('guide_find_pipe17_loading_why'));
      return w(t(s.target ? 'guide_find_pipe17_title' : 'guide_find_pipe17_manual'), t('guide_find_pipe17_body'));
    case 'click-authorize':
      if (s.menu === 'closed') return w(t('guide_click_authorize_title_menu'), t('guide_click_authorize_body_menu'));
      if (s.menu === 'open') return w(t('guide_click_authorize_title_in_menu'), t('guide_click_authorize_body'));
      break;
    case 'renew-dialog':
      if (s.fix) {
        const c = checkWords(s.fix, view);
        return w(c.action, c.why);
      }
      break;
    case 'authorize-consent':
      if (s.otherShop) return w(t('guide_authorize_consent_title_cancel'), '');
      if (s.tickFirst) return w(t('guide_authorize_consent_title_tick'), t('guide_authorize_consent_body'));
      break;
    case 'not-owner':
      // The header names a cited role: the bold line says what Seller Center shows, then what to do, as without it.
      if (view.role) return w(t('guide_not_owner_title_role', view.role), t('guide_not_owner_body'));
      break;
    case 'done':
      return w(view.expiresAt ? t('guide_done_title_until', dateOf(view.expiresAt)) : t('guide_done_title'), t('guide_done_body'));
  }
  return w(t(`guide_${id}_title`), t(`guide_${id}_body`));
}
