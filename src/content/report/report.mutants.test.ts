// The support report, beyond the first tests (found by mutation testing, `npm run mutate`): its exact layout, what
// each filter lets through at its edges, and the 16 KB cut to the byte.
import { describe, expect, it } from 'vitest';
import { buildReport, REPORT_CAP, safeLang, safeUrl, type ReportInput } from './report';

const base: ReportInput = {
  version: '0.1.0',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.7444.59 Safari/537.36',
  url: 'https://seller-us.tiktok.com/services/authorizations?tab=apps',
  lang: 'en-US',
  step: 'open-apps',
  finders: { growth: 'found', 'my-apps-link': 'missing' },
  outline: '## growth\nin: (page)\nnav class=theme-arco-menu pos=0,0 size=200x600',
  at: Date.UTC(2026, 11, 5, 9, 30),
};
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('the report as support reads it', () => {
  it('line by line', () => {
    const lines = buildReport(base).split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Pipe17 Re-authorization Guide: support report',
      'Extension: 0.1.0',
      'Browser: Chrome 142',
      'Page: seller-us.tiktok.com/services/authorizations?tab=apps',
      'Page language: en-US',
      'Guide step: open-apps',
      'Time: 2026-12-05T09:30:00.000Z',
      'Finders:',
    ]);
    expect(lines.slice(8)).toContain('  growth: found');
    expect(lines.slice(8)).toContain('  my-apps-link: missing');
    expect(lines.slice(-4)).toEqual([
      'Outline of the parts the guide looks at (page text only where it is one of the guide’s words):',
      '## growth',
      'in: (page)',
      'nav class=theme-arco-menu pos=0,0 size=200x600',
    ]);
  });

  it.each([
    ['a version that is not numbers and dots', { version: '0.1.0-beta' }, 'Extension: [unknown]'],
    ['a step that is not a step id', { step: 'Open Apps' }, 'Guide step: [unknown]'],
    ['a time that is not a time', { at: Number.NaN }, 'Time: [unknown]'],
  ])('%s: [unknown]', (_, change, line) => {
    expect(buildReport({ ...base, ...change }).split('\n')).toContain(line);
  });
});

describe('safeUrl at its edges', () => {
  it.each([
    ['a page with no query has no "?"', 'https://seller-us.tiktok.com/homepage', 'seller-us.tiktok.com/homepage'],
    ['a host longer than 100 characters is not repeated', `https://${'a'.repeat(60)}.${'b'.repeat(60)}.tiktok.com/x`, '[host]/x'],
    ['nor an address for a host', 'https://[::1]/x', '[host]/x'],
    ['a query key that is an address is left out', 'https://seller-us.tiktok.com/x?ops%40acme.com=1&tab=apps', 'seller-us.tiktok.com/x?tab=apps'],
    ['a key of up to 40 characters is named, a longer one left out', `https://seller-us.tiktok.com/x?${'k'.repeat(40)}=1&${'k'.repeat(41)}=1`, `seller-us.tiktok.com/x?${'k'.repeat(40)}=`],
  ])('%s', (_, url, shown) => expect(safeUrl(url)).toBe(shown));
});

it('a declared language with spaces around it is the tag', () => {
  expect(safeLang(' en-GB ')).toBe('en-GB');
});

describe('the 16 KB cap, to the byte', () => {
  const head = bytes(buildReport({ ...base, outline: '' })) - 1;
  const cut = bytes('\n… outline cut: the report is limited to 16 KB');

  it('an outline that fits exactly is whole', () => {
    const r = buildReport({ ...base, outline: 'x'.repeat(REPORT_CAP - head - 1) });
    expect(bytes(r)).toBe(REPORT_CAP);
    expect(r).not.toContain('outline cut');
  });

  it('one byte more and it is cut', () => {
    expect(buildReport({ ...base, outline: `y\n${'x'.repeat(REPORT_CAP - head - 2)}` })).toMatch(/\ny\n… outline cut: the report is limited to 16 KB$/);
  });

  it('a cut outline keeps every line that fits, up to the last byte', () => {
    // Lines of 9 bytes (10 with their line break) after a first line sized so that the kept ones end exactly at the cap.
    const room = REPORT_CAP - head - cut;
    const tens = Math.floor(room / 10) - 1;
    const first = 'f'.repeat(room - 10 * tens - 1);
    const r = buildReport({ ...base, outline: [first, ...Array.from({ length: tens + 50 }, () => 'x'.repeat(9))].join('\n') });
    expect(bytes(r)).toBe(REPORT_CAP);
    expect(r.split('\n').filter((l) => l === 'x'.repeat(9))).toHaveLength(tens);
  });
});
