// The content script's one piece of mutable state, shared by its features (features/*): what the page showed at the
// last derivation, what the owner did here, and the guide's own DOM. Created once per page by index.ts.
import { HOST_ID } from '../shared/contract';
import { t } from '../shared/i18n';
import { SHORTCUT } from '../shared/shortcut';
import { findShopName } from './finders/shop';
import type { Stored } from './memory';
import css from './overlay/launcher.css?inline';
import type { Place } from './pages';
import type { Facts, Memory, Step } from './steps';

export interface Context {
  place: Place;
  /** storage.local as last read, with the owner's own changes applied at once (the background's write follows). */
  stored: Stored;
  /** The guide's host element in the page, its open shadow root, the plain-DOM launcher, and where the UI renders. */
  host: HTMLElement;
  shadow: ShadowRoot;
  launcher: HTMLButtonElement;
  mount: HTMLElement;
  /** The step UI (ui.tsx), once loaded. */
  ui: typeof import('./ui') | null;
  uiLoading: boolean;
  /** The last derivation: what the page showed, what the guide remembered, the step that followed. */
  facts: Facts | null;
  memory: Memory | null;
  step: Step | null;
  /** What the last derivation found, checked and reused first: most changes leave the page and its row in place. */
  appsCache: { page: Element | null; row: Element | null };
  /** When this tab last came to My apps and incidents (0: not on it). */
  appsSince: number;
  /** Steps shown in this tab, by page: Back goes to the page of the step before. */
  trail: string[];
  /** What the overlay last rendered: re-rendered when any of it changes. */
  rendered: { key: string; target: Element | null; dialog: Element | null };
  /** Targets scrolled into view once already (never again: the owner may have scrolled away on purpose). */
  scrolled: WeakSet<Element>;
  /** Which row's Authorize the owner clicked last, and when: tells whose Renew dialog just opened. */
  lastAuthorize: { app: 'pipe17' | 'other'; at: number; el?: Element } | null;
  /** The owner pressed Confirm to install on this page (the pending renewal may not be in `stored` yet). */
  confirmedHere: boolean;
  /** renewal/completed sent for this walkthrough. */
  completedReported: boolean;
  /** The last shop/facts sent, as a key: the same facts are not sent twice. */
  lastReport: string;
  /** The next render moves focus into the guide (it was started from the launcher, which then disappears). */
  focusGuide: boolean;
  /** Where focus was in the page when the shortcut took it to the guide. */
  pageFocus: WeakRef<HTMLElement> | null;
  /** Read the page and show its step now (the overlay driver's), and on the next frame. */
  derive(): void;
  poke(): void;
  /** Told after each derivation what it found (renewal tracking, shop reporting). */
  afterDerive: Array<(facts: Facts, step: Step) => void>;
  /** Take the guide off the page and end every feature (the extension was reloaded or removed under it). */
  stop(): void;
}

// Inline and !important: page CSS cannot move, hide or restyle the host. Its children are position:fixed.
const HOST_STYLE = 'all:initial!important;position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;pointer-events:none!important';

/** The guide's host at the end of the page, replacing one a previous instance (the extension reloaded) left behind. */
function mountHost(): Pick<Context, 'host' | 'shadow' | 'launcher' | 'mount'> {
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = HOST_ID;
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('data-step', 'idle');
  // react-focus-lock's own opt-out (Arco's dialogs lock focus with it): focus the owner moves into the guide stays there.
  host.setAttribute('data-no-focus-lock', '');
  const shadow = host.attachShadow({ mode: 'open' });
  // The root is open (contract), so page scripts can reach the guide's controls: only the person's own input counts.
  for (const type of ['click', 'keydown', 'input', 'change']) {
    shadow.addEventListener(type, (e) => {
      if (!e.isTrusted) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    }, { capture: true });
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  // The launcher is plain DOM: the Preact UI is loaded only when there is a step to show.
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('data-action', 'start-guide');
  launcher.textContent = t('guide_launcher');
  launcher.hidden = true;
  launcher.setAttribute('aria-keyshortcuts', SHORTCUT);
  const mount = document.createElement('div');
  shadow.append(launcher, mount);
  document.documentElement.appendChild(host);
  return { host, shadow, launcher, mount };
}

export function createContext(place: Place, stored: Stored): Context {
  return {
    place,
    stored,
    ...mountHost(),
    ui: null,
    uiLoading: false,
    facts: null,
    memory: null,
    step: null,
    appsCache: { page: null, row: null },
    appsSince: 0,
    trail: [],
    rendered: { key: '', target: null, dialog: null },
    scrolled: new WeakSet(),
    lastAuthorize: null,
    confirmedHere: false,
    completedReported: false,
    lastReport: '',
    focusGuide: false,
    pageFocus: null,
    derive: () => {},
    poke: () => {},
    afterDerive: [],
    stop: () => {},
  };
}

/** The shop this Seller Center page's header names (null elsewhere, or when it names none). */
export const shopName = (ctx: Context): string | null => (ctx.place.surface === 'seller-center' ? findShopName(document) : null);
