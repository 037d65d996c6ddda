// DOM writes: the page's own writes (1,000 nodes, text and class) under the guide, in the app and at <body> level, in
// one browser (bench/same.ts); and, with no guide at all, what a MutationObserver of each kind costs the same writes.
import { test } from '@playwright/test';
import { sellerCenterUrl } from '../../e2e/fixtures';
import { domWritePass, installObserverControl, OBSERVER_CONTROLS, type ObserverControl } from '../page';
import { saveFigures } from '../results';
import { sameBrowserSession, sameFigures } from '../same';
import { CFG, inFreshBrowser } from '../session';
import { summarize, type Figure } from '../stats';
import type { Page } from '@playwright/test';

/** One round of the observer controls: DOM writes (ms per pass, <body>-level widget) in fresh tabs without the guide. */
type ControlRound = { round: number } & Record<ObserverControl | 'none-b', number>;
/** BENCH_CONTROLS picks them (the two baselines always included); the default is the four the guide's case needs. */
const CONTROLS: readonly (ObserverControl | 'none-b')[] = (() => {
  const asked = process.env.BENCH_CONTROLS?.split(',').map((k) => k.trim()).filter(Boolean);
  if (!asked) return ['none', 'none-b', 'head-live', 'head-gone', 'html-gone', 'body-gone'];
  const unknown = asked.filter((k) => !(OBSERVER_CONTROLS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`BENCH_CONTROLS: unknown ${unknown.join(', ')} (known: ${OBSERVER_CONTROLS.join(', ')})`);
  return [...new Set(['none', 'none-b', ...asked])] as (ObserverControl | 'none-b')[];
})();
/** A control against the geometric mean of the two tabs without any observer, as sameRatio does for the guide. */
const controlRatio = (r: ControlRound, kind: ObserverControl | 'none-b'): number => r[kind] / Math.sqrt(r.none * r['none-b']);
const SELLER_HOSTS = ['seller-us.tiktok.com', 'seller-uk.tiktok.com', 'seller-mx.tiktok.com', 'seller-br.tiktok.com', 'seller-vn.tiktok.com', 'seller-th.tiktok.com', 'seller-my.tiktok.com', 'seller-ph.tiktok.com'];

/**
 * What MutationObservers cost a page with no guide at all: one browser without the extension, a fresh tab per control a
 * round (the stand-in at a Seller Center host each), each with one of CONTROLS installed in the page's own world, then the <body>-level
 * DOM-write pass as in the same-browser rounds. The order rotates each round. Tells the guide's residual at <body>
 * level apart from what any observer costs (bench/README.md, findings).
 */
function controlSession(): Promise<ControlRound[]> {
  return inFreshBrowser('pipe17-bench-controls-', false, async (context, idle) => {
    const out: ControlRound[] = [];
    for (let round = 0; round < CFG.controlRounds; round++) {
      const order = CONTROLS.map((_, i) => (i + round) % CONTROLS.length);
      const tabs: Page[] = [];
      for (const i of order) {
        const page = await context.newPage();
        await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }, SELLER_HOSTS[i]));
        await page.locator('css:light=tr .sc-app-name', { hasText: 'Pipe17' }).first().waitFor();
        const kind = CONTROLS[i]!;
        await page.evaluate(installObserverControl, kind === 'none-b' ? 'none' : kind);
        tabs[i] = page;
      }
      await idle.waitForTimeout(2000); // past the 1 s observers
      for (const i of order) await tabs[i]!.evaluate(domWritePass, 'portal' as const); // warm-up: the JIT
      const samples: number[][] = CONTROLS.map(() => []);
      for (let k = 0; k < CFG.writeSamples; k++) {
        for (const i of order) {
          await tabs[i]!.bringToFront();
          samples[i]!.push(await tabs[i]!.evaluate(domWritePass, 'portal' as const));
        }
      }
      const r = { round } as ControlRound;
      CONTROLS.forEach((kind, i) => (r[kind] = summarize(samples[i]!).median));
      out.push(r);
      console.log(`observer controls, round ${round}: ` + CONTROLS.map((k) => `${k} ${controlRatio(r, k).toFixed(3)}`).join(', '));
      for (const t of tabs) await t.close();
    }
    return out;
  });
}

function controlFigures(controls: ControlRound[]): Figure[] {
  const out: Figure[] = [];
  const what: Record<Exclude<ObserverControl, 'none'>, string> = {
    'head-live': 'an observer on <head>, live (not an ancestor of the widget)',
    'head-gone': 'an observer on <head>, disconnected at once',
    'html-gone': 'an observer on <html> for 1 s, then disconnected (the guide while a page settles)',
    'body-gone': 'an observer on <body>, children only, for 1 s, then disconnected (the guide while a page is active)',
    'html-shallow-gone': 'an observer on <html>, children and attributes only (no subtree), for 1 s, then disconnected',
    'body-sub-gone': 'an observer on <body> (subtree, every type) for 1 s, then disconnected',
  };
  for (const kind of CONTROLS.filter((k): k is Exclude<ObserverControl, 'none'> => k !== 'none' && k !== 'none-b')) {
    const ratio = summarize(controls.map((r) => controlRatio(r, kind)));
    out.push({
      id: `control-${kind}`,
      name: `observer control, no guide: DOM writes in a <body>-level widget with ${what[kind]} (${controls.length} rounds)`,
      unit: 'ms',
      off: summarize(controls.map((r) => r.none)),
      on: summarize(controls.map((r) => r[kind])),
      compare: { kind: 'ratio', unit: '×', summary: ratio },
      control: summarize(controls.map((r) => r['none-b'] / r.none)),
      target: 'report: what any observer costs a page',
      met: null,
    });
  }
  return out;
}

test('DOM writes under the guide, and what observers cost them without it', async () => {
  const same = await sameBrowserSession('writes');
  const controls = CFG.controlRounds > 0 ? await controlSession() : [];
  saveFigures('writes', [...sameFigures(same, ['writes']), ...controlFigures(controls)], { same, controls });
});
