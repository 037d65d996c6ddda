// The support report's outline of the parts of a page the guide looks at: their structure, never their data. Page
// text appears only where it is one of the guide's own words or "Pipe17"; everything else is a length placeholder,
// so no shop name, person, email, phone or order can reach the report. Loaded on demand, never on every page.
import { norm, squash } from '../../shared/text';
import { PIPE17, W } from '../text';

/** The guide's own words, every locale: the only page text an outline may repeat. */
const KNOWN: ReadonlySet<string> = new Set([PIPE17, ...Object.values(W).flatMap((set: ReadonlySet<string>) => [...set])]);

// Arco's component stems (and the m4b layer's), whatever prefix a page draws them under.
const STEMS =
  'btn|button|table|select|menu|tabs|modal|checkbox|radio|form|input|textarea|link|tag|badge|dropdown|trigger|cascader|' +
  'pagination|spin|loading|typography|space|popover|tooltip|layout|collapse|list|card|divider|icon|avatar|switch|drawer|' +
  'message|notification|empty|grid|row|col|picker|steps|alert|image|upload|tree|breadcrumb|skeleton|result|statistic|' +
  'descriptions|timeline|progress|popconfirm|virtual-list|overflow|tabs-header|scrollbar|affix|anchor|input-number|auto-complete';
/** A prefix of up to three parts (`theme-arco`, `core`, `arco`, `theme-m4b`…), a stem, at most four lower-case parts after it. */
const ARCO_CLASS = new RegExp(`^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*){0,2}-(?:${STEMS})(?:-[a-z0-9]+){0,4}$`);
const ROLES = new Set(
  ('alert button cell checkbox columnheader combobox dialog grid gridcell group heading img link list listbox listitem menu ' +
    'menubar menuitem menuitemcheckbox menuitemradio navigation none option presentation progressbar radio radiogroup region ' +
    'row rowgroup rowheader search searchbox separator spinbutton status switch tab table tablist tabpanel textbox toolbar ' +
    'tooltip tree treeitem banner main complementary contentinfo form alertdialog').split(' '),
);
// ARIA attributes whose values are tokens, numbers, or id references: shown, shown, or only said to be there.
const ARIA_TOKENS = new Set(['true', 'false', 'mixed', 'menu', 'listbox', 'dialog', 'tree', 'grid', 'page', 'step', 'location', 'date', 'time', 'polite', 'assertive', 'off', 'horizontal', 'vertical', 'ascending', 'descending', 'none', 'other', 'both', 'inline', 'list']);
const ARIA_TEXT = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext']);
const ARIA_REFS = new Set(['aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant', 'aria-flowto', 'aria-details', 'aria-errormessage']);
const INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'number', 'checkbox', 'radio', 'button', 'submit', 'hidden', 'password', 'url', 'date']);
/** Links the guide relies on, shown by their path; every other link only as a link. */
const KNOWN_PATHS = ['/services/authorizations', '/services/market'];
const TAG = /^[a-z][a-z0-9-]{0,30}$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// Drawn shapes: their inside is geometry, not structure worth reading.
const LEAVES = new Set(['svg', 'img', 'canvas', 'video', 'iframe']);

export interface OutlineOptions {
  /** Levels below each root. */
  depth?: number;
  /** Elements per root. */
  nodes?: number;
}

/** Page text as an outline may show it: one of the guide's words, or its length. */
export function safeText(text: string | null | undefined): string {
  const t = squash(text);
  if (!t) return '';
  return KNOWN.has(norm(t)) ? JSON.stringify(t) : `[text ${[...t].length}]`;
}

/** Arco classes by their component stem, prefix kept; hashed, generated and the page's own classes dropped. */
export const classStems = (el: Element): string[] => [...el.classList].filter((c) => c.length <= 60 && ARCO_CLASS.test(c));

function ownText(el: Element): string {
  let s = '';
  for (const n of el.childNodes) if (n.nodeType === 3) s += n.nodeValue ?? '';
  return s;
}

function attributes(el: Element): string[] {
  const out: string[] = [];
  const role = el.getAttribute('role');
  if (role !== null) out.push(ROLES.has(role.trim().toLowerCase()) ? `role=${role.trim().toLowerCase()}` : 'role=[other]');
  for (const { name, value } of [...el.attributes]) {
    if (!name.startsWith('aria-') || !/^aria-[a-z]{1,30}$/.test(name)) continue;
    if (ARIA_REFS.has(name)) out.push(`${name}=[ref]`);
    else if (ARIA_TEXT.has(name)) out.push(`${name}=${safeText(value) || '""'}`);
    else if (ARIA_TOKENS.has(value.trim().toLowerCase()) || /^\d{1,4}$/.test(value.trim())) out.push(`${name}=${value.trim().toLowerCase()}`);
    else out.push(`${name}=[value]`);
  }
  const tid = el.getAttribute('data-tid');
  if (tid !== null) out.push(/^m4b_[a-z0-9_]{1,40}$/i.test(tid) ? `data-tid=${tid}` : 'data-tid=[other]');
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    out.push(`type=${INPUT_TYPES.has(type) ? type : '[other]'}`);
    // Whether a field holds something, never what: a typed address or phone stays on the page.
    if (type === 'checkbox' || type === 'radio') out.push((el as HTMLInputElement).checked ? 'checked' : 'unchecked');
    else out.push((el as HTMLInputElement).value ? 'filled' : 'empty');
  }
  const placeholder = el.getAttribute('placeholder');
  if (placeholder !== null) out.push(`placeholder=${safeText(placeholder) || '""'}`);
  if (el.hasAttribute('disabled')) out.push('disabled');
  const href = el.getAttribute('href');
  if (href !== null) {
    let path = '';
    try {
      path = new URL(href, 'https://seller.invalid').pathname;
    } catch {
      /* not a URL: only said to be there */
    }
    const known = KNOWN_PATHS.find((p) => path === p || path.startsWith(`${p}/`));
    out.push(known ? `href=${known}${path === known ? '' : '/…'}` : 'href=[link]');
  }
  const stems = classStems(el);
  if (stems.length) out.push(`class=${stems.join(',')}`);
  return out;
}

function box(el: Element): string {
  const r = el.getBoundingClientRect();
  const n = (x: number) => (Number.isFinite(x) ? Math.round(x) : 0);
  return `pos=${n(r.left)},${n(r.top)} size=${n(r.width)}x${n(r.height)}`;
}

const tagOf = (el: Element): string => {
  const t = el.tagName.toLowerCase();
  return TAG.test(t) ? t : '[tag]';
};

/** One element on one line: tag, role, ARIA, data-tid, class stems, box, and its own text if it is a known word. */
export function outlineLine(el: Element): string {
  const text = safeText(ownText(el));
  return [tagOf(el), ...attributes(el), box(el), ...(text ? [text] : [])].join(' ');
}

/** The root's ancestors, nearest last, each as its tag and class stems: where on the page the part sits. */
function pathTo(el: Element, levels = 6): string {
  const out: string[] = [];
  for (let e = el.parentElement; e && out.length < levels && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) {
    const stems = classStems(e);
    out.unshift(stems.length ? `${tagOf(e)}.${stems.join('.')}` : tagOf(e));
  }
  return out.join(' > ');
}

function subtree(root: Element, depth: number, nodes: number): string[] {
  const lines: string[] = [];
  const walk = (el: Element, level: number) => {
    if (lines.length >= nodes) return;
    lines.push(`${'  '.repeat(level)}${outlineLine(el)}`);
    if (LEAVES.has(el.tagName.toLowerCase())) return;
    const kids = [...el.children].filter((c) => !SKIP.has(c.tagName));
    if (level >= depth) {
      if (kids.length) lines.push(`${'  '.repeat(level + 1)}… ${kids.length} more`);
      return;
    }
    for (const kid of kids) {
      if (lines.length >= nodes) {
        lines.push(`${'  '.repeat(level + 1)}… cut at ${nodes} elements`);
        return;
      }
      walk(kid, level + 1);
    }
  };
  walk(root, 0);
  return lines;
}

/**
 * The outline of each part the guide looks at: `roots` maps a part's name (`growth`, `pipe17-row`, …) to its element,
 * or to null when the guide did not find it (then the caller may pass the container it searched under another name).
 */
export function outline(roots: Record<string, Element | null | undefined>, opts: OutlineOptions = {}): string {
  const depth = opts.depth ?? 4;
  const nodes = opts.nodes ?? 40;
  const out: string[] = [];
  for (const [name, el] of Object.entries(roots)) {
    const label = /^[a-z0-9-]{1,40}$/.test(name) ? name : '[part]';
    if (!el) {
      out.push(`## ${label}: not found`);
      continue;
    }
    out.push(`## ${label}`, `in: ${pathTo(el) || '(page)'}`, ...subtree(el, depth, nodes));
  }
  return out.join('\n');
}
