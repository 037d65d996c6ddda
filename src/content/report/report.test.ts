import { describe, expect, it } from 'vitest';
import { ALL_HOSTILE_STRINGS, HOSTILE_EMAIL, HOSTILE_SHOP } from '../../../sandbox/src/hostile';
import { outline } from './outline';
import { browserOf, buildReport, REPORT_CAP, safeLang, safeUrl, type ReportInput } from './report';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.7444.59 Safari/537.36';
const base: ReportInput = {
  version: '0.1.0',
  userAgent: CHROME,
  url: 'https://seller-uk.tiktok.com/services/authorizations?shop_region=GB&tab=apps',
  lang: 'en',
  step: 'find-pipe17',
  finders: { 'apps-tab': 'found', 'pipe17-row': 'missing' },
  outline: '## pipe17-row: not found',
  at: Date.UTC(2026, 11, 4, 12),
};
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('safeUrl', () => {
  it.each([
    ['https://seller-uk.tiktok.com/services/authorizations?shop_region=GB&tab=apps', 'seller-uk.tiktok.com/services/authorizations?shop_region=GB&tab=apps'],
    ['https://seller-us.tiktok.com/services/authorizations?tab=apps&shop_id=7495&email=a%40b.com#frag', 'seller-us.tiktok.com/services/authorizations?tab=apps&shop_id=&email='],
    ['https://seller-vn.tiktok.com/services/market/custom-authorize/7100000000000000001?shop_region=VN&is_draft=1', 'seller-vn.tiktok.com/services/market/custom-authorize/[id]?shop_region=VN&is_draft='],
    ['https://seller-us.tiktok.com/order/detail/576123456789012?order_no=576123456789012', 'seller-us.tiktok.com/order/detail/[id]?order_no='],
    ['https://seller-us.tiktok.com/x?tab=%3Cimg%20src%3Dx%3E&shop_region=US%20phone', 'seller-us.tiktok.com/x?tab=&shop_region='],
    ['https://seller-us.tiktok.com/?constructor=1&__proto__=2&tab=apps', 'seller-us.tiktok.com/?constructor=&__proto__=&tab=apps'],
    ['not a url', '[not a URL]'],
  ])('%s → %s', (url, shown) => expect(safeUrl(url)).toBe(shown));
});

describe('browserOf and safeLang', () => {
  it('only the browser and its major version', () => {
    expect(browserOf(CHROME)).toBe('Chrome 142');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe('Firefox 153');
    expect(browserOf(`${CHROME} Edg/142.0.3595.53`)).toBe('Edge 142');
    expect(browserOf(HOSTILE_SHOP)).toBe('other');
  });
  it('a language tag, or why not', () => {
    expect(safeLang('th-TH')).toBe('th-TH');
    expect(safeLang('')).toBe('(none declared)');
    expect(safeLang(HOSTILE_SHOP)).toBe('[not a language tag]');
  });
});

describe('buildReport', () => {
  it('holds the version, browser, page, language, step, each finder and the outline', () => {
    const r = buildReport({ ...base, fallback: 'authorize-not-found' });
    expect(r).toContain('Extension: 0.1.0');
    expect(r).toContain('Browser: Chrome 142');
    expect(r).toContain('Page: seller-uk.tiktok.com/services/authorizations?shop_region=GB&tab=apps');
    expect(r).toContain('Page language: en');
    expect(r).toContain('Guide step: find-pipe17 (manual instruction: authorize-not-found)');
    expect(r).toContain('  apps-tab: found\n  pipe17-row: missing\n  authorize: not on this page');
    expect(r).toContain('Time: 2026-12-04T12:00:00.000Z');
    expect(r.endsWith('## pipe17-row: not found')).toBe(true);
  });

  it('every hostile string fed through the outline and every field of the report: none appears', () => {
    document.body.replaceChildren(
      ...ALL_HOSTILE_STRINGS.map((s) => {
        const row = document.createElement('div');
        row.className = 'core-table-tr';
        row.setAttribute('aria-label', s);
        row.textContent = s;
        return row;
      }),
    );
    const out = outline({ 'pipe17-row': document.body });
    for (const s of ALL_HOSTILE_STRINGS) {
      const r = buildReport({
        version: s, userAgent: s, url: `https://seller-us.tiktok.com/${encodeURIComponent(s)}?tab=${encodeURIComponent(s)}&shop_region=US&q=${encodeURIComponent(s)}`,
        lang: s, step: s, fallback: s, finders: { [s]: 'found', growth: s } as never, outline: out, at: 0,
      });
      expect(r).not.toContain(s);
      expect(r).not.toContain(encodeURIComponent(s));
    }
  });

  it('is capped at 16 KB, cutting the outline at a line', () => {
    const huge = Array.from({ length: 2000 }, (_, i) => `div class=theme-arco-space pos=${i},0 size=10x10 "Authorize"`).join('\n');
    const r = buildReport({ ...base, outline: huge });
    expect(bytes(r)).toBeLessThanOrEqual(REPORT_CAP);
    expect(bytes(r)).toBeGreaterThan(REPORT_CAP - 200);
    expect(r).toMatch(/size=10x10 "Authorize"\n… outline cut: the report is limited to 16 KB$/);
    // Multi-byte text counts as bytes, not characters.
    const wide = buildReport({ ...base, outline: Array.from({ length: 3000 }, () => '"Authorize" “…”').join('\n') });
    expect(bytes(wide)).toBeLessThanOrEqual(REPORT_CAP);
    expect(buildReport(base)).not.toContain('outline cut');
  });

  it('an address in the URL or the outline is never repeated', () => {
    const r = buildReport({ ...base, url: `https://seller-us.tiktok.com/services/authorizations?tab=apps&contact=${encodeURIComponent(HOSTILE_EMAIL)}` });
    expect(r).not.toContain('@');
  });
});
