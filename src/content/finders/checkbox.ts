// Checkboxes: the box's wrapper, whether it agrees to something, whether it is ticked. Only the readers loaded with the
// UI use them (the Renew dialog, the conditions page), so they are not in dom.ts, which every Seller Center page carries.
import { norm } from '../text';
import { arco } from './dom';

/** A checkbox's wrapper: its label (Arco's `label.<prefix>-checkbox`), else the box itself. */
export const checkboxWrapper = (box: Element): Element => box.closest(`label, ${arco('checkbox')}`) ?? box;

/** A checkbox that agrees to something (its label or aria-label says agree, consent, accept…). */
export const isAgreeBox = (box: Element, hints: ReadonlySet<string>): boolean => {
  const label = norm(checkboxWrapper(box).textContent || box.getAttribute('aria-label'));
  return [...hints].some((w) => label.includes(w));
};

/** Ticked, as the owner left it: the input's property, else aria-checked, else Arco's `-checkbox-checked` class. */
export const isTicked = (box: Element): boolean =>
  box instanceof HTMLInputElement
    ? box.checked
    : box.getAttribute('aria-checked') === 'true' || [...checkboxWrapper(box).classList].some((c) => c.endsWith('checkbox-checked'));
