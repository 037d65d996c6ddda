// The support report's outline and text (src/content/report/) run in real Chromium on the stand-in's hostile
// scenario: built on their own (they are not wired into the guide yet) and run in the page over the real DOM, with
// real layout. Whatever the page says, the report holds none of it but the guide's own words and "Pipe17".
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'rolldown';
import { ALL_HOSTILE_STRINGS, HOSTILE_EMAIL } from '../sandbox/src/hostile';
import { expect, sellerCenterUrl, test } from './fixtures';
import { light, lightText } from './guide';

const src = (path: string) => fileURLToPath(new URL(`../src/content/report/${path}`, import.meta.url));

/** One module as a script that sets a global: the same code the guide will load on demand. */
async function bundle(file: string, name: string): Promise<string> {
  const out = await build({ input: src(file), output: { format: 'iife', name }, write: false });
  return out.output[0].code;
}

type Reporting = { report: string; texts: string[] };

/** Outline the parts the guide looks at and the whole body, build the report, and list the page's own texts. */
async function reportIn(page: Page): Promise<Reporting> {
  await page.addScriptTag({ content: await bundle('outline.ts', 'PipeOutline') });
  await page.addScriptTag({ content: await bundle('report.ts', 'PipeReport') });
  return page.evaluate(() => {
    const w = window as unknown as {
      PipeOutline: { outline(roots: Record<string, Element | null>, o?: object): string };
      PipeReport: { buildReport(i: object): string };
    };
    const q = (css: string) => document.querySelector(css);
    const named = (el: Element) => el.childElementCount === 0 && el.textContent?.trim() === 'Pipe17';
    const row = [...document.querySelectorAll('tr')].find((tr) => [...tr.querySelectorAll('*')].some(named)) ?? null;
    const outline = w.PipeOutline.outline(
      { 'apps-tab': q('[role="tab"]'), 'pipe17-row': row, 'renew-dialog': q('[role="dialog"]'), page: document.body },
      { depth: 40, nodes: 5000 },
    );
    const report = w.PipeReport.buildReport({
      version: '0.1.0', userAgent: navigator.userAgent, url: location.href, lang: document.documentElement.lang,
      step: document.getElementById('pipe17-reauth-guide')?.dataset.step ?? 'idle', finders: {}, outline, at: Date.now(),
    });
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.closest('script, style') === null) texts.push(n.nodeValue ?? '');
    const inputs = [...document.querySelectorAll('input')].map((i) => i.value);
    return { report, texts: [...texts, ...inputs] };
  });
}

/** The page's own strings worth looking for: five characters or more, not "Pipe17" or one of the guide's words the report quotes. */
const ownStrings = (texts: string[], report: string): string[] => {
  const known = new Set(['pipe17', ...[...report.matchAll(/"([^"\n]+)"/g)].map((m) => m[1]!.toLowerCase())]);
  return [...new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()))].filter((t) => t.length >= 5 && !known.has(t.toLowerCase()));
};

test.describe('the support report on the hostile stand-in', () => {
  const url = sellerCenterUrl('/services/authorizations?tab=apps&shop_id=7495001&shop_region=US', { hostile: 1, app: 'expired', fast: 1 });

  test('My apps and the open Renew dialog: none of the page’s own strings, the structure kept', async ({ page }) => {
    await page.goto(url);
    const row = light(page, 'tr').filter({ has: lightText(page, 'Pipe17') });
    await row.locator('css:light=button').filter({ hasText: /^Authorize$/ }).click();
    await expect(light(page, '[role="dialog"]')).toBeVisible();

    const { report, texts } = await reportIn(page);
    expect(new TextEncoder().encode(report).length).toBeLessThanOrEqual(16 * 1024);
    for (const s of ALL_HOSTILE_STRINGS) expect(report).not.toContain(s);
    const own = ownStrings(texts, report);
    expect(own.length).toBeGreaterThan(20);
    for (const s of own) expect(report, s).not.toContain(s);
    expect(report).not.toContain(HOSTILE_EMAIL.slice(0, 12));
    expect(report).not.toMatch(/7495001|@/);

    expect(report).toContain('Page: seller-us.tiktok.com/services/authorizations?tab=apps&shop_id=&shop_region=US&hostile=&app=&fast=');
    expect(report).toMatch(/Browser: Chrome \d+/);
    expect(report).toContain('## pipe17-row\n');
    expect(report).toContain('"Pipe17"');
    expect(report).toMatch(/class=theme-arco-table-tr/);
    expect(report).toMatch(/\[role=dialog|role=dialog/);
    expect(report).toMatch(/type=text filled|type=email filled|input .*filled/);
    // Real layout: the row has a position and a size.
    expect(report).toMatch(/## pipe17-row\nin: [^\n]+\ntr [^\n]*pos=-?\d+,-?\d+ size=[1-9]\d*x[1-9]\d*/);
  });
});
