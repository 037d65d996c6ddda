// One watcher per page: DOM changes, form edits and navigation are coalesced into at most one
// re-derivation per animation frame. Nothing runs while the page is still (no polling; one timer per navigation
// ends its settle window, one per spell of user activity ends that spell).

export interface Watcher {
  /**
   * Elements whose subtrees matter now (nav, apps page, dialog, target). Changes elsewhere in the app's own tree are
   * ignored, unless `complete` is false: the page is expected to show more than it does (the apps table of My apps
   * still loading); then every change counts, for up to LATE_MS after the page was loaded or navigated to.
   */
  setRoots(roots: readonly (Element | null | undefined)[], complete?: boolean): void;
  /** Ask for a re-derivation on the next frame. */
  poke(): void;
}

/** What the finders read in a portal: dialogs, menus, option lists, popups (Arco's trigger wraps them all). */
const PORTAL_CONTENT =
  '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="tooltip"], [class*="arco-trigger"], [class*="arco-modal"], [class*="arco-drawer"]';

/**
 * What arrives, leaves or is reworded: never attributes. An observer registered for attributes even once, anywhere,
 * leaves Blink walking the changed node's ancestors for every attribute change the page makes for as long as the
 * document lives (`Document::AddMutationObserverTypes` only ever adds types; bench/README.md, what an observer
 * leaves behind). What attributes would tell comes from elsewhere: input and focus events (a tab picked, a box
 * ticked, a menu hovered open), an animation or transition starting or ending in a portal or inside a root (a dialog
 * or menu shown again or gone, a button enabled), and the roots' boxes going to nothing or coming back
 * (`ResizeObserver`, below).
 */
const WHOLE: MutationObserverInit = { subtree: true, childList: true, characterData: true };
/** Children only: what arrives or leaves (a portal, a re-rendered root). */
const SHALLOW: MutationObserverInit = { childList: true };

/**
 * Calls `run` at most once per frame after a relevant change. `signal` tears everything down.
 * Relevant: a change inside a known root or above it, in a portal (any top-level child of <body> other than the
 * app's own root), in <head>, on <body> or <html>, or a URL change.
 *
 * What is observed: the whole document while a page settles (SETTLE_MS after load or a navigation) or while the app's
 * root is unknown. Once settled, only what can be relevant: each root's subtree, each portal's that holds a dialog,
 * menu or list, <head>, each root's parent's children, and, while the page is active (ACTIVE_MS after input, focus
 * moving, an animation or transition starting, or a navigation), the children of <body> and of its other top-level
 * children. A widget rewriting 1,000 nodes a frame elsewhere in the app then costs no mutation records, and on a
 * quiet page no registration sits on its ancestors (bench/: churn, DOM writes). A root (the spotlight's target is one)
 * hidden or shown again by a class or style change is heard by its box (a `ResizeObserver` on the roots).
 * Narrowing needs the Navigation API to see soft navigations (pushState) that only change unobserved parts; without it
 * (Firefox) the whole document stays observed and each batch is filtered.
 */
export function watch(doc: Document, run: () => void, signal: AbortSignal): Watcher {
  let roots: Element[] = [];
  let appRoot: Element | null = null;
  let scheduled = 0;
  let href = doc.location?.href ?? '';
  const win = doc.defaultView!;
  // A single-page app fills a new page in over a few seconds after the URL changes: until then every change counts.
  const SETTLE_MS = 3000;
  // A page still short of what it should show (a slow machine, 5,000 rows): how long to keep looking everywhere.
  const LATE_MS = 20_000;
  let navigatedAt = win.performance.now();
  let complete = true;
  const hot = () => {
    const now = win.performance.now();
    return now < navigatedAt + SETTLE_MS || (!complete && now < navigatedAt + LATE_MS);
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = win.requestAnimationFrame(() => {
      scheduled = 0;
      if (signal.aborted) return;
      href = doc.location?.href ?? '';
      run();
    });
  };

  const topOf = (n: Node): Element | null => {
    const body = doc.body;
    let el: Node | null = n;
    while (el && el.parentNode && el.parentNode !== body) el = el.parentNode;
    return el && el.parentNode === body ? (el as Element) : null;
  };

  /**
   * Which targets of one batch matter, while the whole document is observed. One upward walk per target that stops
   * at a node already known to be irrelevant in this batch: if a node inside the app's root is neither inside nor
   * above a root, neither is anything under it.
   */
  const batchFilter = () => {
    const body = doc.body;
    const rootSet = new Set<Node>(roots);
    const aboveRoots = new Set<Node>();
    for (const r of roots) for (let n = r.parentNode; n && !aboveRoots.has(n); n = n.parentNode) aboveRoots.add(n);
    const irrelevant = new Set<Node>();
    const path: Node[] = [];
    return (target: Node): boolean => {
      if (target === body || target === doc.documentElement || target === doc) return true;
      if (rootSet.has(target) || aboveRoots.has(target)) return true;
      path.length = 0;
      let el: Node = target;
      let clean = true; // every node walked so far is neither a root nor above one
      while (el.parentNode && el.parentNode !== body) {
        if (irrelevant.has(el)) break;
        if (rootSet.has(el)) return true; // inside a root
        if (clean && aboveRoots.has(el)) clean = false;
        if (clean) path.push(el);
        el = el.parentNode;
      }
      if (!irrelevant.has(el)) {
        if (el.parentNode !== body || el !== appRoot) return true; // detached, <head>, or a portal: menus, select lists, modals
        if (rootSet.has(el)) return true;
      }
      for (const n of path) irrelevant.add(n);
      return false;
    };
  };

  let narrowed: Node[] | null = null; // null: the whole document is observed

  // Active: within ACTIVE_MS of user input (a click, a key, typing, the pointer moving onto something), focus moving,
  // an animation or transition starting, or a navigation.
  const ACTIVE_MS = SETTLE_MS;
  let activeUntil = navigatedAt + ACTIVE_MS;
  const quiet = () => win.performance.now() >= activeUntil;

  const onRecords = (records: MutationRecord[]) => {
    if (scheduled) return;
    if ((doc.location?.href ?? '') !== href) return onNavigate();
    if (!appRoot || hot() || narrowed) return schedule(); // narrowed: everything observed is relevant
    if (roots.some((r) => !r.isConnected)) return schedule(); // a root was removed (or something above it was)
    const relevant = batchFilter();
    let last: Node | null = null;
    for (const r of records) {
      if (r.target === last) continue; // churn repeats the same targets
      last = r.target;
      if (relevant(r.target)) return schedule();
    }
    narrow(); // settled, and the page is busy elsewhere: stop hearing about it
  };
  const observer = new win.MutationObserver(onRecords);

  /** Changes the observed nodes. Records queued under the old scope would be dropped by disconnect(): any means "look again". */
  const observeOnly = (deep: Node[], shallow: Node[]) => {
    if (observer.takeRecords().length) schedule();
    observer.disconnect();
    for (const n of deep) observer.observe(n, WHOLE);
    for (const n of shallow) observer.observe(n, SHALLOW);
  };
  const observeWhole = () => {
    if (narrowed === null || signal.aborted) return;
    narrowed = null;
    observeOnly([doc.documentElement], []);
  };
  const narrow = () => {
    const body = doc.body;
    if (!navigation || !appRoot || !body || hot() || signal.aborted) return observeWhole();
    const deep = new Set<Node>(roots);
    if (doc.head) deep.add(doc.head);
    const shallow = new Set<Node>();
    const portals = !quiet();
    // Other top-level children of <body>: a portal holding a dialog, menu or list is watched whole; any other
    // (a chat bubble, a toast stack) only for its own children, which is where a portal's content arrives, and
    // only while the page is active (below). A widget busy inside itself then costs nothing (bench/: churn in a
    // <body>-level widget).
    for (const child of body.children) {
      if (child === appRoot) continue;
      if (child.matches(PORTAL_CONTENT) || child.querySelector(PORTAL_CONTENT)) deep.add(child);
      else if (portals) shallow.add(child);
    }
    // <body>'s children: a portal arriving or leaving. Each root's parent: the root replaced by a re-render.
    // Not the rest of the way up: every registration on an ancestor of a busy widget makes each change the page
    // makes inside it slower (Blink checks them all, per change; bench/README.md, churn). A soft navigation that
    // replaces a whole layout comes from the Navigation API, a user's click or key schedules a look anyway, and a
    // root (the spotlight's target among them) going out of view is heard by its box.
    // <body> itself is an ancestor of everything the page shows, so its registration is held only while the page is
    // active: ACTIVE_MS after user input, focus moving, an animation or transition starting (Arco's dialogs and
    // popups animate in and take focus) or a navigation. A portal arriving with none of these goes unseen until the
    // next one (bench/README.md, DOM writes: the cost of a registration on <body>).
    if (portals) shallow.add(body);
    for (const r of roots) {
      const parent = r.parentNode;
      if (parent && parent !== doc && !deep.has(parent) && (portals || parent !== body)) shallow.add(parent);
    }
    const next = [...deep, doc, ...shallow]; // doc: a separator, so the same nodes in other roles differ
    if (narrowed && narrowed.length === next.length && narrowed.every((n, i) => n === next[i])) return;
    narrowed = next;
    observeOnly([...deep], [...shallow]);
  };
  observer.observe(doc.documentElement, WHOLE);

  // The end of the settle window, once per load or navigation: a page gone still is narrowed then, not at its next
  // change. Otherwise a quiet page's next burst (a table re-rendered, 1,000 cells rewritten in one task) would arrive
  // as one batch of records for the whole document, and that many records cost the page long after they were dropped
  // (bench/README.md: the first batch after settling). One timer, re-armed only while the page is still short of
  // what it should show (LATE_MS at most): not polling.
  let settleTimer = 0;
  const armSettle = () => {
    if (!navigation || signal.aborted) return;
    win.clearTimeout(settleTimer);
    const end = navigatedAt + (complete ? SETTLE_MS : LATE_MS);
    settleTimer = win.setTimeout(() => {
      settleTimer = 0;
      if (signal.aborted) return;
      if (hot()) armSettle();
      else narrow();
    }, Math.max(0, end - win.performance.now()) + 1);
  };
  armSettle();

  // The end of an active spell: one timer, armed when the page turns active, moved on (not re-armed) while it stays so.
  let quietTimer = 0;
  const armQuiet = () => {
    if (!navigation || quietTimer || signal.aborted) return;
    quietTimer = win.setTimeout(() => {
      quietTimer = 0;
      if (signal.aborted) return;
      if (!quiet()) armQuiet();
      else if (narrowed) narrow();
    }, Math.max(0, activeUntil - win.performance.now()) + 1);
  };
  const active = () => {
    const was = quiet();
    activeUntil = win.performance.now() + ACTIVE_MS;
    if (was && narrowed) narrow(); // <body>'s registration back before the page's own handlers run (capture phase)
    armQuiet();
  };
  // Typing and picking change form state without touching the DOM.
  const onEdit = () => {
    active();
    schedule();
  };
  // Something appearing by itself: a dialog or popup animating in, or taking focus; <body> is watched again for what
  // follows. And a look, where it counts.
  const onAppear = (e: Event) => {
    active();
    look(e);
  };
  // A look when it happens in a portal or inside a root. No attribute change is observed, and Arco animates what it
  // changes by attributes alone: a dialog or popup animating in or out (then marked entered, or hidden), a button
  // enabled or a tab, radio or box turning on (their colours have transitions). Elsewhere in the app (the header's
  // widgets, a spinner) it is none of the guide's business.
  const look = (e: Event) => {
    const at = e.target;
    if (!(at instanceof win.Node)) return;
    const top = topOf(at);
    if ((top && top !== appRoot) || roots.some((r) => r.contains(at))) schedule();
  };
  // A root hidden or shown again by a class or style change (its own or an ancestor's): its box goes to nothing or
  // comes back. Only that counts, not every resize; the first report of each root only records where it stands.
  const shown = new WeakMap<Element, boolean>();
  const boxes = new win.ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.borderBoxSize?.[0];
      const now = box ? box.inlineSize > 0 || box.blockSize > 0 : entry.contentRect.width > 0 || entry.contentRect.height > 0;
      const was = shown.get(entry.target);
      shown.set(entry.target, now);
      if (was !== undefined && was !== now) schedule();
    }
  });
  function onNavigate() {
    navigatedAt = win.performance.now();
    activeUntil = navigatedAt + ACTIVE_MS;
    observeWhole();
    armSettle();
    schedule();
  }
  const opts = { capture: true, passive: true, signal } as const;
  doc.addEventListener('input', onEdit, opts);
  doc.addEventListener('change', onEdit, opts);
  doc.addEventListener('click', onEdit, opts);
  doc.addEventListener('keydown', onEdit, opts);
  // Hovering opens menus (Growth → My Apps & Services): active, so the menu's portal is heard arriving.
  doc.addEventListener('mouseover', active, opts);
  doc.addEventListener('focusin', onAppear, opts);
  doc.addEventListener('animationstart', onAppear, opts);
  doc.addEventListener('transitionrun', onAppear, opts);
  for (const type of ['animationend', 'animationcancel', 'transitionend', 'transitioncancel']) doc.addEventListener(type, look, opts);
  win.addEventListener('popstate', onNavigate, opts);
  win.addEventListener('pageshow', onNavigate, opts);
  // pushState/replaceState by the page's router: the only sign of a soft navigation once the observer is narrowed.
  navigation?.addEventListener('currententrychange', onNavigate, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    boxes.disconnect();
    win.clearTimeout(settleTimer);
    win.clearTimeout(quietTimer);
    if (scheduled) win.cancelAnimationFrame(scheduled);
  });

  return {
    setRoots(next, isComplete = true) {
      complete = isComplete;
      const before = roots;
      roots = next.filter((r): r is Element => !!r && r.isConnected);
      for (const r of before) if (!roots.includes(r)) boxes.unobserve(r);
      for (const r of roots) if (!before.includes(r)) boxes.observe(r, { box: 'border-box' });
      appRoot = null;
      for (const r of roots) {
        const top = topOf(r);
        // The app's root is the top-level container that holds the navigation or the page, not a portal.
        if (top && !r.closest('[role="dialog"]')) {
          appRoot = top;
          break;
        }
      }
      narrow();
      // Observed whole (the page was hot) with no end of settling ahead, e.g. the page just turned out incomplete.
      if (narrowed === null && !settleTimer && appRoot) armSettle();
    },
    poke: schedule,
  };
}
