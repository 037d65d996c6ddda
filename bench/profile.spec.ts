// `npm run bench:profile`: where the guide's time goes, for a figure that misses its target. Extension on, My apps,
// then (1) idle and (2) churn in the header widget: every Performance metric that moved, the CPU profile's top
// functions by self time, and exact call counts of the content script's functions (precise coverage).
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, type CDPSession } from '@playwright/test';
import { launchStandIn, sellerCenterUrl } from '../e2e/fixtures';
import { startChurn } from './page';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const PHASE_MS = num('BENCH_PROFILE_MS', 3000);
const NODES = num('BENCH_CHURN_NODES', 1000);
const WHERE = (process.env.BENCH_PROFILE_WHERE ?? 'app') as 'app' | 'portal';
const SIDE = process.env.BENCH_PROFILE_SIDE === 'off' ? 'off' : 'on';
const REDUCED_MOTION = !!process.env.BENCH_REDUCED_MOTION;
/** How long after the spotlight appears the idle phase starts (the guide's settle window ends 3 s after load). */
const IDLE_AFTER_MS = num('BENCH_PROFILE_IDLE_AFTER_MS', 3500);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

function moved(a: Record<string, number>, b: Record<string, number>): string {
  return Object.keys(b)
    .filter((k) => !/Timestamp|Size|Nodes|Documents|Frames|JSEventListeners|Resources/.test(k) && b[k] !== a[k])
    .map((k) => `${k} +${k.endsWith('Duration') ? `${((b[k]! - a[k]!) * 1000).toFixed(1)} ms` : (b[k]! - a[k]!).toFixed(0)}`)
    .join(', ');
}

async function profile(cdp: CDPSession, run: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  await cdp.send('Profiler.takePreciseCoverage'); // reset the counters
  await cdp.send('Profiler.start');
  await run();
  const { profile: p } = await cdp.send('Profiler.stop');
  const { result: coverage } = await cdp.send('Profiler.takePreciseCoverage');
  await cdp.send('Profiler.stopPreciseCoverage');

  const interval = (p.endTime - p.startTime) / Math.max(1, p.samples?.length ?? 1) / 1000; // ms per sample
  const self = new Map<string, number>();
  for (const n of p.nodes as ProfileNode[]) {
    const f = n.callFrame;
    const file = f.url.split('/').pop() || (f.url ? f.url : '');
    const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0) * interval);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.log('  top self time:');
  for (const [k, ms] of top) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${k}`);
  const ours = [...self].filter(([k]) => /src-content|hooks\.module|constants-|lazy-/.test(k)).reduce((s, [, ms]) => s + ms, 0);
  console.log(`  content script self time (all functions): ${ours.toFixed(1)} ms`);

  const calls: [string, number][] = [];
  for (const script of coverage) {
    if (!script.url.startsWith('chrome-extension://')) continue;
    const file = script.url.split('/').pop();
    for (const fn of script.functions) {
      const count = fn.ranges[0]?.count ?? 0;
      if (count > 0) calls.push([`${fn.functionName || '(anonymous)'} ${file}@${fn.ranges[0]?.startOffset}`, count]);
    }
  }
  calls.sort((a, b) => b[1] - a[1]);
  console.log('  content script call counts:');
  for (const [k, n] of calls.slice(0, 20)) console.log(`    ${String(n).padStart(8)}  ${k}`);
}

test('profile: idle and churn with the guide on My apps', async () => {
  test.skip(!process.env.BENCH_PROFILE, 'set BENCH_PROFILE=1 (npm run bench:profile)');
  test.setTimeout(0);
  const dir = mkdtempSync(join(os.tmpdir(), 'pipe17-profile-'));
  const context = await launchStandIn(dir, { extension: SIDE === 'on' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (REDUCED_MOTION) await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
    await page.locator('tr .sc-app-name', { hasText: 'Pipe17' }).first().waitFor();
    if (SIDE === 'on') await page.locator('#pipe17-reauth-guide [data-guide="spotlight"]').waitFor();
    await page.waitForTimeout(IDLE_AFTER_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

    console.log(`idle ${PHASE_MS} ms (extension ${SIDE}${REDUCED_MOTION ? ', reduced motion' : ''}):`);
    let a = await metrics(cdp);
    await profile(cdp, () => page.waitForTimeout(PHASE_MS));
    let b = await metrics(cdp);
    console.log(`  metrics: ${moved(a, b)}`);

    console.log(`churn ${WHERE}, ${NODES} nodes/frame, ${PHASE_MS} ms (extension ${SIDE}):`);
    a = await metrics(cdp);
    await profile(cdp, async () => {
      await page.evaluate(startChurn, { nodes: NODES, where: WHERE });
      await page.waitForTimeout(PHASE_MS);
      await page.evaluate(() => window.__benchChurn!.stop());
    });
    b = await metrics(cdp);
    console.log(`  metrics: ${moved(a, b)}`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
