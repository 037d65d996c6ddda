// Same browser, three fresh tabs a round: the guide's tab against two without it (bench/figures/churn.spec.ts and
// writes.spec.ts). Browser against browser, launches differ by ±15 %; tabs of one browser resolve a few per cent.
import type { Page } from '@playwright/test';
import { sellerCenterUrl, UNMATCHED_SELLER_HOST, UNMATCHED_SELLER_HOST_B } from '../e2e/fixtures';
import { domWritePass, startChurn } from './page';
import { CFG, inFreshBrowser, metrics, msOf } from './session';
import { summarize, type Figure } from './stats';

export type SameKind = 'writes' | 'churn-task' | 'churn-script';
/** One round of the same-browser comparison: one value per tab, each tab fresh (its own renderer) that round. */
export interface SameRound {
  round: number;
  where: 'app' | 'portal';
  /** 'writes': ms per pass of domWritePass (median of the round's samples); 'churn-task' / 'churn-script': the page's TaskDuration / ScriptDuration under startChurn, per frame. */
  kind: SameKind;
  /** The guide injected (a Seller Center host), its spotlight on Pipe17's Authorize. */
  on: number;
  /** Not injected: the same stand-in at an unmatched host. */
  off: number;
  /** Not injected either, at a second unmatched host: off against control is the method's own noise (A/A). */
  control: number;
}

/** The injected tab against both tabs without the guide (geometric mean): two baselines halve the baseline's own noise. */
export const sameRatio = (r: SameRound): number => r.on / Math.sqrt(r.off * r.control);

/** All orders of three tabs: round r uses PERMUTATIONS[r % 6], so each tab goes first, second and third as often. */
const PERMUTATIONS = [
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
  [0, 2, 1],
  [2, 1, 0],
  [1, 0, 2],
] as const;

/**
 * Same browser, extension loaded, three fresh tabs a round: the stand-in at a Seller Center host (guide injected,
 * spotlight on Authorize), at an unmatched host (not injected) and at a second unmatched host (not injected: the A/A
 * control). Browser against browser, launches differ by ±15 %; one tab kept for the whole run carries a bias of its
 * own (±5 % between two identical tabs here), so every round opens new tabs (new renderer processes), in a rotating
 * order, and each figure is the median over rounds of the per-round ratio.
 */
export function sameBrowserSession(part: 'writes' | 'churn'): Promise<SameRound[]> {
  return inFreshBrowser('pipe17-bench-same-', true, async (context, idle) => {
    const out: SameRound[] = [];
    const hosts = [undefined, UNMATCHED_SELLER_HOST, UNMATCHED_SELLER_HOST_B] as const;
    for (let round = 0; round < CFG.sameRounds; round++) {
      const order = PERMUTATIONS[round % PERMUTATIONS.length]!;
      const tabs: Page[] = [];
      for (const i of order) {
        const page = await context.newPage();
        await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }, hosts[i]));
        await page.locator('css:light=tr .sc-app-name', { hasText: 'Pipe17' }).first().waitFor();
        if (i === 0) await page.locator('#pipe17-reauth-guide [data-guide="spotlight"]').waitFor();
        else if (await page.locator('#pipe17-reauth-guide').count()) throw new Error(`the guide runs on ${hosts[i]}`);
        tabs[i] = page;
      }
      // Past the guide's settle window (3 s after load), then quiet.
      await idle.waitForTimeout(4500);
      const ordered = order.map((i) => tabs[i]!);
      const cdp = await Promise.all(tabs.map((t) => context.newCDPSession(t)));
      for (const c of cdp) await c.send('Performance.enable', { timeDomain: 'threadTicks' });
      const push = (where: SameRound['where'], kind: SameKind, v: number[]) => out.push({ round, where, kind, on: v[0]!, off: v[1]!, control: v[2]! });
      for (const where of ['app', 'portal'] as const) {
        if (part === 'writes') {
          for (const t of ordered) await t.evaluate(domWritePass, where); // warm-up: the JIT
          const samples: number[][] = [[], [], []];
          for (let k = 0; k < CFG.writeSamples; k++) {
            for (const i of order) {
              // Each tab measured while it is the visible one: Chromium runs hidden tabs' renderers at a lower priority.
              await tabs[i]!.bringToFront();
              samples[i]!.push(await tabs[i]!.evaluate(domWritePass, where));
            }
          }
          push(where, 'writes', samples.map((v) => summarize(v).median));
          continue;
        }
        // Churn in turns: each tab churns for churnMs in all, in churnSlices slices taken in turn with the other
        // tabs' (ABCABC…), so a change in the machine's load over the seconds of a round falls on all three alike.
        const taskMs = [0, 0, 0];
        const scriptMs = [0, 0, 0];
        const frames = [0, 0, 0];
        for (let slice = 0; slice < CFG.churnSlices; slice++) {
          for (const i of order) {
            const page = tabs[i]!;
            await page.bringToFront(); // requestAnimationFrame runs in the visible tab only
            const a = await metrics(cdp[i]!);
            await page.evaluate(startChurn, { nodes: CFG.churnNodes, where });
            await page.waitForTimeout(CFG.churnMs / CFG.churnSlices);
            frames[i]! += await page.evaluate(() => window.__benchChurn!.stop());
            const b = await metrics(cdp[i]!);
            taskMs[i]! += msOf(a, b, 'TaskDuration');
            scriptMs[i]! += msOf(a, b, 'ScriptDuration');
            await page.waitForTimeout(100);
          }
        }
        // Per frame: the widget rewrites its 1,000 nodes once a frame, and how many frames a tab gets in 5 s
        // varies with the compositor (a few per cent between two identical tabs); the cost of each rewrite does not.
        const task = taskMs.map((ms, i) => ms / frames[i]!);
        const script = scriptMs.map((ms, i) => ms / frames[i]!);
        const framesSeen = order.map((i) => frames[i]!);
        push(where, 'churn-task', task);
        push(where, 'churn-script', script);
        console.log(`  churn ${where}: frames (in the order measured) ${framesSeen.join(', ')}`);
      }
      const last = out.filter((r) => r.round === round);
      console.log(
        `same browser, round ${round}: ` +
          last.map((r) => `${r.kind} ${r.where} ${sameRatio(r).toFixed(3)} (A/A ${(r.control / r.off).toFixed(3)})`).join(', '),
      );
      for (const t of tabs) await t.close();
    }
    return out;
  });
}


/** The same-browser figures of `kinds`: the guide's tab against both tabs without it, per round, and the A/A column. */
export function sameFigures(same: SameRound[], kinds: readonly SameKind[]): Figure[] {
  const out: Figure[] = [];
  for (const where of ['app', 'portal'] as const) {
    const label = where === 'app' ? 'in the app (header widget)' : 'in a <body>-level widget';
    for (const kind of kinds) {
      const rounds = same.filter((w) => w.where === where && w.kind === kind);
      if (!rounds.length) continue;
      // The A/A column, one baseline against the other, is how far the method strays with no guide at all.
      const ratio = summarize(rounds.map(sameRatio));
      out.push({
        id: `${kind === 'writes' ? 'writes' : kind.replace('churn-', 'churn-same-')}-${where}`,
        name:
          kind === 'writes'
            ? `DOM writes ${label}: 1,000 nodes (text + class), ms per pass, same browser (${rounds.length} rounds)`
            : `churn ${label}: ${kind === 'churn-task' ? 'TaskDuration' : 'ScriptDuration'} per frame, ${CFG.churnNodes} nodes rewritten each frame for ${CFG.churnMs / 1000} s, same browser (${rounds.length} rounds)`,
        unit: 'ms',
        off: summarize(rounds.map((w) => w.off)),
        on: summarize(rounds.map((w) => w.on)),
        compare: { kind: 'ratio', unit: '×', summary: ratio },
        control: summarize(rounds.map((w) => w.control / w.off)),
        target: '≤ 1.03×',
        met: ratio.median <= 1.03,
      });
    }
  }
  return out;
}
