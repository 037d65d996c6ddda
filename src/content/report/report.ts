// The plain-text support report the owner copies and reads before sharing it: what the guide saw, never what the
// page says. Everything taken from the page passes a filter here (the URL, the language) or comes from outline.ts.
// In English on purpose: it is read by Pipe17 support, like a log, not shown as the guide's own words.
import { HEALTH_PARTS, type PageHealth } from '../../shared/health';

/** The report's size limit, in UTF-8 bytes. */
export const REPORT_CAP = 16 * 1024;

/** Query parameters whose values the report keeps, in the shape they have: which tab (a route word), which region. */
const KEPT_QUERY = new Map([
  ['tab', /^[a-z][a-z_-]{0,19}$/],
  ['shop_region', /^[A-Za-z]{2}$/],
]);

export interface ReportInput {
  /** The extension's version (manifest). */
  version: string;
  /** navigator.userAgent: only the browser's name and major version are kept. */
  userAgent: string;
  url: string;
  /** `<html lang>` as the page declares it. */
  lang: string | null | undefined;
  /** The guide's `data-step`. */
  step: string;
  /** Why the step gives the manual instruction, when it does. */
  fallback?: string | null;
  /** This page's finder results. */
  finders: PageHealth;
  /** From outline(). */
  outline: string;
  /** When (ms since the epoch). */
  at: number;
}

/** Seller Center's routes are lower-case words (`services`, `custom-authorize`); any other segment may be an id or a name. */
const segment = (s: string): string => (/^[a-z][a-z_-]{0,39}$/.test(s) ? s : s ? '[id]' : s);

/** Host and path, query values other than `tab` and `shop_region` dropped, no fragment. */
export function safeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '[not a URL]';
  }
  const host = /^[a-z0-9.-]{1,100}$/.test(u.hostname) ? u.hostname : '[host]';
  const path = u.pathname.split('/').map(segment).join('/');
  const query: string[] = [];
  for (const [key, value] of u.searchParams) {
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(key)) continue;
    query.push(KEPT_QUERY.get(key)?.test(value) ? `${key}=${value}` : `${key}=`);
  }
  return `${host}${path}${query.length ? `?${query.join('&')}` : ''}`;
}

/** "Chrome 142", "Firefox 153", "Edge 142", or "other". */
export function browserOf(ua: string): string {
  for (const [name, re] of [
    ['Edge', /Edg\/(\d{1,4})\./],
    ['Opera', /OPR\/(\d{1,4})\./],
    ['Firefox', /Firefox\/(\d{1,4})\./],
    ['Chrome', /Chrom(?:e|ium)\/(\d{1,4})\./],
    ['Safari', /Version\/(\d{1,4})\.[\d.]* Safari\//],
  ] as const) {
    const m = re.exec(ua);
    if (m) return `${name} ${m[1]}`;
  }
  return 'other';
}

/** A BCP 47 tag as declared, or whether it is missing or not a tag. */
export const safeLang = (lang: string | null | undefined): string =>
  !lang ? '(none declared)' : /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/.test(lang.trim()) ? lang.trim() : '[not a language tag]';

const bytes = (s: string): number => new TextEncoder().encode(s).length;

/** The report, at most REPORT_CAP bytes: the outline is cut at a line when the whole would not fit. */
export function buildReport(i: ReportInput): string {
  // The shape of a step id, not the list: the list would keep the contract's step ids in every page's bytes.
  const step = /^[a-z][a-z0-9-]{0,39}$/.test(i.step) ? i.step : '[unknown]';
  const fallback = i.fallback && /^[a-z-]{1,40}$/.test(i.fallback) ? ` (manual instruction: ${i.fallback})` : '';
  const head = [
    'Pipe17 Re-authorization Guide: support report',
    `Extension: ${/^[0-9.]{1,20}$/.test(i.version) ? i.version : '[unknown]'}`,
    `Browser: ${browserOf(i.userAgent)}`,
    `Page: ${safeUrl(i.url)}`,
    `Page language: ${safeLang(i.lang)}`,
    `Guide step: ${step}${fallback}`,
    `Time: ${Number.isFinite(i.at) ? new Date(i.at).toISOString() : '[unknown]'}`,
    'Finders:',
    ...HEALTH_PARTS.map((p) => `  ${p}: ${i.finders[p] === 'found' || i.finders[p] === 'missing' ? i.finders[p] : 'not on this page'}`),
    'Outline of the parts the guide looks at (page text only where it is one of the guide’s words):',
  ].join('\n');
  const cut = '\n… outline cut: the report is limited to 16 KB';
  let body = i.outline;
  if (bytes(`${head}\n${body}`) > REPORT_CAP) {
    const lines = body.split('\n');
    // The line break after the head is paid by the first kept line's (each line is counted with one).
    let used = bytes(head) + bytes(cut);
    const kept: string[] = [];
    for (const line of lines) {
      const size = bytes(line) + 1;
      if (used + size > REPORT_CAP) break;
      used += size;
      kept.push(line);
    }
    body = kept.join('\n') + cut;
  }
  return `${head}\n${body}`;
}
