// Pure: read the TikTok connector's status from the Pipe17 app's DOM by its words, not its markup (the stand-in and
// the real app share words, not markup): the title by the connector's name at any heading level or none, the status
// by the words Pipe17's help names, and where no word is shown, the enabled toggle and spinning wheel its
// "ReAuthorize an Integration" page describes (see ../shared/seller-center-evidence.md, Pipe17).
import type { ConnectorState } from '../shared/contract';
import { norm, squash } from '../shared/text';

/** What the state was read from: a status word, or the enabled toggle (with the spinning wheel beside it). */
export type ConnectorEvidence = 'status' | 'toggle' | 'toggle-wheel';
export type ConnectorReading = {
  state: ConnectorState;
  shop: string | null;
  /** The status word as the page shows it; absent when the state comes from the toggle and it has no word. */
  statusText?: string;
  evidence: ConnectorEvidence;
};
export type ConnectorPage =
  | { kind: 'reading'; reading: ConnectorReading }
  /** The connector page, or what should have been it, could not be read: keep the last state, mark it stale. */
  | { kind: 'error'; why: 'error-text' | 'no-badge' }
  /** Some other page of the app, or one that shows several TikTok connectors that disagree: say nothing. */
  | { kind: 'other' };

// Pipe17 help, "Integrations in Pipe17": Connected, Connecting, Not Configured, Error; an integration can be disabled.
const STATUS_WORDS: Record<string, ConnectorState> = {
  connected: 'connected',
  connecting: 'connecting',
  'not configured': 'not-configured',
  error: 'error',
  disconnected: 'disconnected',
  // A disabled integration moves no data and is fixed the way a disconnected one is: Connect on the Pipe17 side.
  disabled: 'disconnected',
};
const ERROR_TEXTS = ['something went wrong', 'page not found'];
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
// "TikTok", "TikTok Shop", "TikTok Shop (US)", maybe "… connector", maybe after a breadcrumb ("Integrations › …").
const NAME = /^(?:.*[›>»/|]\s*)?tiktok(?: shop)?(?: \(?[a-z]{2}\)?)?(?: (?:connector|integration))?$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// A name in a link, a control or the app's navigation names the connector; it is not the title of its page.
const NOT_A_TITLE = 'a, button, select, option, label, nav, aside, [role="navigation"], [role="option"], [role="menuitem"], [role="tab"], [role="button"], [role="link"]';
// Statuses and toggles in the navigation belong to other pages; in a list row, to the connector of that row.
const NOT_OURS = 'nav, aside, [role="navigation"], [role="banner"]';
const ROW = 'li, tr, [role="row"], [role="listitem"]';
const TITLE_CLASS = /title|heading|header|name/i;
const WHEEL_CLASS = /spin|loading|loader|progress/i;
const SWITCH_CLASS = /switch|toggle/i;

/** The element's own text: its direct text nodes, not its children's. */
function ownText(el: Element): string {
  let s = '';
  for (const n of el.childNodes) if (n.nodeType === 3) s += n.nodeValue ?? '';
  return squash(s);
}

/** Elements whose own text passes `test`, found through text nodes (no text walk of every element). */
function byOwnText(root: ParentNode, test: (text: string) => boolean): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const out = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || SKIP.has(parent.tagName) || out.has(parent) || !/\S/.test(n.nodeValue ?? '')) continue;
    if (test(norm(ownText(parent)))) out.add(parent);
  }
  return [...out];
}

const statusOf = (text: string): ConnectorState | undefined =>
  STATUS_WORDS[text.replace(/^status\s*:\s*/, '')] as ConnectorState | undefined;

/** Looks like a title without being a heading: a class that says so, an ARIA level, or type larger than the body's. */
function titleLike(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 3 && norm(e.textContent) === norm(el.textContent); e = e.parentElement, i++) {
    if (e.hasAttribute('aria-level') || [...e.classList].some((c) => TITLE_CLASS.test(c))) return true;
  }
  const view = el.ownerDocument.defaultView;
  const body = el.ownerDocument.body;
  if (!view || !body) return false;
  const size = parseFloat(view.getComputedStyle(el).fontSize);
  const base = parseFloat(view.getComputedStyle(body).fontSize);
  return size > 0 && base > 0 && size >= base * 1.25;
}

/** The connector's titles: headings of any level that name it, then title-like elements that are only its name. */
export function findConnectorTitles(root: ParentNode): Element[] {
  const headings = [...root.querySelectorAll(HEADING)].filter((h) => NAME.test(norm(h.textContent)) && !h.closest(NOT_A_TITLE));
  const others = byOwnText(root, (t) => NAME.test(t)).filter(
    (el) => !headings.some((h) => h.contains(el)) && NAME.test(norm(el.textContent)) && !el.closest(NOT_A_TITLE) && titleLike(el),
  );
  return [...headings, ...others];
}

/** Not in the navigation, and in no list row but the title's own. */
const belongsTo = (el: Element, title: Element): boolean => {
  if (el.closest(NOT_OURS)) return false;
  const row = el.closest(ROW);
  return !row || row.contains(title);
};

/** The nearest of `found` to `title`: search the title's ancestors outwards, so other cards' lose. */
function nearest(title: Element, found: Element[]): Element | null {
  const mine = found.filter((el) => belongsTo(el, title) && !el.contains(title));
  for (let scope = title.parentElement; scope; scope = scope.parentElement) {
    const hit = mine.find((el) => scope.contains(el));
    if (hit) return hit;
  }
  return null;
}

/** The status badge nearest the title. */
export function findBadge(title: Element, root: ParentNode = title.ownerDocument): Element | null {
  return nearest(title, byOwnText(root, (t) => !!statusOf(t)));
}

function isSwitch(el: Element): boolean {
  if (el.getAttribute('role') === 'switch') return true;
  if (el.tagName !== 'INPUT' || (el as HTMLInputElement).type !== 'checkbox') return false;
  for (let e: Element | null = el, i = 0; e && i < 4; e = e.parentElement, i++) if ([...e.classList].some((c) => SWITCH_CLASS.test(c))) return true;
  return false;
}

/** On, off, or null when the toggle does not say. */
function switchState(el: Element): boolean | null {
  const aria = el.getAttribute('aria-checked');
  if (aria === 'true' || aria === 'false') return aria === 'true';
  const input = el.matches('input') ? el : el.querySelector('input[type="checkbox"]');
  return input && 'checked' in input ? !!input.checked : null;
}

/** The enabled toggle nearest the title, if it says whether it is on. */
export function findToggle(title: Element, root: ParentNode = title.ownerDocument): Element | null {
  const toggles = [...root.querySelectorAll('[role="switch"], input[type="checkbox"]')].filter((el) => isSwitch(el) && switchState(el) !== null);
  return nearest(title, toggles);
}

/** The spinning wheel "next to the green enabled toggle": in the toggle's own corner of the page. */
export function findWheel(toggle: Element): Element | null {
  let corner: Element = toggle;
  // A corner is small: climb while the text in it stays short, so the page's other wheels are not "next to" it.
  for (let i = 0; i < 4 && corner.parentElement && squash(corner.parentElement.textContent).length <= 80; i++) corner = corner.parentElement;
  for (const el of corner.querySelectorAll('[role="progressbar"], [aria-busy="true"], [class]')) {
    if (el === toggle || el.contains(toggle) || toggle.contains(el)) continue;
    if (el.matches('[role="progressbar"], [aria-busy="true"]') || [...el.classList].some((c) => WHEEL_CLASS.test(c))) return el;
  }
  return null;
}

/** "Shop: Acme Outdoors US", in one element or split over a label and the next element. */
export function findShopName(scope: ParentNode): string | null {
  for (const el of scope.querySelectorAll('*')) {
    if (SKIP.has(el.tagName)) continue;
    const m = /^shop\s*:\s*(.*)$/i.exec(squash(el.textContent));
    if (!m) continue;
    // Prefer the innermost element that holds the whole "Shop: …" line.
    if ([...el.children].some((c) => /^shop\s*:/i.test(squash(c.textContent)))) continue;
    const name = squash(m[1]) || squash(el.nextElementSibling?.textContent);
    if (name) return name.slice(0, 300);
  }
  return null;
}

function hasErrorText(root: ParentNode): boolean {
  const text = norm((root as Document).body?.textContent ?? (root as Element).textContent);
  return ERROR_TEXTS.some((t) => text.includes(t));
}

/** The shop named nearest the title: in the card holding both the title and what was read, then further out. */
function shopNear(title: Element, read: Element): string | null {
  let scope: Element | null = read;
  while (scope.parentElement && !scope.contains(title)) scope = scope.parentElement;
  for (; scope; scope = scope.parentElement) {
    const shop = findShopName(scope);
    if (shop) return shop;
  }
  return null;
}

function readTitle(title: Element, root: ParentNode): ConnectorReading | null {
  const badge = findBadge(title, root);
  if (badge) {
    const statusText = ownText(badge).replace(/^status\s*:\s*/i, '').slice(0, 200);
    return { state: statusOf(norm(statusText))!, shop: shopNear(title, badge), statusText, evidence: 'status' };
  }
  const toggle = findToggle(title, root);
  if (!toggle) return null;
  const on = switchState(toggle)!;
  const shop = shopNear(title, toggle);
  // Pipe17: after connecting, the integration shows "a Spinning Wheel next to the green enabled toggle or just the toggle".
  if (!on) return { state: 'disconnected', shop, evidence: 'toggle' };
  return findWheel(toggle) ? { state: 'connecting', shop, evidence: 'toggle-wheel' } : { state: 'connected', shop, evidence: 'toggle' };
}

export function readConnectorPage(root: ParentNode): ConnectorPage {
  const titles = findConnectorTitles(root);
  const readings = titles.map((t) => readTitle(t, root)).filter((r): r is ConnectorReading => !!r);
  if (!readings.length) {
    if (hasErrorText(root)) return { kind: 'error', why: 'error-text' };
    // Only a real heading makes this the connector page; a title-like name alone may be a card on another page.
    return titles.some((t) => t.matches(HEADING)) ? { kind: 'error', why: 'no-badge' } : { kind: 'other' };
  }
  // Several TikTok connectors that disagree (a list of regions): which one is meant cannot be told.
  if (readings.some((r) => r.state !== readings[0]!.state)) return { kind: 'other' };
  return { kind: 'reading', reading: readings[0]! };
}

/** The connector's state on the TikTok connector page, or null anywhere else (or when unreadable). */
export function readConnector(root: ParentNode): ConnectorReading | null {
  const page = readConnectorPage(root);
  return page.kind === 'reading' ? page.reading : null;
}
