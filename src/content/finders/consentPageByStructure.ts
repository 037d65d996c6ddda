// The conditions page in a language the guide has no words for: the URL says which page it is, its Authorize is the
// one primary button, Cancel the one other button beside it. Loaded with the UI (ui.tsx), never injected.
import { isDisabled, type ConsentPageFacts } from './consentPage';
import { isTicked } from './checkbox';
import { arco, hasArcoClass, isShown } from './dom';

const BUTTONS = `button, [role="button"], ${arco('btn')}`;

/** The word reading `w`, completed by structure where its words found no Authorize. */
export function readConsentPageByStructure(root: ParentNode & { body?: HTMLElement | null }, w: ConsentPageFacts): ConsentPageFacts {
  if (w.authorize) return w;
  const scope: ParentNode = root.body ?? root;
  const primaries = [...scope.querySelectorAll(BUTTONS)].filter((b) => hasArcoClass(b, 'btn-primary') && isShown(b));
  // None, or two (which one authorizes would be a guess): the manual instruction stands.
  if (primaries.length !== 1) return w;
  const authorize = primaries[0]!;
  let cancel = w.cancel ?? null;
  for (let el = authorize.parentElement; el && !cancel; el = el.parentElement) {
    const others = [...el.querySelectorAll(BUTTONS)].filter((b) => b !== authorize && !b.contains(authorize) && !authorize.contains(b) && isShown(b));
    if (others.length) {
      cancel = others.length === 1 ? others[0]! : null;
      break;
    }
  }
  // Authorize waiting on an unticked box: the box comes first (whatever it says, it is the page's only condition left).
  const waiting = isDisabled(authorize) && [...scope.querySelectorAll('input[type="checkbox"], [role="checkbox"]')].some((b) => isShown(b) && !isTicked(b));
  return { ...w, authorize, cancel, unread: '', ...(waiting ? { tickFirst: true } : {}) };
}
