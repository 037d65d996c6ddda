// Keeping the spotlight and the tooltip on their targets. Written here rather than using @floating-ui/dom:
// the guide needs one anchored box with flip and shift, and floating-ui's 6 kB (gzip) was 40% of the
// 15 kB budget for what every Seller Center page loads (see bench/README.md).

export type Side = 'right' | 'left' | 'bottom' | 'top';
export interface Box {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Viewport {
  width: number;
  height: number;
}
type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/** `row`: below a table row's action, else to its left, over the row's own text: above or below, it would cover the
 * other rows' actions (another app's Authorize). */
const ORDER: Record<Side | 'row', Side[]> = {
  row: ['bottom', 'left', 'top', 'right'],
  right: ['right', 'left', 'bottom', 'top'],
  left: ['left', 'right', 'bottom', 'top'],
  bottom: ['bottom', 'top', 'right', 'left'],
  top: ['top', 'bottom', 'right', 'left'],
};

const room = (a: Rect, side: Side, vp: Viewport): number =>
  side === 'right' ? vp.width - a.right : side === 'left' ? a.left : side === 'bottom' ? vp.height - a.bottom : a.top;

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Where to put a box of `size` beside `anchor`: the preferred side if it fits, else the next that fits
 * (flip), else the roomiest; then slid along to stay inside the viewport (shift). `align: 'start'` lines
 * the box up with the anchor's top/left edge instead of its centre.
 */
export function placeBeside(
  anchor: Rect,
  size: Size,
  vp: Viewport,
  prefer: Side | 'row',
  align: 'center' | 'start' = 'center',
  gap = 14,
  pad = 8,
  /** Nothing above this line: the page's top bar, which says who is signed in. */
  top = 0,
): Box & { side: Side } {
  const sides = ORDER[prefer];
  const need = (s: Side) => (s === 'left' || s === 'right' ? size.width : size.height) + gap + pad;
  const side = sides.find((s) => room(anchor, s, vp) >= need(s)) ?? sides.reduce((a, b) => (room(anchor, b, vp) > room(anchor, a, vp) ? b : a));
  let x: number;
  let y: number;
  if (side === 'right' || side === 'left') {
    x = side === 'right' ? anchor.right + gap : anchor.left - gap - size.width;
    y = align === 'start' ? anchor.top : anchor.top + anchor.height / 2 - size.height / 2;
  } else {
    y = side === 'bottom' ? anchor.bottom + gap : anchor.top - gap - size.height;
    x = align === 'start' ? anchor.left : anchor.left + anchor.width / 2 - size.width / 2;
  }
  const minY = Math.max(pad, top + pad);
  return { side, x: clamp(x, pad, vp.width - size.width - pad), y: clamp(y, minY, vp.height - size.height - pad) };
}

/**
 * Calls `update` (coalesced to one call per frame) whenever `els` may have moved: any scroll (the window or
 * an inner scroll container: scroll events are caught in the capture phase), a resize, a size change of
 * `els`, or the end of an animation or transition on one of them or an ancestor (a dialog zooming in moves its
 * fields by a transform, which no resize reports and no DOM change need follow). DOM changes that move them are
 * reported by the page watcher through `repositionAll`.
 * Returns the teardown. No polling: a still page costs nothing.
 */
const trackers = new Set<() => void>();
export function track(els: Element[], update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
  };
  const ac = new AbortController();
  const opts = { capture: true, passive: true, signal: ac.signal } as const;
  window.addEventListener('scroll', schedule, opts);
  window.addEventListener('resize', schedule, opts);
  const moved = (e: Event) => {
    const from = e.target;
    if (from instanceof Node && els.some((el) => from.contains(el))) schedule();
  };
  for (const type of ['animationend', 'animationcancel', 'transitionend', 'transitioncancel']) window.addEventListener(type, moved, opts);
  const ro = new ResizeObserver(schedule);
  for (const el of els) ro.observe(el);
  trackers.add(schedule);
  return () => {
    ac.abort();
    ro.disconnect();
    trackers.delete(schedule);
    if (frame) cancelAnimationFrame(frame);
  };
}

/** The page changed (rows inserted above the target, a panel opened): re-measure everything tracked. */
export function repositionAll(): void {
  for (const schedule of trackers) schedule();
}

const PAD = 4;
const BUTTON = 'button, a, [role="button"]';
// Two levels up: Arco's Space wraps each button of a row in its own item.
const inButtonRow = (el: Element): boolean => el.matches(BUTTON) && !el.closest('[role="menu"]') && (el.parentElement?.parentElement?.querySelectorAll(BUTTON).length ?? 0) > 1;

/**
 * The bottom of the page's top bar (Seller Center's header, with the account signed in), or 0: a bar spanning most
 * of the width at the very top of the window. The checklist docks below it so the account line stays readable.
 */
export function topBarBottom(doc: Document = document): number {
  const vw = doc.documentElement.clientWidth;
  let bottom = 0;
  for (const el of doc.querySelectorAll('header, [role="banner"], [class*="header" i]')) {
    const r = el.getBoundingClientRect();
    if (r.top <= 1 && r.height > 24 && r.height < 140 && r.width >= vw / 2) bottom = Math.max(bottom, r.bottom);
  }
  return bottom;
}
let following: { target: Element | null; anchor: Element | null; stop: () => void; top: number } | null = null;

/**
 * Puts the spotlight ([data-guide=spotlight]) on `target` and the tooltip beside `anchor` (the target, or the
 * dialog the checklist docks to), and keeps them there. Called after every render; re-binds only when the
 * target or anchor changed, otherwise just re-measures.
 */
export function follow(
  shadow: ShadowRoot,
  target: Element | null,
  anchor: Element | null,
  align: 'center' | 'start',
): void {
  const spot = shadow.querySelector<HTMLElement>('[data-guide="spotlight"]');
  const tip = shadow.querySelector<HTMLElement>('[data-guide="tooltip"]');
  const update = () => {
    if (spot && target) {
      const r = target.getBoundingClientRect();
      const gone = !target.isConnected || (r.width === 0 && r.height === 0);
      spot.hidden = gone;
      if (!gone) {
        spot.style.left = `${r.left - PAD}px`;
        spot.style.top = `${r.top - PAD}px`;
        spot.style.width = `${r.width + 2 * PAD}px`;
        spot.style.height = `${r.height + 2 * PAD}px`;
      }
    }
    if (tip && anchor) {
      // Docked below the header, it must also end above the window's bottom: a long checklist scrolls inside.
      const top = following?.top ?? 0;
      tip.style.maxHeight = top ? `calc(100vh - ${Math.round(top) + 16}px)` : '';
      const { x, y } = placeBeside(
        anchor.getBoundingClientRect(),
        { width: tip.offsetWidth, height: tip.offsetHeight },
        { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
        // Beside a navigation item; below a table row's action or a button in a row of buttons (Cancel beside
        // Authorize), so the others stay visible and clickable.
        anchor.closest('tr, [role="row"]') ? 'row' : inButtonRow(anchor) ? 'bottom' : 'right',
        align,
        undefined,
        undefined,
        top,
      );
      tip.style.left = `${x}px`;
      tip.style.top = `${y}px`;
    }
  };
  if (!following || following.target !== target || following.anchor !== anchor) {
    following?.stop();
    const els = [target, anchor, tip].filter((e): e is Element => !!e);
    // Beside a dialog the checklist is tall and high up: keep it off the header's account line.
    following = { target, anchor, stop: els.length ? track(els, update) : () => {}, top: align === 'start' ? topBarBottom() : 0 };
  }
  update();
}

export function unfollow(): void {
  following?.stop();
  following = null;
}
