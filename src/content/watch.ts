// One watcher per page: DOM changes, form edits and navigation are coalesced into at most one
// re-derivation per animation frame. Nothing runs while the page is still (no timers, no polling).

export interface Watcher {
  /** Elements whose subtrees matter now (nav, apps page, dialog, target). Changes elsewhere in the app's own tree are ignored. */
  setRoots(roots: readonly (Element | null | undefined)[]): void;
  /** Ask for a re-derivation on the next frame. */
  poke(): void;
}

const ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'aria-expanded', 'aria-checked', 'checked', 'title', 'disabled'];

/**
 * Calls `run` at most once per frame after a relevant change. `signal` tears everything down.
 * Relevance filter: a mutation matters when it touches a known root (inside it or above it), a portal
 * (any top-level child of <body> other than the app's own root), <body> itself, or when the URL changed.
 * Under heavy churn in an unrelated widget this costs a few `contains` calls per batch and no derivation.
 */
export function watch(doc: Document, run: () => void, signal: AbortSignal): Watcher {
  let roots: Element[] = [];
  let appRoot: Element | null = null;
  let scheduled = 0;
  let href = doc.location?.href ?? '';
  const win = doc.defaultView!;
  // A single-page app fills a new page in over a few seconds after the URL changes: until then every change counts.
  const SETTLE_MS = 3000;
  let hotUntil = win.performance.now() + SETTLE_MS;

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

  const relevant = (target: Node): boolean => {
    if (target === doc.body || target === doc.documentElement || target === doc) return true;
    if (!appRoot) return true;
    if (win.performance.now() < hotUntil) return true;
    const top = topOf(target);
    if (top !== appRoot) return true; // portals: menus, select lists, modals
    for (const r of roots) if (r.contains(target) || target.contains(r)) return true;
    return false;
  };

  const observer = new win.MutationObserver((records) => {
    if (scheduled) return;
    if ((doc.location?.href ?? '') !== href) {
      hotUntil = win.performance.now() + SETTLE_MS;
      return schedule();
    }
    let last: Node | null = null;
    for (const r of records) {
      if (r.target === last) continue; // churn repeats the same targets
      last = r.target;
      if (relevant(r.target)) return schedule();
    }
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ATTRIBUTES,
    characterData: true,
  });

  // Typing and picking change form state without touching the DOM.
  const onEdit = () => schedule();
  const onNavigate = () => {
    hotUntil = win.performance.now() + SETTLE_MS;
    schedule();
  };
  const opts = { capture: true, passive: true, signal } as const;
  doc.addEventListener('input', onEdit, opts);
  doc.addEventListener('change', onEdit, opts);
  doc.addEventListener('click', onEdit, opts);
  win.addEventListener('popstate', onNavigate, opts);
  win.addEventListener('pageshow', onNavigate, opts);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (scheduled) win.cancelAnimationFrame(scheduled);
  });

  return {
    setRoots(next) {
      roots = next.filter((r): r is Element => !!r && r.isConnected);
      appRoot = null;
      for (const r of roots) {
        const top = topOf(r);
        // The app's root is the top-level container that holds the navigation or the page, not a portal.
        if (top && !r.closest('[role="dialog"]')) {
          appRoot = top;
          break;
        }
      }
    },
    poke: schedule,
  };
}
