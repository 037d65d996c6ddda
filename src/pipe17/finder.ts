// Pure: read the TikTok Shop connector's status from the Pipe17 app's DOM, by visible text only
// (the stand-in and the real app share words, not markup).
import type { ConnectorState } from '../shared/contract';
import { squash } from '../shared/text';

export type ConnectorReading = { state: ConnectorState; shop: string | null; statusText: string };
export type ConnectorPage =
  | { kind: 'reading'; reading: ConnectorReading }
  /** The connector page, or what should have been it, could not be read: keep the last state, mark it stale. */
  | { kind: 'error'; why: 'error-text' | 'no-badge' }
  /** Some other page of the app: say nothing. */
  | { kind: 'other' };

const BADGE_WORDS: Record<string, ConnectorState> = {
  connected: 'connected',
  connecting: 'connecting',
  'not configured': 'not-configured',
  error: 'error',
  disconnected: 'disconnected',
};
const ERROR_TEXTS = ['something went wrong', 'page not found'];
const HEADING = 'h1, h2, h3, [role="heading"]';
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);


/** The element's own text: its direct text nodes, not its children's. */
function ownText(el: Element): string {
  let s = '';
  for (const n of el.childNodes) if (n.nodeType === 3) s += n.nodeValue ?? '';
  return squash(s);
}

function elements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => !SKIP.has(el.tagName));
}

export function findConnectorHeading(root: ParentNode): Element | null {
  for (const h of root.querySelectorAll(HEADING)) if (/tiktok shop/i.test(squash(h.textContent))) return h;
  return null;
}

function badgeIn(scope: ParentNode): Element | null {
  for (const el of elements(scope)) if (ownText(el).toLowerCase() in BADGE_WORDS) return el;
  return null;
}

/** The status badge nearest the heading: search the heading's ancestors outwards, so other cards' badges lose. */
export function findBadge(heading: Element): Element | null {
  for (let scope = heading.parentElement; scope; scope = scope.parentElement) {
    const badge = badgeIn(scope);
    if (badge) return badge;
  }
  return null;
}

/** "Shop: Acme Outdoors US", in one element or split over a label and the next element. */
export function findShopName(scope: ParentNode): string | null {
  for (const el of elements(scope)) {
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
  const text = squash((root as Document).body?.textContent ?? (root as Element).textContent).toLowerCase();
  return ERROR_TEXTS.some((t) => text.includes(t));
}

export function readConnectorPage(root: ParentNode): ConnectorPage {
  const heading = findConnectorHeading(root);
  const badge = heading && findBadge(heading);
  if (!heading || !badge) {
    if (hasErrorText(root)) return { kind: 'error', why: 'error-text' };
    return heading ? { kind: 'error', why: 'no-badge' } : { kind: 'other' };
  }
  const statusText = ownText(badge).slice(0, 200);
  // Look for "Shop: …" in the card holding both the heading and the badge first, then further out.
  let scope: Element | null = badge;
  while (scope.parentElement && !scope.contains(heading)) scope = scope.parentElement;
  let shop: string | null = null;
  for (; scope && !shop; scope = scope.parentElement) shop = findShopName(scope);
  return { kind: 'reading', reading: { state: BADGE_WORDS[statusText.toLowerCase()]!, shop, statusText } };
}

/** The connector's state on the TikTok Shop connector page, or null anywhere else (or when unreadable). */
export function readConnector(root: ParentNode): ConnectorReading | null {
  const page = readConnectorPage(root);
  return page.kind === 'reading' ? page.reading : null;
}
