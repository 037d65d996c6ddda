// The conditions page TikTok shows after "Confirm to install", with its final "Authorize" button.
import { norm, PIPE17, W } from '../text';
import { byText, clickableOf, isShown } from './dom';

export interface ConsentPageFacts {
  authorize: Element | null;
  mentionsPipe17: boolean;
}

export function readConsentPage(root: ParentNode & { body?: HTMLElement | null }): ConsentPageFacts {
  const scope: ParentNode = root.body ?? root;
  const buttons = byText(scope, 'button, button span, [role="button"], a', W.authorize)
    .map(clickableOf)
    .filter((b) => isShown(b) && !b.matches('[disabled], [aria-disabled="true"]'));
  // Prefer the primary button when there are several.
  const authorize = buttons.find((b) => [...b.classList].some((c) => c.endsWith('btn-primary'))) ?? buttons[0] ?? null;
  return { authorize, mentionsPipe17: norm((root.body ?? (root as Element)).textContent).includes(PIPE17) };
}
