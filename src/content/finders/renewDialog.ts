// The Renew dialog (an Arco modal, usually a portal at the end of <body>) and its four checks.
import { sameShop } from '../../shared/constants';
import type { CheckId, CheckState } from '../../shared/contract';
import { norm, PIPE17, W } from '../text';
import { arco, byIdRef, byText, clickableOf } from './dom';
export { findRenewDialog } from './dialog';

export interface Check {
  id: CheckId;
  state: CheckState;
  /** What the page shows for it (shop name, option, email), as text. */
  value: string;
  /** What a person clicks or types into to fix it. */
  field: Element | null;
  /** Extra facts for the explanation. */
  /** not-found: the field's label was not recognised, so nothing can be said about it. */
  note?: 'option-missing' | 'email-differs' | 'shop-unconfirmed' | 'not-found';
  expected?: string;
}

export interface RenewDialogFacts {
  dialog: Element;
  /** The dialog names Pipe17 (title, subtitle or body). */
  mentionsPipe17: boolean;
  /** The dialog names another app and not Pipe17. */
  checks: Record<CheckId, Check>;
  confirm: Element | null;
  /** The renew-option list was seen and has no "Re-authorize only". */
  reauthorizeOnlyMissing: boolean;
}

export interface Expectations {
  /** The shop the owner set in options or the integration is known to use. */
  shop?: string;
  /** The integration's contact email from options. */
  email?: string;
}

/** A form item's control, found from its label text: the label's `for`, else the nearest form item. */
export function fieldByLabel(dialog: Element, words: ReadonlySet<string>): Element | null {
  const labels = byText(dialog, `label, ${arco('form-label-item')}, ${arco('form-label-item')} *, [class*="label"], dt, th`, words);
  for (const label of labels) {
    const forId = label.getAttribute('for');
    if (forId) {
      const target = dialog.ownerDocument.getElementById(forId);
      if (target && dialog.contains(target)) return target.closest('[role="combobox"]') ?? target;
    }
    let item: Element | null = label.parentElement;
    while (item && item !== dialog) {
      const control = item.querySelector('[role="combobox"], input:not([type="hidden"]):not([type="checkbox"]), textarea, select');
      if (control) return control;
      item = item.parentElement;
    }
  }
  return null;
}

/** The text a select shows as its value ('' when only the placeholder shows). */
export function selectValue(control: Element): string {
  if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.textContent?.trim() ?? '';
  if (control instanceof HTMLInputElement) return control.value.trim();
  const view = control.querySelector(arco('select-view'));
  const title = view?.getAttribute('title');
  if (title) return title.trim();
  for (const v of control.querySelectorAll(arco('select-view-value'))) {
    if ([...v.classList].some((c) => c.endsWith('-mirror'))) continue;
    if ((v as HTMLElement).style?.display === 'none') continue;
    const txt = v.textContent?.trim();
    if (txt) return txt;
  }
  return '';
}

/** The option texts of a select's list, if the list has been mounted (Arco mounts it lazily on first open). */
export function selectOptions(control: Element): string[] | null {
  const list = byIdRef(control, 'aria-controls') ?? byIdRef(control, 'aria-owns');
  if (!list) return null;
  const opts = list.querySelectorAll('[role="option"], li');
  if (opts.length === 0) return null;
  return [...opts].map((o) => o.textContent?.trim() ?? '');
}

export function findConsent(dialog: Element): { box: Element; checked: boolean } | null {
  const boxes = [...dialog.querySelectorAll(`input[type="checkbox"], [role="checkbox"]`)];
  if (boxes.length === 0) return null;
  const labelText = (b: Element) => norm(b.closest(`label, ${arco('checkbox')}`)?.textContent ?? b.getAttribute('aria-label'));
  const box = boxes.find((b) => [...W.consentHint].some((w) => labelText(b).includes(w))) ?? boxes[boxes.length - 1]!;
  const wrapper = box.closest(`label, ${arco('checkbox')}`) ?? box;
  const checked =
    box instanceof HTMLInputElement
      ? box.checked
      : box.getAttribute('aria-checked') === 'true' || [...wrapper.classList].some((c) => c.endsWith('checkbox-checked'));
  return { box: wrapper, checked };
}

export function findConfirm(dialog: Element): Element | null {
  const [label] = byText(dialog, 'button, button span, [role="button"], a', W.confirmToInstall);
  return label ? clickableOf(label) : null;
}

// A pragmatic address check: something@domain.tld, no spaces, one @. (RFC 5322 is not what a person types.)
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const isEmail = (s: string): boolean => EMAIL.test(s.trim());

export function readRenewDialog(dialog: Element, expect: Expectations = {}): RenewDialogFacts {
  const shopField = fieldByLabel(dialog, W.targetShop);
  const shop = shopField ? selectValue(shopField) : '';
  const shopState: CheckState = !shop ? 'missing' : expect.shop && !sameShop(shop, expect.shop) ? 'wrong' : 'ok';

  const optionField = fieldByLabel(dialog, W.renewOptions);
  const option = optionField ? selectValue(optionField) : '';
  const options = optionField ? selectOptions(optionField) : null;
  const reauthorizeOnlyMissing = !!options && !options.some((o) => W.reauthorizeOnly.has(norm(o)));
  const optionState: CheckState = !option ? 'missing' : W.reauthorizeOnly.has(norm(option)) ? 'ok' : 'wrong';

  const emailField = fieldByLabel(dialog, W.contactEmail);
  const email = emailField instanceof HTMLInputElement || emailField instanceof HTMLTextAreaElement ? emailField.value.trim() : '';
  const emailState: CheckState = !email ? 'missing' : isEmail(email) ? 'ok' : 'wrong';
  const emailDiffers = emailState === 'ok' && !!expect.email && norm(expect.email) !== norm(email);

  const consent = findConsent(dialog);

  const check = (id: CheckId, state: CheckState, value: string, field: Element | null, extra: Partial<Check> = {}): Check => ({
    id,
    state,
    value,
    field,
    ...extra,
    ...(field ? {} : { note: 'not-found' as const }),
  });
  return {
    dialog,
    mentionsPipe17: norm(dialog.textContent).includes(PIPE17),
    confirm: findConfirm(dialog),
    reauthorizeOnlyMissing,
    checks: {
      'target-shop': check('target-shop', shopState, shop, shopField, {
        ...(expect.shop ? { expected: expect.shop } : shop ? { note: 'shop-unconfirmed' as const } : {}),
      }),
      'renew-option': check('renew-option', optionState, option, optionField, reauthorizeOnlyMissing ? { note: 'option-missing' } : {}),
      'contact-email': check('contact-email', emailState, email, emailField, {
        ...(emailDiffers ? { note: 'email-differs' as const, expected: expect.email! } : {}),
      }),
      consent: check('consent', consent?.checked ? 'ok' : 'missing', consent?.checked ? 'checked' : '', consent?.box ?? null),
    },
  };
}
