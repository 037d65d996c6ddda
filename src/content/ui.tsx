// The guide's UI, loaded the first time a page has a step to show (My apps and incidents, the Renew dialog,
// the conditions page, a started walkthrough). Every other Seller Center page carries only index.tsx: the
// finders, the watcher and a plain-DOM launcher (see bench/README.md for the byte budget).
import { render } from 'preact';
import { Overlay } from './overlay/Overlay';
import type { Actions, View } from './overlay/view';
import { follow, repositionAll, unfollow } from './overlay/position';
import css from './overlay/styles.css?inline';

// Finders needed only where a step will show: the Renew dialog, the conditions page, a walkthrough started elsewhere.
export { readRenewDialog } from './finders/renewDialog';
export { readConsentPage } from './finders/consentPage';
export { readNavigation } from './finders/navigation';
export { repositionAll };

const sheets = new WeakSet<ShadowRoot>();

export function show(shadow: ShadowRoot, mount: Element, view: View, actions: Actions): void {
  if (!sheets.has(shadow)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    sheets.add(shadow);
  }
  render(<Overlay view={view} actions={actions} />, mount);
  follow(shadow, view.step.target, view.dialog ?? view.step.target, view.dialog ? 'start' : 'center');
}

export function hide(mount: Element): void {
  unfollow();
  render(null, mount);
}
