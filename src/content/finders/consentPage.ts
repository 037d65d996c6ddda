// The conditions page TikTok shows after "Confirm to install", with its final "Authorize" button.
import { norm, PIPE17, W } from '../text';
import { checkboxWrapper, isAgreeBox, isTicked } from './checkbox';
import { byText, clickableOf, isShown } from './dom';

export interface ConsentPageFacts {
  /** The Authorize button, enabled or not (some pages enable it only once their "I agree" box is ticked). */
  authorize: Element | null;
  /** The page's Cancel: where the guide points when the renewal is for another shop than the one Pipe17 uses. */
  cancel?: Element | null;
  mentionsPipe17: boolean;
  /** An "I agree" box on the page, not ticked yet: it comes before Authorize. */
  tickFirst?: boolean;
  /** Authorize found as the page's one primary button (consentPageByStructure.ts), its words unread. */
  unread?: string | undefined;
}

export const isDisabled = (b: Element): boolean => b.matches('[disabled], [aria-disabled="true"]') || [...b.classList].some((c) => c.endsWith('btn-disabled'));

export function readConsentPage(root: ParentNode & { body?: HTMLElement | null }): ConsentPageFacts {
  const scope: ParentNode = root.body ?? root;
  const buttons = byText(scope, 'button, button span, [role="button"], a', W.authorize)
    .map(clickableOf)
    .filter((b) => isShown(b));
  // Prefer an enabled button, then the primary one, when there are several.
  const rank = (b: Element) => (isDisabled(b) ? 2 : 0) + ([...b.classList].some((c) => c.endsWith('btn-primary')) ? 0 : 1);
  const authorize = buttons.sort((a, b) => rank(a) - rank(b))[0] ?? null;
  const cancel = byText(scope, 'button, button span, [role="button"], a', W.cancel).map(clickableOf).find((b) => isShown(b)) ?? null;
  const facts: ConsentPageFacts = { authorize, cancel, mentionsPipe17: norm((root.body ?? (root as Element)).textContent).includes(PIPE17) };
  // Only a box that says it agrees to something; a page's other checkboxes are not the owner's business here.
  for (const box of scope.querySelectorAll('input[type="checkbox"], [role="checkbox"]')) {
    if (isShown(checkboxWrapper(box)) && isAgreeBox(box, W.consentHint) && !isTicked(box)) facts.tickFirst = true;
  }
  return facts;
}
