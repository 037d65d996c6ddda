// The Renew dialog (an Arco modal, usually a portal at the end of <body>) and its four checks.
import { sameShop } from '../../shared/constants';
import type { CheckId, CheckState } from '../../shared/contract';
import { norm, PIPE17, W } from '../text';
import { checkboxWrapper, isAgreeBox, isTicked } from './checkbox';
import { arco, byIdRef, byText, clickableOf, hasArcoClass, textOf } from './dom';
import { judgeDuration } from './duration';
export { findRenewDialog } from './dialog';

export interface Check {
  id: CheckId;
  state: CheckState;
  /** What the page shows for it (shop name, option, email), as text. */
  value: string;
  /** What a person clicks or types into to fix it. */
  field: Element | null;
  /**
   * Extra facts for the explanation. not-found: the field's label was not recognised, so nothing can be said about
   * it. shop-fixed: Target shop is shown as text, not chosen (Seller Center renews the shop signed in to).
   */
  note?: 'option-missing' | 'email-differs' | 'shop-unconfirmed' | 'shop-fixed' | 'not-found' | 'duration-unread';
  expected?: string;
}

export interface RenewDialogFacts {
  dialog: Element;
  /** The dialog names Pipe17 (title, subtitle or body). */
  mentionsPipe17: boolean;
  /** The dialog names another app and not Pipe17. */
  /** The four checks every Renew dialog has, and `duration` where it has an authorization period field. */
  checks: Record<Exclude<CheckId, 'duration'>, Check> & { duration?: Check };
  confirm: Element | null;
  /** The renew-option list was seen and has no "Re-authorize only". */
  reauthorizeOnlyMissing: boolean;
}

export interface Expectations {
  /** The shop the owner set in options or the integration is known to use. */
  shop?: string;
  /** The shop in Seller Center's header: names a Target shop drawn with more than its name (an avatar, a region). */
  current?: string | null;
  /** The integration's contact email from options. */
  email?: string;
}

// A form label as people write it: "Target shop", "Target shop:", "* Target shop" (a required mark drawn as text).
const labelText = (el: Element): string => textOf(el).replace(/^\*\s*/, '').replace(/\s*[:：]$/, '');

const CONTROLS = '[role="combobox"], [role="radiogroup"], input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea, select';

const LABELS = `label, ${arco('form-label-item')}, ${arco('form-label-item')} *, [class*="label"], dt, th`;
/** A checkbox's or a radio's own label is part of a control, not the label of another field. */
const CHOICE = `${arco('checkbox')}, ${arco('radio')}, [role="checkbox"], [role="radio"]`;

/** `item` holds the label of a field other than `label`'s: climbing further would reach another field's control. */
function holdsOtherLabel(item: Element, label: Element): boolean {
  for (const el of item.querySelectorAll(LABELS)) {
    if (el.contains(label) || label.contains(el) || !textOf(el)) continue;
    if (el.closest(CHOICE) || el.closest(CONTROLS) || el.querySelector('input[type="checkbox"], input[type="radio"]')) continue;
    return true;
  }
  return false;
}

/**
 * A form item's control, found from its label text: the label's `for`, else the nearest control in the label's own
 * form item. A form item with no control shows its value as text (a read-only field): that text's element.
 */
export function fieldByLabel(dialog: Element, words: ReadonlySet<string>): Element | null {
  const labels = byText(dialog, LABELS, words, labelText);
  for (const label of labels) {
    const forId = label.getAttribute('for');
    if (forId) {
      const target = dialog.ownerDocument.getElementById(forId);
      if (target && dialog.contains(target)) return target.closest('[role="combobox"], [role="radiogroup"]') ?? target;
    }
    let own: Element = label;
    let item: Element | null = label.parentElement;
    while (item && item !== dialog && !holdsOtherLabel(item, label)) {
      const control = item.querySelector(CONTROLS);
      if (control) return control;
      own = item;
      item = item.parentElement;
    }
    // The label's own item has no control: what it shows beside the label is the value.
    let shown = [...own.children].find((c) => !c.contains(label) && textOf(c));
    // The element that holds the text, not the column around it (the spotlight goes round it).
    while (shown?.children.length === 1 && textOf(shown.firstElementChild) === textOf(shown)) shown = shown.firstElementChild!;
    if (shown) return shown;
  }
  return null;
}

/**
 * The texts an element shows, one per text node (an option drawn as an avatar, a name and a region is three), with
 * their join first: `['A Acme Outdoors US United States', 'A', 'Acme Outdoors US', 'United States']`.
 */
function shownParts(el: Element): string[] {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent?.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) parts.push(t);
  }
  if (parts.length < 2) return parts;
  // An avatar's initial is not part of a name.
  const words = parts.filter((t) => t.length > 1);
  return [(words.length ? words : parts).join(' '), ...parts];
}

/** A radio group's options, as labels: Arco's `label.arco-radio` or any label holding a radio. */
const radios = (group: Element): Element[] =>
  [...group.querySelectorAll('input[type="radio"], [role="radio"]')].map((r) => r.closest('label') ?? r);
const radioChecked = (label: Element): boolean => {
  // A radio with no label around it is its own option: a `role=radio` says aria-checked on itself, not inside.
  const input = label.matches('input, [role="radio"]') ? label : label.querySelector('input[type="radio"], [role="radio"]');
  if (input instanceof HTMLInputElement) return input.checked;
  return input?.getAttribute('aria-checked') === 'true' || hasArcoClass(label, 'radio-checked');
};

/**
 * What a select (or a radio group) shows as its value, as text parts: the whole first, then each text in it; [] when
 * nothing is chosen (only the placeholder shows). Arco's select titles a plain value; a value drawn with more than
 * text is read from the view, or, while a searchable select has focus and hides it, from the mounted option list.
 */
export function selectParts(control: Element): string[] {
  const parts = readSelect(control);
  if (parts !== SEARCHING) lastRead.set(control, parts);
  return parts === SEARCHING ? (lastRead.get(control) ?? []) : parts;
}

/**
 * A searchable select while the owner types in it hides its value, and its list may have filtered the chosen
 * option out: nothing on the page says what is chosen then. Nothing can change it either until an option is picked,
 * so the last reading of that select stands.
 */
const SEARCHING: string[] = [];
const lastRead = new WeakMap<Element, string[]>();

const VIEWS = ['select-view', 'cascader-view', 'tree-select-view'].map(arco).join(', ');

/** A Cascader shows its path, "United States / Acme Outdoors US": each step is a part too. */
const withPath = (parts: string[]): string[] => {
  const steps = parts[0]!.split(' / ').map((p) => p.trim()).filter(Boolean);
  return steps.length > 1 ? [...parts, ...steps] : parts;
};

function readSelect(control: Element): string[] {
  if (control instanceof HTMLSelectElement) {
    const t = control.selectedOptions[0]?.textContent?.trim();
    return t ? [t] : [];
  }
  if (control instanceof HTMLInputElement) return control.value.trim() ? [control.value.trim()] : [];
  if (control.getAttribute('role') === 'radiogroup') {
    const checked = radios(control).find(radioChecked);
    return checked ? shownParts(checked) : [];
  }
  // Arco's Select, Cascader and TreeSelect draw their value alike (one select-view, prefixed by the component).
  const view = control.querySelector(VIEWS);
  // A read-only field: its text is its value.
  if (!view && control.getAttribute('role') !== 'combobox') return shownParts(control);
  const title = view?.getAttribute('title')?.trim();
  if (title) return withPath([title]);
  // A multiple select: each chosen value is a tag (its title, else its text; the close button has none).
  const tags = [...(view ?? control).querySelectorAll(`${arco('select-tag')}, ${arco('input-tag-tag')}`)]
    .map((tag) => (tag.getAttribute('title') ?? tag.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean);
  if (tags.length) return tags.length > 1 ? [tags.join(', '), ...tags] : tags;
  for (const v of (view ?? control).querySelectorAll('[class*="-view-value"]')) {
    if ([...v.classList].some((c) => c.endsWith('-mirror'))) continue;
    // Hidden: nothing chosen (it holds the placeholder), or a searchable select has focus (it holds the value or
    // what is being typed). The option list, when mounted, says which option is chosen.
    if ((v as HTMLElement).style?.display === 'none') {
      const list = byIdRef(control, 'aria-controls') ?? byIdRef(control, 'aria-owns');
      const chosen = list?.querySelector('[role="option"][aria-selected="true"]');
      if (chosen) return shownParts(chosen);
      // A value drawn as elements is a value, never a placeholder (Arco writes the placeholder as text).
      if (v.firstElementChild) return shownParts(v);
      const typed = (view ?? control).querySelector<HTMLInputElement>('input[class*="-view-input"]')?.value.trim();
      if (typed) return SEARCHING;
      continue;
    }
    const parts = shownParts(v);
    if (parts.length) return withPath(parts);
  }
  return [];
}

/** The text a select shows as its value ('' when only the placeholder shows). */
export const selectValue = (control: Element): string => selectParts(control)[0] ?? '';

/** The options of a select's list, if the list has been mounted (Arco mounts it lazily on first open), or of a radio group. */
function optionElements(control: Element): Element[] | null {
  if (control.getAttribute('role') === 'radiogroup') {
    const labels = radios(control);
    return labels.length ? labels : null;
  }
  const list = byIdRef(control, 'aria-controls') ?? byIdRef(control, 'aria-owns');
  if (!list) return null;
  const opts = list.querySelectorAll('[role="option"], li');
  return opts.length ? [...opts] : null;
}

/** The option texts of a select's list or a radio group; null while the list is not mounted. */
export function selectOptions(control: Element): string[] | null {
  return optionElements(control)?.map((o) => shownParts(o)[0] ?? '') ?? null;
}

const isReauthorizeOnly = (parts: string[]): boolean => parts.some((p) => W.reauthorizeOnly.has(norm(p)));

export function findConsent(dialog: Element): { box: Element; checked: boolean } | null {
  const boxes = [...dialog.querySelectorAll(`input[type="checkbox"], [role="checkbox"]`)];
  if (boxes.length === 0) return null;
  const box = boxes.find((b) => isAgreeBox(b, W.consentHint)) ?? boxes[boxes.length - 1]!;
  return { box: checkboxWrapper(box), checked: isTicked(box) };
}

export function findConfirm(dialog: Element): Element | null {
  const [label] = byText(dialog, 'button, button span, [role="button"], a', W.confirmToInstall);
  return label ? clickableOf(label) : null;
}

// A pragmatic address check: something@domain.tld, no spaces, one @. (RFC 5322 is not what a person types.)
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const isEmail = (s: string): boolean => EMAIL.test(s.trim());

/** Target shop's verdict, whatever found the field: none chosen, not the shop the owner set, or fine. */
export const shopCheck = (shop: string, expect: Expectations): CheckState =>
  !shop ? 'missing' : expect.shop && !sameShop(shop, expect.shop) ? 'wrong' : 'ok';

/** Contact email's verdict from its format alone (whether it is the integration's own is the tooltip's question). */
export const emailCheck = (email: string): CheckState => (!email ? 'missing' : isEmail(email) ? 'ok' : 'wrong');

export function readRenewDialog(dialog: Element, expect: Expectations = {}): RenewDialogFacts {
  const shopField = fieldByLabel(dialog, W.targetShop);
  const shopParts = shopField ? selectParts(shopField) : [];
  // A shop drawn with more than its name: its name is the part that is a shop the guide knows, if one is.
  const known = [expect.shop, expect.current].filter((s): s is string => !!s);
  const shop = shopParts.find((p) => known.some((k) => sameShop(p, k))) ?? shopParts[0] ?? '';
  const shopState = shopCheck(shop, expect);

  const optionField = fieldByLabel(dialog, W.renewOptions);
  const optionParts = optionField ? selectParts(optionField) : [];
  const option = optionParts.find((o) => W.reauthorizeOnly.has(norm(o))) ?? optionParts[0] ?? '';
  const options = optionField ? optionElements(optionField) : null;
  const reauthorizeOnlyMissing = !!options && !options.some((o) => isReauthorizeOnly(shownParts(o)));
  const optionState: CheckState = !option ? 'missing' : isReauthorizeOnly(optionParts) ? 'ok' : 'wrong';

  const emailField = fieldByLabel(dialog, W.contactEmail);
  const email =
    emailField instanceof HTMLInputElement || emailField instanceof HTMLTextAreaElement
      ? emailField.value.trim()
      : (emailField?.textContent?.replace(/[\s\u00a0]+/g, ' ').trim() ?? '');
  const emailState = emailCheck(email);
  const emailDiffers = emailState === 'ok' && !!expect.email && norm(expect.email) !== norm(email);

  const consent = findConsent(dialog);
  // No period field, no check: only a dialog that asks for one is judged on it.
  const durationField = fieldByLabel(dialog, W.duration);
  const durationParts = durationField ? selectParts(durationField) : [];
  const duration = durationField ? judgeDuration(durationParts, selectOptions(durationField)) : null;

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
        ...(shopField && shopState === 'wrong' && !shopField.matches(CONTROLS) ? { note: 'shop-fixed' as const } : {}),
      }),
      'renew-option': check('renew-option', optionState, option, optionField, reauthorizeOnlyMissing ? { note: 'option-missing' } : {}),
      ...(duration
        ? { duration: check('duration', duration.state, durationParts[0] ?? '', durationField, { ...(duration.expected ? { expected: duration.expected } : {}), ...(duration.note ? { note: duration.note } : {}) }) }
        : {}),
      'contact-email': check('contact-email', emailState, email, emailField, {
        ...(emailDiffers ? { note: 'email-differs' as const, expected: expect.email! } : {}),
      }),
      consent: check('consent', consent?.checked ? 'ok' : 'missing', consent?.checked ? 'checked' : '', consent?.box ?? null),
    },
  };
}
