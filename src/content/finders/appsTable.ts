// "My apps and incidents": its tabs, the apps table, the Pipe17 row and its Authorize action.
import type { AppState } from '../../shared/contract';
import { norm, PIPE17, W } from '../text';
import { arco, byIdRef, byText, clickableOf, hasArcoClass, isShown, textOf } from './dom';

const HEADINGS = 'h1, h2, h3, h4, [role="heading"], [class*="title"], [class*="header"] span, [class*="breadcrumb"] span';
// Tabs, or the same two choices as a segmented control (Arco's Radio.Group of buttons).
const TABS = `[role="tab"], ${arco('tabs-header-title')}, ${arco('radio-button')}, [role="radio"]`;

// Rows as `<table>` rows, ARIA rows, or Arco's div rows (`<prefix>-table-tr`: a virtualized table draws them so).
export const ROWS = `tr, [role="row"], ${arco('table-tr')}`;
export const CELLS = `td, [role="cell"], [role="gridcell"], ${arco('table-td')}`;

export interface Pipe17Row {
  row: Element;
  /** The Authorize action on that row, or in its open "More" (⋯) menu; null when it has none (not the shop owner). */
  authorize: Element | null;
  /**
   * The row's "More" (⋯) menu button, while Authorize is not on the row and the menu has not been seen without it:
   * Authorize may be inside. Null otherwise.
   */
  more?: Element | null;
  /** `authorize` is an item of the row's open "More" menu. */
  inMenu?: boolean;
  state: AppState;
  statusText?: string;
  /** yyyy-mm-dd */
  expiresAt?: string;
  /**
   * Read by structure, in a language the guide has no words for (finders/appsPageByStructure.ts): `authorize` is the
   * row's action cell, or the one action in it that opened the Renew dialog on this page; `label` is that action's text.
   */
  unread?: boolean;
  label?: string;
  /** The status tag's colour, from its class names: a second signal beside the expiry date, never the only one. */
  tone?: 'good' | 'bad';
}

export interface AppsPageFacts {
  /** The page container that holds the heading/tabs and the table. */
  page: Element;
  appsTab: Element | null;
  appsTabActive: boolean;
  /** The table is still loading (spinner shown, no rows yet). */
  loading: boolean;
  pipe17: Pipe17Row | null;
  searchBox: Element | null;
  pager: Element | null;
}

/** A tab's label without the count some tabs carry: "Apps (14)", "Incidents 2", "Incidents 99+". */
const tabText = (el: Element): string => textOf(el).replace(/\s*[(（]?\d+\+?[)）]?$/, '');

function tabs(root: ParentNode): { apps: Element | null; incidents: Element | null } {
  let apps: Element | null = null;
  let incidents: Element | null = null;
  for (const el of root.querySelectorAll(TABS)) {
    const t = tabText(el);
    if (!apps && W.appsTab.has(t)) apps = el;
    else if (!incidents && W.incidentsTab.has(t)) incidents = el;
  }
  return { apps, incidents };
}

export const isSelectedTab = (tab: Element): boolean => {
  if (tab.getAttribute('aria-selected') === 'true' || tab.getAttribute('aria-checked') === 'true') return true;
  if ([...tab.classList].some((c) => c.endsWith('tabs-header-title-active') || c.endsWith('radio-checked'))) return true;
  const radio = tab.querySelector('input[type="radio"]');
  return radio instanceof HTMLInputElement && radio.checked;
};

/** The My apps and incidents page: its heading, or Apps + Incidents tabs over a table. Null elsewhere. */
export function findAppsPage(root: ParentNode, previous?: Element | null): Element | null {
  // The page found last time, while it is still shown and still holds its heading or tabs: no document-wide scan.
  if (previous?.isConnected && root.contains(previous) && isShown(previous)) {
    const t = tabs(previous);
    if ((t.apps && t.incidents) || byText(previous, HEADINGS, W.myAppsHeading).length) return previous;
  }
  const heading = byText(root, HEADINGS, W.myAppsHeading).find((el) => isShown(el));
  const { apps, incidents } = tabs(root);
  const tabsShown = apps && incidents && isShown(apps) ? apps : null;
  if (!heading && !tabsShown) return null;
  // The smallest ancestor that holds the heading (or tabs) and a table.
  let page: Element | null = (heading ?? tabsShown)!;
  while (page && page.parentElement && !page.querySelector(`table, [role="table"], [role="grid"], [role="tabpanel"], ${arco('table')}`)) {
    page = page.parentElement;
  }
  if (heading && tabsShown) while (page && !page.contains(tabsShown)) page = page.parentElement;
  return page ?? null;
}

/** yyyy-mm-dd from the date forms Seller Center uses (2026-12-01, 2026/12/01, 12/01/2026). */
export function parseDate(text: string): string | undefined {
  let m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  let y: string, mo: string, d: string;
  if (m) [, y, mo, d] = m as unknown as [string, string, string, string];
  else {
    m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
    if (!m) return undefined;
    [, mo, d, y] = m as unknown as [string, string, string, string];
  }
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

function statusOf(row: Element): { state: AppState; statusText?: string } {
  for (const el of row.querySelectorAll(`${arco('tag')}, [data-tid="m4b_tag"], [class*="status"], [class*="badge"], ${CELLS}, span`)) {
    const t = textOf(el);
    if (W.statusExpired.has(t)) return { state: 'expired', statusText: el.textContent!.trim() };
    if (W.statusExpiring.has(t)) return { state: 'expiring', statusText: el.textContent!.trim() };
    if (W.statusActive.has(t)) return { state: 'active', statusText: el.textContent!.trim() };
  }
  return { state: 'unknown' };
}

function expiryOf(row: Element): string | undefined {
  // A row of bare divs has no cells by name: its children are.
  const cells = row.querySelectorAll(CELLS);
  for (const cell of cells.length ? cells : row.children) {
    const d = parseDate(cell.textContent ?? '');
    if (d) return d;
  }
  return undefined;
}


/** True when `el`'s own label (a cell's text, a link, a strong) reads exactly "Pipe17". */
export function namesPipe17(row: Element): boolean {
  if (!norm(row.textContent).includes(PIPE17)) return false;
  for (const cell of row.querySelectorAll(CELLS)) {
    if (!norm(cell.textContent).includes(PIPE17)) continue;
    if (textOf(cell) === PIPE17) return true;
    // An app-name cell also holds a logo and a one-line description: accept a leaf that is exactly the name.
    for (const el of cell.querySelectorAll('a, span, div, strong, b, p')) {
      if (el.childElementCount === 0 && textOf(el) === PIPE17) return true;
    }
  }
  return false;
}

/** The visible Pipe17 row of an apps table (not an incident, a notification, or another app's description). */
export function findPipe17Row(page: ParentNode, previous?: Element | null): Element | null {
  if (previous && previous.isConnected && page.contains(previous) && isShown(previous) && namesPipe17(previous) && isAppRow(previous)) return previous;
  // Other rows may name Pipe17 too (an incident about it, a notification list): the app's own row shows its
  // authorization status or its Authorize action. Without either anywhere, the first row naming Pipe17.
  let first: Element | null = null;
  for (const row of page.querySelectorAll(ROWS)) {
    if (row.closest('thead')) continue;
    if (!namesPipe17(row) || !isShown(row)) continue;
    if (isAppRow(row)) return row;
    first ??= row;
  }
  return first ?? bareRow(page);
}

const STATUS_WORDS: ReadonlySet<string> = new Set([...W.statusActive, ...W.statusExpiring, ...W.statusExpired]);
const ACTION_LABELS = 'button, a, [role="button"], [role="link"], [role="menuitem"], span';
const STATUS_LABELS = `${arco('tag')}, [class*="status"], [class*="badge"], span, div`;
export const NOT_A_ROW = 'thead, [role="columnheader"], [role="alert"], [class*="alert"], [class*="notification"]';

/**
 * A row drawn with divs and nothing that says row (no `tr`, row role or table class): from a text that is exactly
 * "Pipe17", the smallest ancestor holding an Authorize or a status, and never one holding two (that is the list).
 */
function bareRow(page: ParentNode): Element | null {
  const walker = document.createTreeWalker(page as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const leaf = n.parentElement;
    // A name not on screen (another tab's pane) names no row here, however big a shown block around it is.
    if (!leaf || norm(n.textContent) !== PIPE17 || leaf.closest(NOT_A_ROW) || !isShown(leaf)) continue;
    for (let el: Element | null = leaf.parentElement; el && el !== page; el = el.parentElement) {
      const actions = byText(el, ACTION_LABELS, W.authorize).length;
      const statuses = byText(el, STATUS_LABELS, STATUS_WORDS).length;
      if (actions > 1 || statuses > 1) break;
      if (actions || statuses) return el;
    }
  }
  return null;
}

const isAppRow = (row: Element): boolean => statusOf(row).state !== 'unknown' || findAuthorize(row) !== null;

/** The enabled Authorize action in a row, or in a menu. */
export function findAuthorize(scope: Element): Element | null {
  for (const el of byText(scope, ACTION_LABELS, W.authorize)) {
    const action = clickableOf(el);
    if (isShown(action) && !action.matches('[disabled], [aria-disabled="true"]')) return action;
  }
  return null;
}

/** A row's overflow menu button: Arco's ⋯ (or ⋮) icon, a button named "More", or one that says it opens a menu. */
export function findMoreTrigger(row: Element): Element | null {
  for (const el of row.querySelectorAll(`${arco('icon-more')}, ${arco('icon-more-vertical')}, button, a, [role="button"], [aria-haspopup]`)) {
    const more =
      hasArcoClass(el, 'icon-more') ||
      hasArcoClass(el, 'icon-more-vertical') ||
      /^(menu|true)$/.test(el.getAttribute('aria-haspopup') ?? '') ||
      W.more.has(norm(el.getAttribute('aria-label'))) ||
      W.more.has(textOf(el));
    if (!more) continue;
    const trigger = clickableOf(el);
    if (isShown(trigger) && row.contains(trigger)) return trigger;
  }
  return null;
}

// A dropdown menu, or a menu inside a popup (`<prefix>-trigger`), spelled out: `${arco('trigger')} [role="menu"]`
// would put the descendant part on arco()'s last alternative only, and its first would match every bare popup.
const OPEN_MENUS = `${arco('dropdown-menu')}, [class$="-trigger"] [role="menu"], [class*="-trigger "] [role="menu"]`;

const isOpen = (trigger: Element): boolean =>
  trigger.getAttribute('aria-expanded') === 'true' || [...trigger.classList].some((c) => c.endsWith('-popup-visible') || c.endsWith('dropdown-open'));

/**
 * The menu a trigger has open: the one its aria-controls names, else the shown dropdown menu (Arco draws it at the
 * end of `<body>`, unlinked; one is open at a time). Null while it is closed.
 */
export function openMenuOf(trigger: Element): Element | null {
  if (!isOpen(trigger)) return null;
  const named = byIdRef(trigger, 'aria-controls');
  if (isShown(named)) return named;
  const menus = [...trigger.ownerDocument.querySelectorAll(OPEN_MENUS)].filter((el) => isShown(el));
  return menus[menus.length - 1] ?? null;
}

// Menu buttons seen open without Authorize in them: that row has none (not the shop owner), whatever the menu is.
const menuWithoutAuthorize = new WeakSet<Element>();

export function readPipe17Row(row: Element): Pipe17Row {
  const expiresAt = expiryOf(row);
  let authorize = findAuthorize(row);
  let more: Element | null = null;
  if (!authorize) {
    const trigger = findMoreTrigger(row);
    const menu = trigger ? openMenuOf(trigger) : null;
    if (trigger && menu) {
      authorize = findAuthorize(menu);
      if (authorize) menuWithoutAuthorize.delete(trigger);
      else if ([...menu.querySelectorAll('[role="menuitem"], li')].some((el) => isShown(el))) menuWithoutAuthorize.add(trigger);
    }
    if (trigger && !authorize && !menuWithoutAuthorize.has(trigger)) more = trigger;
  }
  return { row, authorize, more, ...(authorize && !row.contains(authorize) ? { inMenu: true } : {}), ...statusOf(row), ...(expiresAt ? { expiresAt } : {}) };
}

export function findSearchBox(page: ParentNode): Element | null {
  for (const el of page.querySelectorAll('input[type="search"], input[type="text"], input:not([type]), [role="searchbox"]')) {
    const hint = norm(`${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
    if ([...W.searchHint].some((w) => hint.includes(w)) && isShown(el)) {
      return el.closest(`${arco('input-inner-wrapper')}, ${arco('input-group-wrapper')}`) ?? el;
    }
  }
  return null;
}

export function findPager(page: ParentNode): Element | null {
  for (const el of page.querySelectorAll(`${arco('pagination')}, [role="navigation"], nav`)) {
    if (isShown(el) && el.querySelector('li, button, a')) return el;
  }
  return null;
}

export function readAppsPage(root: ParentNode, previous?: { page?: Element | null; row?: Element | null }): AppsPageFacts | null {
  const page = findAppsPage(root, previous?.page);
  if (!page) return null;
  const { apps } = tabs(page);
  const appsTab = apps ? clickableOf(apps) : null;
  const appsTabActive = apps ? isSelectedTab(apps) || isSelectedTab(appsTab!) : true;
  const row = appsTabActive ? findPipe17Row(page, previous?.row) : null;
  const loading =
    !row &&
    !!page.querySelector(`${arco('spin-loading')}, ${arco('spin-icon')}, [aria-busy="true"]`);
  return {
    page,
    appsTab,
    appsTabActive,
    loading,
    pipe17: row ? readPipe17Row(row) : null,
    searchBox: row ? null : findSearchBox(page),
    pager: row ? null : findPager(page),
  };
}
