// Content script entry: detect the page, read it into facts, derive the step, render the overlay.
import { HOST_ID } from '../shared/contract';
import { ext } from '../shared/ext';
import { KEYS, otherShopRenewed, renewalPending } from '../shared/constants';
import type { MessageOf } from '../shared/messages';
import { readAppsPage } from './finders/appsTable';
import { readConsentPage } from './finders/consentPage';
import { readNavigation } from './finders/navigation';
import { findRenewDialog } from './finders/dialog';
import type { RenewDialogFacts } from './finders/renewDialog';
import { findShopName } from './finders/shop';
import { contextAlive, expectedShop, loadStored, onStoredChange, send, type Stored } from './memory';
import type { Actions, View } from './overlay/Overlay';
import css from './overlay/launcher.css?inline';
import { t } from '../shared/i18n';
import { mayShowAppsList, placeOf } from './pages';
import { deriveStep, renewalSeenThrough, type Facts, type Step } from './steps';
import { GUIDE_FOCUS, isShortcut, SHORTCUT } from '../shared/shortcut';
import { norm, PIPE17, W } from './text';
import { unreadLanguage } from './language';
import { watch } from './watch';

// Inline and !important: page CSS cannot move, hide or restyle the host. Its children are position:fixed.
const HOST_STYLE = 'all:initial!important;position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;pointer-events:none!important';

function mountHost(): { host: HTMLElement; shadow: ShadowRoot; launcher: HTMLButtonElement; mount: HTMLElement } {
  // A previous instance (extension reloaded or updated) leaves its host behind: replace it.
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

async function main(): Promise<void> {
  const place = placeOf(location.href);
  if (place.surface === 'other' || window.top !== window) return;

  let stored: Stored = await loadStored();
  const { host, shadow, launcher, mount } = mountHost();
  const ac = new AbortController();
  const { signal } = ac;

  // What the last derivation found, checked and reused first: most changes leave the page and its row in place.
  let appsCache: { page: Element | null; row: Element | null } = { page: null, row: null };
  // Which row's Authorize the owner clicked last, and when: tells whose Renew dialog just opened.
  let lastAuthorize: { app: 'pipe17' | 'other'; at: number } | null = null;
  let lastFacts: Facts | null = null;
  let lastStep: Step | null = null;
  let lastViewKey = '';
  let lastReport = '';
  let completedReported = false;
  // When this tab last came to My apps and incidents (0: not on it).
  let appsSince = 0;
  // Steps shown in this tab, with the page they were on: Back goes to the page of the step before.
  const trail: string[] = [];

  let ui: typeof import('./ui') | null = null;
  let uiLoading = false;
  const loadUI = () => {
    if (ui || uiLoading) return;
    uiLoading = true;
    import('./ui').then(
      (m) => {
        ui = m;
        lastViewKey = '';
        watcher.poke();
      },
      () => {
        // The extension was reloaded under the page: its files are gone. Stop quietly.
        uiLoading = false;
      },
    );
  };

  // The owner pressed Confirm to install on this page (the pending renewal may not be in `stored` yet).
  let confirmedHere = false;
  /** The owner turned back after Confirm to install (or a refused one): no renewal is on its way. */
  const withdrawRenewal = () => {
    if (!confirmedHere && !stored.guide.pendingRenewal) return;
    confirmedHere = false;
    const { pendingRenewal: _gone, ...rest } = stored.guide;
    stored = { ...stored, guide: rest };
    // As for the confirmation: the page may navigate away now (Cancel on the conditions page does), so the outbox too.
    const cancelled = { type: 'renewal/cancelled' } as const;
    void ext?.storage.local.set({ [KEYS.renewalOutbox]: { ...cancelled, at: Date.now() } }).catch(() => {});
    void send(cancelled);
  };

  const shopName = () => (place.surface === 'seller-center' ? findShopName(document) : null);

  const stop = () => {
    ac.abort();
    ui?.hide(mount);
    host.remove();
  };

  const readFacts = (): Facts => {
    if (place.surface === 'authorization') {
      return { surface: 'authorization', nav: null, apps: null, dialog: null, consent: readConsentPage(document) };
    }
    const apps = readAppsPage(document, appsCache);
    appsCache = { page: apps?.page ?? null, row: apps?.pipe17?.row ?? null };
    const dialogEl = findRenewDialog(document);
    let dialog: RenewDialogFacts | null = null;
    let otherDialog = false;
    let dialogPending = false;
    if (dialogEl) {
      // For Pipe17: opened from the Pipe17 row's Authorize, or (opened some other way) it names Pipe17.
      const clicked = lastAuthorize && Date.now() - lastAuthorize.at < 10 * 60_000 ? lastAuthorize.app : null;
      const forPipe17 = clicked === 'pipe17' || (clicked === null && norm(dialogEl.textContent).includes(PIPE17));
      if (!forPipe17) otherDialog = true;
      else if (!ui) {
        dialogPending = true;
        loadUI();
      } else {
        dialog = ui.readRenewDialog(dialogEl, {
          shop: expectedShop(stored, place.host, place.region),
          current: shopName(),
          email: stored.settings.contactEmail || undefined,
        });
      }
    }
    return { surface: 'seller-center', nav: apps ? null : readNavigation(document), apps, dialog, consent: null, otherDialog, dialogPending };
  };

  const viewOf = (step: Step, facts: Facts): View => {
    const g = stored.guide;
    const pending = g.pendingRenewal;
    const d = facts.dialog;
    const appStatusText = facts.apps?.pipe17?.statusText;
    return {
      step,
      started: g.mode === 'started',
      launcher: place.surface === 'seller-center' && stored.settings.launcher,
      canGoBack: g.mode === 'started' && trail.some((href) => href !== location.href),
      ...(d ? { checks: Object.values(d.checks), dialog: d.dialog } : {}),
      ...(appStatusText ? { appStatusText } : {}),
      ...(facts.apps?.pipe17?.expiresAt ? { expiresAt: facts.apps.pipe17.expiresAt } : {}),
      emailSet: !!stored.settings.contactEmail,
      ...((step.id === 'done' || step.id === 'authorize-consent') && pending
        ? { renewal: { targetShop: pending.targetShop, ...(pending.expectedShop ? { expectedShop: pending.expectedShop } : {}) } }
        : {}),
      ...(step.id === 'done' ? { afterSteps: g.afterSteps ?? [] } : {}),
    };
  };

  const report = (facts: Facts) => {
    const row = facts.apps?.pipe17;
    if (!row || place.surface !== 'seller-center') return;
    const shop = shopName();
    // A closed "More" (⋯) menu on the row may hold Authorize: owner or not is not known until it opens.
    const owner = row.authorize
      ? { state: 'owner' as const, detail: 'Authorize shown on the Pipe17 row' }
      : row.more
        ? null
        : { state: 'not-owner' as const, detail: 'Pipe17 row shown without Authorize' };
    const msg = {
      type: 'shop/facts' as const,
      host: place.host,
      shop,
      where: 'My apps and incidents',
      url: location.href.slice(0, 2000),
      ...(owner ? { owner } : {}),
      app: {
        state: row.state,
        ...(row.statusText ? { statusText: row.statusText.slice(0, 200) } : {}),
        ...(row.expiresAt ? { expiresAt: row.expiresAt } : {}),
      },
    };
    const key = JSON.stringify([msg.shop, owner?.state, msg.app]);
    if (key === lastReport) return;
    lastReport = key;
    void send(msg);
  };

  const actions: Actions = {
    start: () => {
      // Started from the launcher (mouse or keyboard): the launcher disappears, so focus moves into the guide.
      focusGuide = shadow.activeElement === launcher;
      stored = { ...stored, guide: { ...stored.guide, mode: 'started' } };
      void send({ type: 'guide/set', mode: 'started' });
      derive();
    },
    dismiss: () => {
      const hadFocus = shadow.activeElement !== null;
      stored = { ...stored, guide: { ...stored.guide, mode: 'dismissed' } };
      void send({ type: 'guide/set', mode: 'dismissed' });
      derive();
      // Dismissed from the keyboard: focus goes back to where the owner left the page, not to <body>.
      if (hadFocus) returnFocus();
    },
    back: () => window.history.back(),
    toggleAfterStep: (id, done) => {
      // Show the tick at once; the background's write confirms it.
      const ids = new Set(stored.guide.afterSteps ?? []);
      if (done) ids.add(id);
      else ids.delete(id);
      stored = { ...stored, guide: { ...stored.guide, afterSteps: [...ids] } };
      void send({ type: 'guide/set', afterStep: { id, done } });
      derive();
    },
    finish: () => {
      const { pendingRenewal: _gone, ...rest } = stored.guide;
      stored = { ...stored, guide: { ...rest, mode: 'auto' } };
      void send({ type: 'guide/set', finish: true });
      derive();
    },
    repeat: () => {
      const { pendingRenewal: _gone, ...rest } = stored.guide;
      stored = { ...stored, guide: { ...rest, mode: 'started' } };
      void send({ type: 'guide/set', finish: true }).then(() => send({ type: 'guide/set', mode: 'started' }));
      derive();
    },
  };

  function derive() {
    if (!contextAlive()) return stop();
    const facts = readFacts();
    const now = Date.now();
    if (!facts.apps) appsSince = 0;
    else appsSince ||= now;
    const pendingAt = stored.guide.pendingRenewal?.at ?? Infinity;
    const memory = {
      mode: stored.guide.mode,
      renewalPending: renewalPending(stored.guide, now) && (place.surface === 'authorization' || confirmedHere || appsSince > pendingAt),
      otherShop: !!stored.guide.pendingRenewal && otherShopRenewed(stored.guide.pendingRenewal),
    };
    const step = deriveStep(facts, memory);
    lastFacts = facts;
    // Where the apps page may still be on its way (its table can take seconds to render), the page is not complete.
    const complete = !step.loading && !(!facts.apps && mayShowAppsList(location.href));
    watcher.setRoots(
      [facts.apps?.page, facts.nav?.growth?.closest('nav, aside, [role="menu"], [class*="arco-menu"]'), facts.dialog?.dialog, step.target],
      complete,
    );
    // A fact, not a step: recorded also when the guide is dismissed (the popup would wait for it).
    if (renewalSeenThrough(facts, memory) && !completedReported) {
      completedReported = true;
      void send({ type: 'renewal/completed', host: place.host, shop: shopName() });
    }
    report(facts);
    // A step is shown once its UI is here: data-step, the spotlight and the tooltip change together.
    if (step.id !== 'idle' && !ui) return loadUI();
    if (step.id !== lastStep?.id) {
      host.setAttribute('data-step', step.id);
      if (step.id !== 'idle' && !trail.includes(location.href) && trail.push(location.href) > 20) trail.shift();
      if (step.target && !inView(step.target)) scrollToTarget(step.target);
    } else if (step.target && step.target !== lastStep.target && !inView(step.target)) {
      scrollToTarget(step.target);
    }
    lastStep = step;
    const view = viewOf(step, facts);
    launcher.hidden = !(step.id === 'idle' && view.launcher);
    if (step.id === 'idle' || !ui) {
      if (lastViewKey) ui?.hide(mount);
      lastViewKey = '';
      return;
    }
    const key = viewKey(view);
    if (key !== lastViewKey || step.target !== renderedTarget || view.dialog !== renderedDialog) {
      lastViewKey = key;
      renderedTarget = step.target;
      renderedDialog = view.dialog ?? null;
      ui.show(shadow, mount, view, actions);
      if (focusGuide) {
        focusGuide = false;
        mount.querySelector<HTMLElement>('[data-guide="tooltip"]')?.focus();
      }
    } else if (step.target) {
      // Same step, same target, but the page changed around it: it may have moved.
      ui.repositionAll();
    }
  }
  let renderedTarget: Element | null = null;
  let focusGuide = false;
  // Where focus was in the page when the shortcut took it to the guide.
  let pageFocus: WeakRef<HTMLElement> | null = null;
  const returnFocus = () => {
    const el = pageFocus?.deref();
    pageFocus = null;
    (shadow.activeElement as HTMLElement | null)?.blur();
    // Nothing focused before (a click on a list option can leave focus on <body>): into the Renew dialog, where it was.
    (el?.isConnected ? el : lastFacts?.dialog?.dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  };
  /** The shortcut: from the page to the guide (its tooltip, or the launcher), or back. False when nothing of the guide is shown. */
  const toggleFocus = (): boolean => {
    if (shadow.activeElement) {
      returnFocus();
      return true;
    }
    const to = mount.querySelector<HTMLElement>('[data-guide="tooltip"]') ?? (launcher.hidden ? null : launcher);
    if (!to) return false;
    const from = document.activeElement;
    pageFocus = from instanceof HTMLElement && from !== document.body ? new WeakRef(from) : null;
    to.focus();
    return true;
  };
  let renderedDialog: Element | null = null;

  const watcher = watch(document, derive, signal);
  launcher.addEventListener('click', actions.start, { signal });

  // Observe (never act on) the owner's own clicks: Authorize on the Pipe17 row, Confirm to install.
  document.addEventListener(
    'click',
    (e) => {
      const el = e.target instanceof Element ? e.target : null;
      // A page script's synthetic click is not the owner confirming anything.
      if (!e.isTrusted || !el || !lastFacts) return;
      const row = lastFacts.apps?.pipe17;
      if (row?.authorize?.contains(el)) lastAuthorize = { app: 'pipe17', at: Date.now() };
      else if (lastFacts.apps && el.closest('tr, [role="row"], [role="menu"]') && isAuthorizeLabel(el)) lastAuthorize = { app: 'other', at: Date.now() };
      const d = lastFacts.dialog;
      if (d?.confirm?.contains(el)) {
        // Seller Center refuses the form while a required field is empty: that click renews nothing.
        if (Object.values(d.checks).some((c) => c.state === 'missing' && c.note !== 'not-found')) return;
        const target = d.checks['target-shop'].value;
        const expected = expectedShop(stored, place.host, place.region);
        const confirmed: MessageOf<'renewal/confirmed'> = {
          type: 'renewal/confirmed',
          host: place.host,
          shop: shopName(),
          targetShop: target.slice(0, 300),
          ...(expected ? { expectedShop: expected.slice(0, 300) } : {}),
        };
        // The page navigates away now: a message to a stopped service worker can be lost with it, a storage
        // write cannot. The background validates the outbox like the message and applies whichever comes first.
        void ext?.storage.local.set({ [KEYS.renewalOutbox]: { ...confirmed, at: Date.now() } }).catch(() => {});
        void send(confirmed);
        confirmedHere = true;
      } else if ((d && isDialogDismiss(el, d.dialog)) || (lastFacts.consent && isCancel(el))) {
        // Closing the Renew dialog, or Cancel on the conditions page (the guide shown or not): no renewal then.
        withdrawRenewal();
      }
    },
    { capture: true, passive: true, signal },
  );
  // Esc closes an Arco dialog too (Esc in the guide dismisses the guide, not the dialog).
  document.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      if (e.key === 'Escape' && lastFacts?.dialog && e.target !== host) withdrawRenewal();
      // Nothing of the guide shown: the keys are the page's.
      else if (isShortcut(e) && toggleFocus()) e.preventDefault();
    },
    { capture: true, signal },
  );

  onStoredChange(() => {
    void loadStored().then((s) => {
      const restarted = s.guide.mode === 'started' && stored.guide.mode !== 'started';
      stored = s;
      if (restarted) completedReported = false;
      watcher.poke();
    });
  }, signal);

  // From our own extension only, and only these exact messages: the popup asks which shop this tab shows; the
  // background passes on the owner's own key for the shortcut, set in the browser's extension shortcuts.
  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== ext?.runtime.id) return false;
    const type = typeof raw === 'object' && raw !== null && Object.keys(raw).length === 1 ? (raw as { type?: unknown }).type : null;
    if (type === GUIDE_FOCUS) {
      sendResponse({ moved: toggleFocus() });
      return false;
    }
    if (type !== 'tab/identify') return false;
    const otherLanguage = unreadLanguage(lastFacts, document.documentElement.lang);
    sendResponse({ host: place.host, shop: shopName(), ...(otherLanguage ? { otherLanguage } : {}) });
    return false;
  };
  ext?.runtime.onMessage.addListener(onMessage as never);
  signal.addEventListener('abort', () => {
    try {
      ext?.runtime.onMessage.removeListener(onMessage as never);
    } catch {
      /* context gone */
    }
  });

  if (place.surface === 'seller-center') {
    void send({ type: 'shop/facts', host: place.host, shop: shopName(), where: document.title.slice(0, 200) || 'Seller Center' });
  }
  derive();
}

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), button:not([disabled]), textarea, select, [tabindex]:not([tabindex="-1"])';
const actionOf = (el: Element): Element => el.closest('button, a, [role="button"]') ?? el;
const isCancel = (el: Element): boolean => W.cancel.has(norm(actionOf(el).textContent));

/** Cancel, the close button, or the mask around it: the owner closing the Renew dialog. */
function isDialogDismiss(el: Element, dialog: Element): boolean {
  const action = actionOf(el);
  if (!dialog.contains(action)) return !action.closest('[role="dialog"]') && /modal-(mask|wrapper)/.test(String(action.className));
  return isCancel(action) || W.close.has(norm(action.getAttribute('aria-label'))) || /modal-close/.test(String(action.className));
}

const isAuthorizeLabel = (el: Element): boolean => W.authorize.has(norm(actionOf(el).textContent));

function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}

const scrolled = new WeakSet<Element>();
function scrollToTarget(el: Element) {
  if (scrolled.has(el)) return;
  scrolled.add(el);
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

function viewKey(view: View): string {
  return JSON.stringify([
    view.step.id,
    view.step.fallback,
    view.step.loading,
    view.step.click,
    view.step.iconOnly,
    view.step.tickFirst,
    view.step.otherShop,
    view.step.menu,
    view.step.progress,
    view.step.fix?.id,
    view.started,
    view.launcher,
    view.canGoBack,
    view.appStatusText,
    view.expiresAt,
    view.emailSet,
    view.checks?.map((c) => [c.state, c.value, c.note, c.expected]),
    view.renewal,
    view.afterSteps,
  ]);
}

void main().catch((e: unknown) => {
  // Never let a failure reach the page's console as an uncaught error.
  console.debug('[pipe17-reauth-guide] stopped:', e instanceof Error ? e.message : String(e));
});

