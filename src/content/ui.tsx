// The guide's UI, loaded the first time a page has a step to show (My apps and incidents, the Renew dialog,
// the conditions page, a started walkthrough). Every other Seller Center page carries only index.tsx: the
// finders, the watcher and a plain-DOM launcher (see bench/README.md for the byte budget).
import { render } from 'preact';
import { Overlay } from './overlay/Overlay';
import type { Actions, View } from './overlay/view';
import { follow, repositionAll, unfollow } from './overlay/position';
import css from './overlay/styles.css?inline';
import { readConsentPage as byWordsConsent } from './finders/consentPage';
import { readConsentPageByStructure } from './finders/consentPageByStructure';
import { readNavigation as byWordsNav } from './finders/navigation';
import { readNavigationByStructure } from './finders/navigationByStructure';
import { readRenewDialog as byWordsDialog, type Expectations } from './finders/renewDialog';
import { readRenewDialogByKind } from './finders/renewDialogByKind';
import { readAccountRole } from './finders/accountRole';

// Finders needed only where a step will show: the Renew dialog, the conditions page, a walkthrough started elsewhere.
// Each reads by Seller Center's words first, then by structure what the words did not find (a language the guide has
// no words for): the readers by structure come with this chunk, never with the bytes every page carries.
export const readRenewDialog = (dialog: Element, expect: Expectations = {}) => readRenewDialogByKind(dialog, expect, byWordsDialog(dialog, expect));
export const readConsentPage = (root: Document) => readConsentPageByStructure(root, byWordsConsent(root));
export const readNavigation = (root: Document) => readNavigationByStructure(root, byWordsNav(root));
export { readAppsByStructure } from './finders/appsPageByStructure';
export { findDialogByKind } from './finders/renewDialogByKind';
export { repositionAll };

const sheets = new WeakSet<ShadowRoot>();

export function show(shadow: ShadowRoot, mount: Element, view: View, actions: Actions): void {
  if (!sheets.has(shadow)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    sheets.add(shadow);
  }
  // Not the owner: the header's role, read here so that only this chunk carries the reader and its role names. Read when
  // the tooltip is drawn, not watched: a role the header draws after that shows at the tooltip's next drawing.
  const role = view.step.id === 'not-owner' ? readAccountRole(document) : null;
  render(<Overlay view={view} actions={actions} role={role} />, mount);
  follow(shadow, view.step.target, view.dialog ?? view.step.target, view.dialog ? 'start' : 'center');
}

export function hide(mount: Element): void {
  unfollow();
  render(null, mount);
}
