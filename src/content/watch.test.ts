// The watcher's relevance rules, both while the whole document is observed and once narrowed to the roots.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scopeOf, watch, type ScopeInput } from './watch';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const settle = async () => {
  await Promise.resolve();
  await frame();
  await frame();
};

describe.each([
  ['whole document (no Navigation API)', false],
  ['narrowed (Navigation API)', true],
])('watch: %s', (_name, withNavigation) => {
  let ac: AbortController;
  let runs: number;
  let nav: EventTarget | undefined;

  beforeEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="app"><header><span id="ticker">0</span></header><main><section id="page"><table><tbody><tr id="row"><td>Pipe17</td></tr></tbody></table></section></main></div><div id="portal"></div>',
    );
    nav = withNavigation ? new EventTarget() : undefined;
    Object.defineProperty(window, 'navigation', { value: nav, configurable: true });
    ac = new AbortController();
    runs = 0;
  });
  afterEach(() => ac.abort());

  /** A watcher past its settle window, with #page as its root. */
  async function settled() {
    const now = performance.now();
    const w = watch(document, () => runs++, ac.signal);
    vi.spyOn(performance, 'now').mockReturnValue(now + 10_000);
    w.setRoots([document.getElementById('page')]);
    await settle();
    runs = 0;
    return w;
  }

  it('ignores churn elsewhere in the app', async () => {
    await settled();
    for (let i = 0; i < 5; i++) {
      document.getElementById('ticker')!.textContent = String(i);
      await settle();
    }
    expect(runs).toBe(0);
  });

  it('re-derives once per frame for a change inside a root', async () => {
    await settled();
    const row = document.getElementById('row')!;
    row.setAttribute('class', 'a');
    row.textContent = 'Pipe17 Authorize';
    await settle();
    expect(runs).toBe(1);
  });

  it('re-derives when a root is removed (a change above it)', async () => {
    await settled();
    document.getElementById('page')!.remove();
    await settle();
    expect(runs).toBe(1);
  });

  /** Runs a timer's callback 10 s later than now; returns the nodes the watcher observed anew. */
  function fireLater(callback: unknown): Node[] {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    vi.spyOn(performance, 'now').mockReturnValue(performance.now() + 10_000);
    (callback as () => void)();
    return observe.mock.calls.map(([node]) => node);
  }

  /** The user clicks somewhere (one look), then the counter starts again. */
  async function click() {
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    runs = 0;
  }

  it('re-derives for a portal and for a new top-level child of <body> while the page is active', async () => {
    await settled();
    await click();
    document.getElementById('portal')!.appendChild(document.createElement('div'));
    await settle();
    expect(runs).toBe(1);
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(runs).toBe(2);
  });

  it('a quiet page: a portal arriving by itself is seen when it animates in or takes focus, not by <body>\'s registration', async () => {
    await settled();
    const popup = document.getElementById('portal')!.appendChild(document.createElement('div'));
    await settle();
    // Narrowed and quiet: nothing observed on <body> or its plain children (each would slow every DOM write of the
    // page); the whole document without the Navigation API.
    expect(runs).toBe(withNavigation ? 0 : 1);
    runs = 0;
    popup.dispatchEvent(new Event('animationstart', { bubbles: true }));
    await settle();
    expect(runs).toBe(1);
    runs = 0;
    popup.tabIndex = -1;
    popup.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(runs).toBe(1);
    // Active now: what arrives next is heard directly.
    runs = 0;
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(runs).toBe(1);
  });

  it('an active spell ends by one timer, and <body>\'s registration goes with it', async () => {
    await settled();
    const timer = vi.spyOn(window, 'setTimeout');
    await click();
    const ends = timer.mock.calls.filter(([, ms]) => (ms ?? 0) > 2000);
    if (!withNavigation) {
      expect(ends).toEqual([]); // the whole document stays observed: nothing to end
      return;
    }
    expect(ends).toHaveLength(1);
    const observed = fireLater(ends[0]![0]);
    expect(observed).toContain(document.getElementById('page'));
    expect(observed).not.toContain(document.body);
    expect(observed).not.toContain(document.getElementById('portal'));
  });

  it('observes no attribute changes, anywhere, ever (Blink would walk ancestors for every one the page makes)', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    await settled();
    await click();
    document.getElementById('row')!.setAttribute('class', 'selected');
    await settle();
    expect(observe.mock.calls.length).toBeGreaterThan(0);
    for (const [, options] of observe.mock.calls) expect(options?.attributes ?? false).toBe(false);
  });

  it('a portal done animating (a dialog or menu hidden or settled by attributes alone) schedules a look; the app\'s own does not', async () => {
    await settled();
    const popup = document.getElementById('portal')!;
    for (const type of ['transitionend', 'animationend', 'transitioncancel', 'animationcancel']) {
      runs = 0;
      popup.dispatchEvent(new Event(type, { bubbles: true }));
      await settle();
      expect(runs).toBe(1);
    }
    runs = 0;
    document.getElementById('ticker')!.dispatchEvent(new Event('transitionend', { bubbles: true }));
    await settle();
    expect(runs).toBe(0);
  });

  it('a root hidden or shown again by a class or style: its box going to nothing or back schedules a look, other resizes do not', async () => {
    let report: ResizeObserverCallback = () => {};
    const observed: Element[] = [];
    const Real = window.ResizeObserver;
    window.ResizeObserver = class {
      constructor(cb: ResizeObserverCallback) {
        report = cb;
      }
      observe(el: Element) {
        observed.push(el);
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    try {
      await settled();
      const page = document.getElementById('page')!;
      expect(observed).toEqual([page]);
      const size = (target: Element, inlineSize: number, blockSize: number) =>
        report([{ target, borderBoxSize: [{ inlineSize, blockSize }], contentRect: { width: inlineSize, height: blockSize } } as unknown as ResizeObserverEntry], {} as ResizeObserver);
      size(page, 800, 600); // the first report: where it stands
      size(page, 900, 600); // resized, still shown
      await settle();
      expect(runs).toBe(0);
      size(page, 0, 0); // hidden (display: none on it or an ancestor)
      await settle();
      expect(runs).toBe(1);
      size(page, 900, 600); // shown again
      await settle();
      expect(runs).toBe(2);
    } finally {
      window.ResizeObserver = Real;
    }
  });

  it('something animating inside the app itself schedules no look, unless inside a root (an Authorize enabled, a tab turning on)', async () => {
    await settled();
    document.getElementById('ticker')!.dispatchEvent(new Event('transitionrun', { bubbles: true }));
    await settle();
    expect(runs).toBe(0);
    for (const type of ['transitionrun', 'transitionend', 'animationstart', 'animationend']) {
      runs = 0;
      document.getElementById('row')!.dispatchEvent(new Event(type, { bubbles: true }));
      await settle();
      expect(runs).toBe(1);
    }
  });

  it('a <body>-level widget busy inside itself costs nothing once narrowed; a dialog arriving in it counts', async () => {
    const widget = document.createElement('div');
    widget.innerHTML = '<div><span id="cell">0</span></div>';
    document.body.appendChild(widget);
    const w = await settled();
    for (let i = 0; i < 5; i++) {
      document.getElementById('cell')!.textContent = String(i);
      await settle();
    }
    // Narrowed (Navigation API): no derivation at all. Whole document: the filter lets portal changes through.
    expect(runs).toBe(withNavigation ? 0 : 5);
    await click(); // the user opens the dialog
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    widget.appendChild(dialog);
    await settle();
    expect(runs).toBe(1);
    // The derivation sets its roots again (index.ts does on every run): now the widget holds a dialog and is watched whole.
    w.setRoots([document.getElementById('page')]);
    runs = 0;
    dialog.innerHTML = '<p>Renew</p>';
    await settle();
    dialog.querySelector('p')!.textContent = 'Renew Pipe17';
    await settle();
    expect(runs).toBe(2);
  });

  it('a page still short of what it should show: every change counts, for LATE_MS at most', async () => {
    const now = performance.now();
    const w = watch(document, () => runs++, ac.signal);
    const clock = vi.spyOn(performance, 'now').mockReturnValue(now + 10_000); // past the 3 s settle window
    w.setRoots([document.getElementById('page')], false);
    await settle();
    runs = 0;
    document.getElementById('ticker')!.textContent = 'late content';
    await settle();
    expect(runs).toBe(1);
    clock.mockReturnValue(now + 25_000); // past LATE_MS: the usual rules again
    w.setRoots([document.getElementById('page')], false);
    await settle();
    runs = 0;
    for (let i = 0; i < 3; i++) {
      document.getElementById('ticker')!.textContent = String(i);
      await settle();
    }
    expect(runs).toBe(0);
  });

  it('a still page is narrowed when its settle window ends, not at its next change (a burst would come as one batch)', async () => {
    const timer = vi.spyOn(window, 'setTimeout');
    const w = watch(document, () => runs++, ac.signal);
    w.setRoots([document.getElementById('page')]);
    await settle();
    const settleEnd = timer.mock.calls.filter(([, ms]) => (ms ?? 0) > 2000);
    if (!withNavigation) {
      expect(settleEnd).toEqual([]); // nothing to narrow to: the whole document stays observed
      return;
    }
    expect(settleEnd).toHaveLength(1);
    expect(settleEnd[0]![1]).toBeLessThanOrEqual(3001);
    const observed = fireLater(settleEnd[0]![0]);
    expect(observed).toContain(document.getElementById('page'));
    expect(observed).not.toContain(document.documentElement);
    // Narrowed: a burst elsewhere in the app makes no records, so no run.
    for (let i = 0; i < 3; i++) document.getElementById('ticker')!.textContent = String(i);
    await settle();
    expect(runs).toBe(0);
  });

  it('re-derives on a soft navigation announced by the Navigation API', async () => {
    if (!withNavigation) return;
    await settled();
    nav!.dispatchEvent(new Event('currententrychange'));
    await settle();
    expect(runs).toBe(1);
  });

  it('stops after abort', async () => {
    await settled();
    ac.abort();
    document.getElementById('row')!.textContent = 'x';
    await settle();
    expect(runs).toBe(0);
  });
});

describe('scopeOf: what is observed', () => {
  const ids = (nodes: Node[]) => nodes.map((n) => (n instanceof Element ? n.id || n.localName : n.nodeName));
  let input: ScopeInput;
  beforeEach(() => {
    document.body.innerHTML =
      '<div id="app"><main id="main"><section id="page"></section></main></div><div id="portal"><div role="dialog"></div></div><div id="chat"></div>';
    const page = document.getElementById('page')!;
    input = { doc: document, appRoot: document.getElementById('app'), roots: [page], hot: false, navigation: true, active: false };
  });

  it.each<[string, Partial<ScopeInput>]>([
    ['settling (or short of what the page should show)', { hot: true }],
    ['the app’s root unknown', { appRoot: null }],
    ['no Navigation API to hear soft navigations by', { navigation: false }],
  ])('whole document while %s', (_why, over) => {
    expect(scopeOf({ ...input, ...over })).toEqual({ mode: 'whole' });
  });

  it('narrowed on a quiet page: the roots, <head> and portals holding a dialog whole; each root’s parent shallow; never <body>', () => {
    const scope = scopeOf(input);
    expect(scope.mode).toBe('narrowed');
    if (scope.mode === 'whole') return;
    expect(ids(scope.deep)).toEqual(['page', 'head', 'portal']);
    expect(ids(scope.shallow)).toEqual(['main']);
  });

  it('portals while active: <body> and its other top-level children too, for a portal arriving', () => {
    const scope = scopeOf({ ...input, active: true });
    expect(scope.mode).toBe('portals');
    if (scope.mode === 'whole') return;
    expect(ids(scope.deep)).toEqual(['page', 'head', 'portal']);
    expect(ids(scope.shallow)).toEqual(['chat', 'body', 'main']);
  });

  it('a root right under <body>: its parent (<body>) only while active', () => {
    const top = document.getElementById('chat')!;
    const quiet = scopeOf({ ...input, roots: [top] });
    const active = scopeOf({ ...input, roots: [top], active: true });
    if (quiet.mode === 'whole' || active.mode === 'whole') throw new Error('narrowed expected');
    expect(ids(quiet.shallow)).toEqual([]);
    expect(ids(active.shallow)).toEqual(['chat', 'body']); // as any other top-level child, while active
  });
});
