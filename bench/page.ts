// Code the benchmark runs inside the page (main world). Each function is passed to page.evaluate or
// addInitScript, so it must be self-contained: no imports, no closures over this module.

declare global {
  interface Window {
    __bench?: { longtasks: { start: number; duration: number }[] };
    __benchChurn?: { stop(): number };
    __benchBusy?: { stop(): void };
  }
}

/** Init script: records every long task (> 50 ms) from the start of the document. */
export function installLongTaskProbe(): void {
  const bench = (window.__bench = { longtasks: [] as { start: number; duration: number }[] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* longtask not supported: counts stay 0 */
  }
}

/**
 * A widget that rewrites `nodes` nodes (text and class) every frame. `where: 'app'` puts it in the Seller Center
 * header (inside the app's own tree, outside anything the guide reads); `where: 'portal'` makes it a top-level
 * child of <body>, like a chat bubble or a toast stack. Its box is fixed-size and contained, so the page around
 * it (and the guide's target) never moves.
 */
export function startChurn({ nodes, where }: { nodes: number; where: 'app' | 'portal' }): void {
  const box = document.createElement('div');
  box.id = 'bench-churn';
  box.setAttribute('style', 'position:absolute;left:240px;top:8px;width:360px;height:40px;overflow:hidden;contain:strict;font:10px monospace;opacity:.6');
  const parent = where === 'app' ? (document.querySelector('.sc-header') ?? document.querySelector('#root > *')) : document.body;
  if (!parent) throw new Error('no place for the churn widget');
  parent.appendChild(box);
  // A few levels deep, like a real widget's rows and cells.
  const cells: HTMLElement[] = [];
  for (let r = 0; cells.length < nodes; r++) {
    const row = box.appendChild(document.createElement('div'));
    for (let c = 0; c < 20 && cells.length < nodes; c++) cells.push(row.appendChild(document.createElement('span')));
  }
  let frame = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frame++;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      cell.textContent = String((frame * 7 + i) % 1000);
      cell.className = (frame + i) % 2 ? 'up' : 'down';
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchChurn = {
    stop() {
      running = false;
      box.remove();
      return frame;
    },
  };
}

/**
 * A busy page: its main thread runs `taskMs` of script, yields for a moment, and again, until stopped, as a heavy
 * single-page app does while it renders. Anything that needs this page's main thread (a message to its content
 * script) waits for the task in progress.
 */
export function startBusy(taskMs: number): void {
  let running = true;
  const task = () => {
    if (!running) return;
    const end = performance.now() + taskMs;
    while (performance.now() < end) {
      /* busy */
    }
    setTimeout(task, 5);
  };
  setTimeout(task, 0);
  window.__benchBusy = {
    stop() {
      running = false;
    },
  };
}

/**
 * Reaction trials: remove the Pipe17 row, let the guide notice, then put the row back and time, from the
 * insertion to the moment the spotlight (in the guide's open shadow root) covers the row's Authorize action.
 */
export async function reactionTrials(n: number): Promise<{ ms: number[]; timeouts: number }> {
  const host = document.getElementById('pipe17-reauth-guide');
  const shadow = host?.shadowRoot;
  if (!host || !shadow) throw new Error('no guide host / open shadow root');
  const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const until = async (ok: () => boolean, ms: number) => {
    const end = performance.now() + ms;
    while (!ok()) {
      if (performance.now() > end) return false;
      await nextFrame();
    }
    return true;
  };
  const authorizeOf = (row: Element) => [...row.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Authorize') ?? null;
  const pipe17Row = () => [...document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('Pipe17') && authorizeOf(tr)) ?? null;
  const covers = (target: Element): boolean => {
    const spot = shadow.querySelector('[data-guide="spotlight"]') as HTMLElement | null;
    if (!spot || spot.hidden) return false;
    const s = spot.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    if (t.width === 0) return false;
    return s.left <= t.left + 0.5 && s.top <= t.top + 0.5 && s.right >= t.right - 0.5 && s.bottom >= t.bottom - 0.5;
  };

  const ms: number[] = [];
  let timeouts = 0;
  for (let i = 0; i < n; i++) {
    const row = pipe17Row();
    const button = row && authorizeOf(row);
    if (!row || !button || !row.parentNode) throw new Error('no Pipe17 row with Authorize');
    if (!(await until(() => covers(button), 2000))) throw new Error('spotlight not on Authorize before the trial');
    const parent = row.parentNode;
    const next = row.nextSibling;
    row.remove();
    if (!(await until(() => host.getAttribute('data-step') !== 'click-authorize', 2000))) throw new Error('the guide did not notice the row leaving');
    await nextFrame();
    await nextFrame();
    // Rows arrive from a task (a fetch callback, a timer) at any point of a frame, not inside a rAF callback.
    await new Promise((r) => setTimeout(r, Math.random() * 16.7));
    let observer: MutationObserver | null = null;
    const placed = new Promise<number>((resolve) => {
      observer = new MutationObserver(() => {
        if (covers(button)) resolve(performance.now());
      });
      observer.observe(shadow, { subtree: true, childList: true, attributes: true });
    });
    const t0 = performance.now();
    parent.insertBefore(row, next);
    const t1 = await Promise.race([placed, new Promise<null>((r) => setTimeout(() => r(null), 1000))]);
    (observer as MutationObserver | null)?.disconnect();
    if (t1 === null) timeouts++;
    else ms.push(t1 - t0);
  }
  return { ms, timeouts };
}

/**
 * Client-side navigations, as the stand-in's own router does them (pushState + its navigate event), alternating
 * between Home and My apps; each waits for the new page's content and two more frames.
 */
export async function navigations(n: number): Promise<number> {
  const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const until = async (ok: () => boolean) => {
    const end = performance.now() + 5000;
    while (!ok()) {
      if (performance.now() > end) throw new Error('page did not render');
      await nextFrame();
    }
  };
  const text = () => document.querySelector('.sc-page-title')?.textContent ?? '';
  for (let i = 0; i < n; i++) {
    const home = i % 2 === 0;
    history.pushState(null, '', home ? '/homepage' : '/services/authorizations?tab=apps');
    window.dispatchEvent(new Event('sandbox:navigate'));
    await until(() => (home ? text().startsWith('Welcome back') : text() === 'My apps and incidents' && !!document.querySelector('tr .sc-app-name')));
    await nextFrame();
    await nextFrame();
  }
  return n;
}

/** Opens the Pipe17 Renew dialog from the row's Authorize and cancels it, `n` times; waits for it to unmount each time. */
export async function dialogCycles(n: number): Promise<number> {
  const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const until = async (ok: () => boolean) => {
    const end = performance.now() + 5000;
    while (!ok()) {
      if (performance.now() > end) throw new Error('dialog did not open/close');
      await nextFrame();
    }
  };
  const button = (root: ParentNode, label: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) as HTMLButtonElement | undefined;
  const dialog = () => document.querySelector('.sc-renew:not(.sc-renew-ghost)');
  for (let i = 0; i < n; i++) {
    const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('Pipe17'));
    const authorize = row && button(row, 'Authorize');
    if (!authorize) throw new Error('no Pipe17 Authorize');
    authorize.click();
    await until(() => !!dialog() && !!button(dialog()!, 'Cancel'));
    await nextFrame();
    await nextFrame();
    button(dialog()!, 'Cancel')!.click();
    await until(() => !dialog());
    await nextFrame();
  }
  return n;
}

/** What `readPopupTiming` finds in a popup that has been shown (bench/popup.ts). */
export type PopupReadout = {
  /** Navigation start → the frame in which the last of the three status values was first presented (Element Timing). */
  painted?: number;
  /** The first contentful paint, presented. */
  fcp?: number;
  load: number;
  /** Navigation start → fetch start: Chrome's own navigation work before the page is requested (no pause of ours). */
  fetchStart: number;
  /** The page as it was shown, scripts removed (asked for once, to make the snapshot floor). */
  html?: string;
};

/**
 * Run in a popup after it has been shown (a DevTools session attaches only then, so nothing of ours runs in the
 * popup before or while it renders). Element Timing: every page measured marks the element holding each status
 * value with `elementtiming="status"`, and Chrome records when that element's text was first presented (the frame
 * on screen, not a main-thread proxy such as rAF). Entries are buffered, so they can be read afterwards.
 */
export async function readPopupTiming(withHtml: boolean): Promise<PopupReadout> {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  type ElementEntry = PerformanceEntry & { identifier: string; element: Element | null; renderTime: number };
  const entries = await new Promise<ElementEntry[]>((resolve) => {
    const seen: ElementEntry[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...(list.getEntries() as ElementEntry[])));
    observer.observe({ type: 'element', buffered: true });
    // Buffered entries arrive in one callback soon after observe(); none at all means none were recorded.
    setTimeout(() => {
      observer.disconnect();
      resolve(seen);
    }, 100);
  });
  const first = new Map<string, number>();
  for (const e of entries) {
    const field = e.element?.closest('[data-field]')?.getAttribute('data-field');
    if (e.identifier !== 'status' || !field || !e.renderTime) continue;
    first.set(field, Math.min(first.get(field) ?? Infinity, e.renderTime));
  }
  const rows = ['owner', 'app-status', 'connector'].map((f) => first.get(f));
  let html: string | undefined;
  if (withHtml) {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script').forEach((el) => el.remove());
    html = `<!doctype html>\n${copy.outerHTML}\n`;
  }
  return {
    painted: rows.every((t) => t !== undefined) ? Math.max(...(rows as number[])) : undefined,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    load: nav.loadEventStart,
    fetchStart: nav.fetchStart,
    html,
  };
}

/**
 * What a MutationObserver of the page's own costs its DOM writes, with no guide (bench/README.md, observer controls).
 * - `none`: no observer.
 * - `head-live`: one observer on <head> (subtree, every type), live: not an ancestor of anything the page changes.
 * - `head-gone`: the same, disconnected at once.
 * - `html-gone`: one on <html> (subtree, every type) for 1 s, then disconnected: as the guide watches a page settling.
 * - `body-gone`: one on <body> (children only) for 1 s, then disconnected: as the guide watches for portals.
 * - `html-shallow-gone`: one on <html>, children and attributes only (no subtree), for 1 s, then disconnected.
 * - `body-sub-gone`: one on <body> (subtree, every type) for 1 s, then disconnected.
 * The last two tell whether `subtree` or a registration on an ancestor at all is what the page keeps paying for.
 */
export const OBSERVER_CONTROLS = ['none', 'head-live', 'head-gone', 'html-gone', 'body-gone', 'html-shallow-gone', 'body-sub-gone'] as const;
export type ObserverControl = (typeof OBSERVER_CONTROLS)[number];
export function installObserverControl(kind: ObserverControl): void {
  if (kind === 'none') return;
  const mo = new MutationObserver(() => {});
  const every = { subtree: true, childList: true, attributes: true, characterData: true };
  if (kind === 'head-live' || kind === 'head-gone') mo.observe(document.head, every);
  if (kind === 'head-gone') mo.disconnect();
  // Evaluated in the page: self-contained.
  const forOneSecond: Partial<Record<ObserverControl, [Node, MutationObserverInit]>> = {
    'html-gone': [document.documentElement, every],
    'body-gone': [document.body, { childList: true }],
    'html-shallow-gone': [document.documentElement, { childList: true, attributes: true }],
    'body-sub-gone': [document.body, every],
  };
  const once = forOneSecond[kind];
  if (once) {
    mo.observe(...once);
    setTimeout(() => mo.disconnect(), 1000);
  }
  (window as unknown as { __benchObserver?: MutationObserver }).__benchObserver = mo;
}

/**
 * The page's own DOM writes, timed by the page: 1,000 cells (text + class, as startChurn does) rewritten in a tight
 * loop, 40 passes a sample (the clock's 0.1 ms steps are then 0.3 % of a sample), 15 samples; returns the third
 * lowest (ms per pass). CPU-bound work, so noise only adds to it. With no mutation records for these cells, what the
 * guide can still add is Blink's per-change bookkeeping: it checks every MutationObserver registration on each
 * changed node's ancestors.
 */
export function domWritePass(where: 'app' | 'portal'): number {
  const box = document.createElement('div');
  const parent = where === 'app' ? (document.querySelector('.sc-header') ?? document.querySelector('#root > *')) : document.body;
  if (!parent) throw new Error('no place for the widget');
  parent.appendChild(box);
  const cells: HTMLElement[] = [];
  while (cells.length < 1000) {
    const row = box.appendChild(document.createElement('div'));
    for (let c = 0; c < 20; c++) cells.push(row.appendChild(document.createElement('span')));
  }
  const PASSES = 40;
  const samples: number[] = [];
  for (let s = 0; s < 15; s++) {
    const t0 = performance.now();
    for (let k = s * PASSES; k < (s + 1) * PASSES; k++) {
      for (let i = 0; i < cells.length; i++) {
        cells[i]!.textContent = String((k * 7 + i) % 1000);
        cells[i]!.className = (k + i) % 2 ? 'up' : 'down';
      }
    }
    samples.push((performance.now() - t0) / PASSES);
  }
  box.remove();
  samples.sort((a, b) => a - b);
  return samples[2]!;
}
