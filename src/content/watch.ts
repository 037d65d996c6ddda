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
 * What arrives, leaves or is reworded: never attributes. One attributes registration, anywhere, leaves Blink walking
 * the changed node's ancestors for every attribute change the page makes for the document's life
 * (`Document::AddMutationObserverTypes` only ever adds types; bench/README.md). What attributes would tell comes from
 * input and focus events, animations and transitions in a portal or a root, and the roots' boxes (`ResizeObserver`).
 */
const WHOLE: MutationObserverInit = { subtree: true, childList: true, characterData: true };
/** Children only: what arrives or leaves (a portal, a re-rendered root). */
const SHALLOW: MutationObserverInit = { childList: true };

/**
 * What to observe. `whole`: the whole document, each batch filtered (settling, the app's root unknown, or no
 * Navigation API to hear soft navigations by). `narrowed`, once settled: each root's subtree, <head>, each portal
 * holding a dialog, menu or list, each root's parent's children. `portals`: narrowed, plus (while the page is active)
 * the children of <body> and of its other top-level children, where a portal arrives. A registration on an ancestor
 * of a busy widget slows every change the page makes in it (bench/README.md, churn, DOM writes): <body>'s is held
 * only while active, and a portal arriving with no input, focus, animation or navigation waits for the next one.
 */
export type Scope = { mode: 'whole' } | { mode: 'narrowed' | 'portals'; deep: Node[]; shallow: Node[] };

export interface ScopeInput {
  doc: Document;
  appRoot: Element | null; // the top-level child of <body> that holds the app, not a portal; null while unknown
  roots: readonly Element[];
  hot: boolean; // settling after load or a navigation, or still short of what the page should show
  navigation: boolean; // the Navigation API announces soft navigations (pushState) in unobserved parts
  active: boolean; // within ACTIVE_MS of input, focus moving, an animation or transition starting, or a navigation
}

export function scopeOf({ doc, appRoot, roots, hot, navigation, active }: ScopeInput): Scope {
  const body = doc.body;
  if (!navigation || !appRoot || !body || hot) return { mode: 'whole' };
  const deep = new Set<Node>(roots);
  if (doc.head) deep.add(doc.head);
  const shallow = new Set<Node>();
  // Other top-level children: one holding a dialog, menu or list is watched whole; any other (a chat bubble, a
  // toast stack) only for its own children, where a portal's content arrives, and only while active.
  for (const child of body.children) {
    if (child === appRoot) continue;
    if (child.matches(PORTAL_CONTENT) || child.querySelector(PORTAL_CONTENT)) deep.add(child);
    else if (active) shallow.add(child);
  }
  if (active) shallow.add(body);
  // Each root's parent: the root replaced by a re-render. Not the rest of the way up (above).
  for (const r of roots) {
    const parent = r.parentNode;
    if (parent && parent !== doc && !deep.has(parent) && (active || parent !== body)) shallow.add(parent);
  }
  return { mode: active ? 'portals' : 'narrowed', deep: [...deep], shallow: [...shallow] };
}

/** The scheduler: `run` at most once per animation frame, however many asks come before it; none after abort. */
function frames(win: Window, run: () => void, signal: AbortSignal) {
  let id = 0;
  const frame = () => {
    id = 0;
    if (!signal.aborted) run();
  };
  signal.addEventListener('abort', () => id && win.cancelAnimationFrame(id));
  const schedule = () => void (id || signal.aborted || (id = win.requestAnimationFrame(frame)));
  return { schedule, pending: () => id !== 0 };
}

/**
 * Calls `run` at most once per frame after a relevant change (inside a root or above it, in a portal, in <head>, on
 * <body> or <html>, or a URL change), observing what `scopeOf` says. `signal` tears everything down.
 */
export function watch(doc: Document, run: () => void, signal: AbortSignal): Watcher {
  let roots: Element[] = [];
  let appRoot: Element | null = null;
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

  const onFrame = () => {
    href = doc.location?.href ?? '';
    run();
  };
  const { schedule, pending } = frames(win, onFrame, signal);

  const topOf = (n: Node): Element | null => {
    const body = doc.body;
    let el: Node | null = n;
    while (el && el.parentNode && el.parentNode !== body) el = el.parentNode;
    return el && el.parentNode === body ? (el as Element) : null;
  };

  // Which targets of one batch matter while the whole document is observed. Each upward walk stops at a node known
  // irrelevant in this batch: inside the app's root, neither inside nor above a root, nor is anything under it.
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
  // Active: within ACTIVE_MS of user input (a click, a key, typing, hovering), focus moving, an animation or a navigation.
  const ACTIVE_MS = SETTLE_MS;
  let activeUntil = navigatedAt + ACTIVE_MS;
  const quiet = () => win.performance.now() >= activeUntil;

  const onRecords = (records: MutationRecord[]) => {
    if (pending()) return;
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

  // Records queued under the old scope would be dropped by disconnect(): any means "look again".
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
    if (signal.aborted) return;
    const scope = scopeOf({ doc, appRoot, roots, hot: hot(), navigation: !!navigation, active: !quiet() });
    if (scope.mode === 'whole') return observeWhole();
    const next = [...scope.deep, doc, ...scope.shallow]; // doc: a separator, so the same nodes in other roles differ
    if (narrowed && narrowed.length === next.length && narrowed.every((n, i) => n === next[i])) return;
    narrowed = next;
    observeOnly(scope.deep, scope.shallow);
  };
  observer.observe(doc.documentElement, WHOLE);

  // The end of the settle window: a still page is narrowed then, not at its next change, whose burst would come as one
  // costly batch for the whole document (bench/README.md). One timer, re-armed only while the page is short (LATE_MS).
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
  // Something appearing by itself (a dialog or popup animating in, or taking focus): active, and a look where it counts.
  const onAppear = (e: Event) => {
    active();
    look(e);
  };
  // In a portal or a root, a look: Arco animates what it changes by attributes alone (a dialog shown, a button enabled).
  const look = (e: Event) => {
    const at = e.target;
    if (!(at instanceof win.Node)) return;
    const top = topOf(at);
    if ((top && top !== appRoot) || roots.some((r) => r.contains(at))) schedule();
  };
  // A root hidden or shown again by a class or style change: its box goes to nothing or back (not any resize).
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
  for (const type of ['input', 'change', 'click', 'keydown']) doc.addEventListener(type, onEdit, opts);
  // Hovering opens menus (Growth → My Apps & Services): active, so the menu's portal is heard arriving.
  doc.addEventListener('mouseover', active, opts);
  for (const type of ['focusin', 'animationstart', 'transitionrun']) doc.addEventListener(type, onAppear, opts);
  for (const type of ['animationend', 'animationcancel', 'transitionend', 'transitioncancel']) doc.addEventListener(type, look, opts);
  for (const type of ['popstate', 'pageshow']) win.addEventListener(type, onNavigate, opts);
  // pushState/replaceState by the page's router: the only sign of a soft navigation once the observer is narrowed.
  navigation?.addEventListener('currententrychange', onNavigate, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    boxes.disconnect();
    win.clearTimeout(settleTimer);
    win.clearTimeout(quietTimer);
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
