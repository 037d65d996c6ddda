// My apps and incidents in a language the guide has no words for: the page by its URL, Pipe17 by its name (never
// translated) and the row it sits in, the row's actions by the cell that holds them. Loaded with the UI (ui.tsx) only
// where the word finders found no apps page on /services/authorizations: never part of the bytes every page carries.
import { norm, PIPE17 } from '../text';
import {
  CELLS,
  findMoreTrigger,
  findPager,
  isSelectedTab,
  namesPipe17,
  NOT_A_ROW,
  openMenuOf,
  readPipe17Row,
  ROWS,
  type AppsPageFacts,
  type Pipe17Row,
} from './appsTable';
import { arco, clickableOf, isShown, outermost, textOf } from './dom';

const TABLES = `table, [role="table"], [role="grid"], ${arco('table')}`;
const TABS = `[role="tab"], ${arco('tabs-header-title')}, ${arco('radio-button')}`;
const ACTIONS = `button, a[href], [role="button"], [role="link"], [role="menuitem"], ${arco('btn')}, ${arco('link')}`;
const INPUTS = 'input[type="search"], input[type="text"], input:not([type]), [role="searchbox"]';

/** The label of the row action that opened the Pipe17 Renew dialog on this page (renewDialogByKind.ts tells). */
let learned = '';
export const learnAction = (label: string): void => {
  learned = norm(label);
};

let lastRow: Element | null = null;
/**
 * The row found last time still is one: shown, naming Pipe17 in a cell or in a text of its own. Never the bare text
 * alone (a list of one app): a list that grows around it has a row by shape to find.
 */
const stillRow = (): boolean =>
  !!lastRow?.isConnected && isShown(lastRow) && (namesPipe17(lastRow) || pipe17Texts(lastRow).some((t) => t !== lastRow));

/** Shown elements matching `selector`, the outermost of any nested pair (Arco puts role=tab on its title element). */
const shown = (scope: ParentNode, selector: string): Element[] => outermost([...scope.querySelectorAll(selector)].filter((el) => isShown(el)));

/** Shown, enabled actions of a cell other than the app's own name (a link to its page). */
const actionsIn = (cell: Element): Element[] => {
  const out = new Set<Element>();
  for (const el of cell.querySelectorAll(ACTIONS)) {
    const a = clickableOf(el);
    if (isShown(a) && textOf(a) !== PIPE17 && !a.matches('[disabled], [aria-disabled="true"]')) out.add(a);
  }
  return outermost([...out]);
};

/**
 * The row's one cell holding actions: undefined when two cells do (which one acts is a guess), null when none does.
 * A row of bare children (no cells by name) is read by its children.
 */
export function actionCellOf(row: Element): Element | null | undefined {
  const cells = row.querySelectorAll(CELLS);
  const holding = [...(cells.length ? cells : row.children)].filter((c) => actionsIn(c).length > 0);
  return holding.length > 1 ? undefined : (holding[0] ?? null);
}

const GOOD = /-(?:tag|badge-color)-(?:green|success)$/;
const BAD = /-(?:tag|badge-color)-(?:red|orangered|orange|gold|magenta|error|warning)$/;

/** The status tag's colour, from its class names alone (never computed styles, which themes change). */
export function toneOf(row: Element): 'good' | 'bad' | undefined {
  for (const el of row.querySelectorAll('[class]')) {
    for (const c of el.classList) {
      if (GOOD.test(c)) return 'good';
      if (BAD.test(c)) return 'bad';
    }
  }
  return undefined;
}

/**
 * The Pipe17 row read by structure: its action cell, narrowed to the one action known to renew when there is one. A
 * "More" (⋯) menu in the cell (found by its icon or aria-haspopup, no word): once open, the known item in it, else the
 * whole menu (the tooltip names the English item to pick); closed, its trigger where the renew action can only be in it
 * (the cell's only action, or the known label no action of the cell).
 */
export function readPipe17RowByStructure(row: Element, label = learned): Pipe17Row {
  const read = readPipe17Row(row);
  const tone = toneOf(row);
  const base = { ...read, more: null, unread: true, ...(tone ? { tone } : {}) };
  const cell = actionCellOf(row);
  // A cell naming Pipe17 as well is no action cell: the row taken is too big (a block holding the list).
  if (!cell || [...cell.querySelectorAll('*')].some((el) => !el.childElementCount && textOf(el) === PIPE17)) return { ...base, authorize: null };
  const one = (scope: Element): Element | undefined => {
    const known = label ? actionsIn(scope).filter((a) => textOf(a) === label) : [];
    return known.length === 1 ? known[0] : undefined;
  };
  const labelled = (a: Element): Pipe17Row => ({ ...base, authorize: a, label: a.textContent!.replace(/\s+/g, ' ').trim() });
  const inCell = one(cell);
  if (inCell) return labelled(inCell);
  const trigger = findMoreTrigger(cell);
  // Arco draws the open menu at the end of <body>: a click in it counts as one in the row (features/renewal.ts).
  const menu = trigger && openMenuOf(trigger);
  if (menu) {
    const item = one(menu);
    return item ? labelled(item) : { ...base, authorize: menu };
  }
  const actions = actionsIn(cell);
  const elsewhere = !!label && !actions.some((a) => textOf(a) === label);
  if (trigger && (elsewhere || (actions.length === 1 && actions[0] === trigger))) return { ...base, authorize: null, more: trigger };
  return { ...base, authorize: cell };
}

/** A list item's shape: its tag and its children's, in order. */
const shapeOf = (el: Element): string => `${el.tagName}>${[...el.children].map((c) => c.tagName).join()}`;

/**
 * Rows drawn with bare divs (no table, row or cell markup), one for each shown text that is exactly "Pipe17" outside a
 * notice, a column header or a dialog: the smallest ancestor with two children or more and a shown sibling of the same
 * shape (a repeated list item). Too small (a cell) holds no action and too big (the list) two action cells: both end in
 * the manual instruction, never in another app's action. A list of one app has no repeated item: the text itself is
 * returned, a row without actions, so the guide gives the manual instruction on the page it already is on.
 */
function rowsByShape(scope: Element): Element[] {
  const out = new Set<Element>();
  for (const leaf of pipe17Texts(scope)) {
    let row: Element = leaf;
    for (let el: Element | null = leaf; el && el !== scope; el = el.parentElement) {
      const shape = shapeOf(el);
      if (el.childElementCount > 1 && [...el.parentElement!.children].some((s) => s !== el && shapeOf(s) === shape && isShown(s))) {
        row = el;
        break;
      }
    }
    out.add(row);
  }
  return [...out];
}

/** Shown elements of `scope` (itself included) whose whole text is "Pipe17", outside a notice, a column header or a dialog. */
function pipe17Texts(scope: Element): Element[] {
  const out: Element[] = [];
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const leaf = n.parentElement;
    if (leaf && norm(n.textContent) === PIPE17 && textOf(leaf) === PIPE17 && !leaf.closest(`${NOT_A_ROW}, [role="dialog"]`) && isShown(leaf)) out.push(leaf);
  }
  return out;
}

/**
 * The apps page on `/services/authorizations` (the caller checks the URL) when no word of it was recognised: the table
 * under two tabs (Apps first, as the contract has them), the tab the URL names, the one row naming exactly Pipe17.
 * Null while the page shows no table and no loading spinner yet.
 */
export function readAppsByStructure(root: Document, url: string = root.location?.href ?? ''): AppsPageFacts | null {
  const table = [...root.querySelectorAll(TABLES)].find((el) => isShown(el)) ?? null;
  const spin = root.querySelector(`${arco('spin-loading')}, [aria-busy="true"]`);
  // No table: a list drawn with bare divs, known by its Pipe17 row (the one found last time while it still is one).
  const bare = table || spin || !root.body ? null : stillRow() ? [lastRow!] : rowsByShape(root.body);
  const anchor = table ?? spin ?? bare?.[0]?.parentElement;
  if (!anchor) return null;
  // The page: the smallest ancestor holding the table (or list) and the two tabs over it; without tabs, the table's block.
  let page: Element = anchor.parentElement ?? anchor;
  for (let el = anchor.parentElement; el && el !== root.documentElement; el = el.parentElement) {
    if (shown(el, TABS).length >= 2) {
      page = el;
      break;
    }
  }
  const tabs = shown(page, TABS);
  const pair = tabs.length === 2 ? tabs : null;
  let tabParam: string | null = null;
  try {
    tabParam = new URL(url).searchParams.get('tab');
  } catch {
    // No URL to read: the tabs say which is shown.
  }
  const appsTabActive = tabParam !== 'incidents' && !(pair && isSelectedTab(pair[1]!) && !isSelectedTab(pair[0]!));
  // The row found last time, while it still is one: most changes leave it in place, and a long list is not walked again.
  const kept = appsTabActive && page.contains(lastRow) && stillRow() ? [lastRow!] : null;
  const rows = kept ?? (!appsTabActive ? [] : bare ?? [...page.querySelectorAll(ROWS)].filter((r) => !r.closest('thead') && namesPipe17(r) && isShown(r)));
  // Nested matches (an Arco div row inside a row role) are one row: the innermost.
  const own = rows.filter((r) => !rows.some((o) => o !== r && r.contains(o)));
  lastRow = own.length === 1 ? own[0]! : null;
  let pipe17: Pipe17Row | null = null;
  if (own.length === 1) pipe17 = readPipe17RowByStructure(own[0]!);
  // Two rows name Pipe17: which one is its app is a guess, so the manual instruction.
  else if (own.length > 1) pipe17 = { row: own[0]!, authorize: null, more: null, unread: true, state: 'unknown' };
  const inputs = pipe17 ? [] : shown(page, INPUTS);
  return {
    page,
    appsTab: pair ? clickableOf(pair[0]!) : null,
    appsTabActive,
    loading: !pipe17 && !!spin,
    pipe17,
    // One text box over the list is its search; two, and which one searches is a guess.
    searchBox: inputs.length === 1 ? (inputs[0]!.closest(`${arco('input-inner-wrapper')}, ${arco('input-group-wrapper')}`) ?? inputs[0]!) : null,
    pager: pipe17 ? null : findPager(page),
  };
}
