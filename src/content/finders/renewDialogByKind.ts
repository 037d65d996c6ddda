// The Renew dialog in a language the guide has no words for: the one form dialog that opened after the owner's click
// in the Pipe17 row, its fields known by their kind (the select holding a shop name Seller Center shows, the input
// holding an address, the dialog's one checkbox, its primary button). Loaded with the UI (ui.tsx), never injected.
import { sameShop } from '../../shared/constants';
import type { CheckState } from '../../shared/contract';
import { norm, PIPE17, W } from '../text';
import { learnAction } from './appsPageByStructure';
import { DIALOGS, isLeaving } from './dialog';
import { arco, clickableOf, hasArcoClass, isShown, outermost, textOf } from './dom';
import { judgeDuration, periodDays } from './duration';
import { emailCheck, selectOptions, selectParts, shopCheck, type Check, type Expectations, type RenewDialogFacts } from './renewDialog';

const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), [role="combobox"], textarea';
const BOXES = 'input[type="checkbox"], [role="checkbox"]';
const CHOOSERS = '[role="combobox"], [role="radiogroup"]';
/** A select drawn before an input (a phone number's country code) belongs to that input, not to the form. */
const ADDON = `${arco('input-group-addbefore')}, ${arco('input-group-addafter')}`;

/**
 * The one shown form dialog (a field and a checkbox in it), whatever its title says; null when there is none or two
 * (which one is the Renew dialog would be a guess). `clicked`, the owner's click in the Pipe17 row that opened it:
 * its label is the renew action's, in this page's language, from now on.
 */
export function findDialogByKind(root: ParentNode, clicked?: Element): Element | null {
  const forms = outermost(
    [...root.querySelectorAll(DIALOGS)].filter(
      (el) => isShown(el) && !(hasArcoClass(el, 'modal') && isLeaving(el)) && !!el.querySelector(BOXES) && !!el.querySelector(FIELDS),
    ),
  );
  if (forms.length !== 1) return null;
  const label = clicked ? textOf(clickableOf(clicked)) : '';
  if (label && label !== PIPE17) learnAction(label);
  return forms[0]!;
}

/** What a choice shows and offers, as text. */
const texts = (control: Element): string[] => [...selectParts(control), ...(selectOptions(control) ?? [])];

/** A select of periods: everything it shows or offers has a number in it ("6 months", "1 año"), a code ("+1") excepted. */
const isPeriods = (control: Element): boolean => {
  const t = texts(control);
  return t.length > 0 && t.every((s) => /\d/.test(s) && !/^\+/.test(s.trim()));
};

const isAddressInput = (el: Element): boolean =>
  el.matches('input[type="email"], [inputmode="email"], [autocomplete~="email"]') ||
  (el instanceof HTMLInputElement && (el.value.includes('@') || el.placeholder.includes('@')));

/** Fields identified in a dialog once: a cleared select still is the one that held the shop. */
const seen = new WeakMap<Element, Partial<Record<'shop' | 'option' | 'duration' | 'email', Element>>>();

const still = (dialog: Element, el: Element | undefined): Element | undefined => (el && dialog.contains(el) ? el : undefined);

/**
 * The word reading `w` with every check whose label it did not find read by kind instead. Renew options and the period
 * become `unverified` once a value is chosen that the guide cannot read (the tooltip says which to pick).
 */
export function readRenewDialogByKind(dialog: Element, expect: Expectations, w: RenewDialogFacts): RenewDialogFacts {
  const memo = seen.get(dialog) ?? {};
  seen.set(dialog, memo);
  const checks = { ...w.checks };
  const unread = (c: Check | undefined) => !c || c.note === 'not-found';
  const choosers = outermost([...dialog.querySelectorAll(CHOOSERS)].filter((el) => !el.closest(ADDON) && isShown(el)));
  const known = [expect.shop, expect.current].filter((s): s is string => !!s);

  if (unread(checks['target-shop'])) {
    const shops = choosers.filter((c) => texts(c).some((t) => known.some((k) => sameShop(t, k))));
    const field = (memo.shop = shops.length === 1 ? shops[0] : still(dialog, memo.shop));
    if (field) {
      const parts = selectParts(field);
      const shop = parts.find((p) => known.some((k) => sameShop(p, k))) ?? parts[0] ?? '';
      const state = shopCheck(shop, expect);
      checks['target-shop'] = { id: 'target-shop', state, value: shop, field, ...(expect.shop ? { expected: expect.shop } : shop ? { note: 'shop-unconfirmed' } : {}) };
    }
  }
  // The select holding the shop, whichever reading found it (its label's words or its kind), is no option or period.
  const rest = choosers.filter((c) => !c.contains(checks['target-shop'].field));
  if (unread(checks['renew-option'])) {
    const options = rest.filter((c) => !isPeriods(c));
    const field = (memo.option = options.length === 1 ? options[0] : still(dialog, memo.option));
    if (field) {
      const parts = selectParts(field);
      const state: CheckState = !parts.length ? 'missing' : parts.some((p) => W.reauthorizeOnly.has(norm(p))) ? 'ok' : 'unverified';
      checks['renew-option'] = { id: 'renew-option', state, value: parts[0] ?? '', field };
    }
    // The period field, read by kind only where the dialog's labels are unread (else its label says whether it is there).
    if (!checks.duration) {
      const periods = rest.filter(isPeriods);
      const pf = (memo.duration = periods.length === 1 ? periods[0] : still(dialog, memo.duration));
      if (pf) {
        const parts = selectParts(pf);
        const read = parts.some((p) => periodDays(p) !== null);
        const verdict = read ? judgeDuration(parts, selectOptions(pf)) : { state: (parts.length ? 'unverified' : 'missing') as CheckState };
        checks.duration = { id: 'duration', state: verdict.state, value: parts[0] ?? '', field: pf, ...('expected' in verdict && verdict.expected ? { expected: verdict.expected } : {}) };
      }
    }
  }
  if (unread(checks['contact-email'])) {
    const inputs = outermost([...dialog.querySelectorAll('input, textarea')].filter((el) => !el.closest(CHOOSERS) && isShown(el) && isAddressInput(el)));
    const field = (memo.email = inputs.length === 1 ? inputs[0] : still(dialog, memo.email));
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      const email = field.value.trim();
      const state = emailCheck(email);
      const differs = state === 'ok' && !!expect.email && norm(expect.email) !== norm(email);
      checks['contact-email'] = { id: 'contact-email', state, value: email, field, ...(differs ? { note: 'email-differs', expected: expect.email! } : {}) };
    }
  }
  // Confirm to install: the dialog's one primary button.
  const primaries = w.confirm ? [] : [...dialog.querySelectorAll('button, [role="button"]')].filter((b) => hasArcoClass(b, 'btn-primary') && isShown(b));
  return { ...w, checks, confirm: w.confirm ?? (primaries.length === 1 ? primaries[0]! : null) };
}
