// `npm run bench:profile`: where the time goes, for a figure that misses its target. Four tests:
// 1. Extension on, My apps, then idle and churn in the header widget: every Performance metric that moved, the CPU
//    profile's top functions by self time, and exact call counts of the content script's functions (precise coverage).
// 2. Churn in one tab with the guide's overlay shown and hidden, alternating: what the overlay costs each frame.
// 3. The settle end, traced in fresh browsers: the guide's one-shot timer task taken apart.
// 4. The popup opened, traced beside its floors: where its time goes between navigation start and the screen.
import os from 'node:os';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { EXTENSION_DIST, launchStandIn, sellerCenterUrl } from '../e2e/fixtures';
import { startChurn } from './page';
import { POPUP_CDP_ARGS, POPUP_PAGES, popupOpener, writeFloorPages, type TraceEvent } from './popup';
import { summarize } from './stats';

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

/**
 * A fresh profile and browser, the stand-in's My apps open and (extension on) the spotlight shown; `run` gets the
 * page, then the browser is closed and the profile removed.
 */
async function onMyApps<T>(
  run: (page: Page, context: BrowserContext, userDataDir: string) => Promise<T>,
  opts: { extension?: boolean; reducedMotion?: boolean; extensionDir?: string; args?: string[] } = {},
): Promise<T> {
  const extension = opts.extension ?? true;
  const dir = mkdtempSync(join(os.tmpdir(), 'pipe17-profile-'));
  const context = await launchStandIn(dir, { extension, extensionDir: opts.extensionDir, args: opts.args });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (opts.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
    await page.locator('css:light=tr .sc-app-name', { hasText: 'Pipe17' }).first().waitFor();
    if (extension) await page.locator('#pipe17-reauth-guide [data-guide="spotlight"]').waitFor();
    return await run(page, context, dir);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
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
  await onMyApps(
    async (page, context) => {
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
    },
    { extension: SIDE === 'on', reducedMotion: REDUCED_MOTION },
  );
});

/**
 * Churn per frame in one tab with the guide on My apps, its host element shown and `display: none` in ABBA order
 * (windows of BENCH_PROFILE_MS / 2): whether drawing the spotlight and tooltip over a page that repaints every frame
 * costs the page anything. One tab, so the spread between fresh tabs (the same-browser figures' main noise) is out.
 */
test('profile: churn with the overlay shown vs hidden, one tab', async () => {
  test.skip(!process.env.BENCH_PROFILE, 'set BENCH_PROFILE=1 (npm run bench:profile)');
  test.setTimeout(0);
  const windows = num('BENCH_PROFILE_WINDOWS', 24);
  await onMyApps(async (page, context) => {
    await page.waitForTimeout(IDLE_AFTER_MS + 1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const KINDS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskOtherDuration'] as const;
    for (const where of ['app', 'portal'] as const) {
      const per: Record<'shown' | 'hidden', Record<string, number[]>> = { shown: {}, hidden: {} };
      const ratios: number[] = [];
      let previous = 0;
      for (let k = 0; k < windows; k++) {
        const hidden = k % 4 === 1 || k % 4 === 2;
        await page.evaluate((h) => document.getElementById('pipe17-reauth-guide')?.style.setProperty('display', h ? 'none' : ''), hidden);
        await page.waitForTimeout(300);
        const a = await metrics(cdp);
        await page.evaluate(startChurn, { nodes: NODES, where });
        await page.waitForTimeout(PHASE_MS / 2);
        const frames = await page.evaluate(() => window.__benchChurn!.stop());
        const b = await metrics(cdp);
        for (const kind of KINDS) (per[hidden ? 'hidden' : 'shown'][kind] ??= []).push(((b[kind]! - a[kind]!) * 1000) / frames);
        const task = ((b.TaskDuration! - a.TaskDuration!) * 1000) / frames;
        if (k % 2 === 1) ratios.push(hidden ? previous / task : task / previous); // each shown window over its hidden neighbour
        previous = task;
      }
      await page.evaluate(() => document.getElementById('pipe17-reauth-guide')?.style.removeProperty('display'));
      console.log(`churn ${where}, ${NODES} nodes/frame, ${windows} windows of ${PHASE_MS / 2} ms, ms per frame (median):`);
      for (const side of ['shown', 'hidden'] as const)
        console.log(`  overlay ${side}: ${KINDS.map((kind) => `${kind.replace('Duration', '')} ${summarize(per[side][kind]!).median.toFixed(2)}`).join(', ')}`);
      const r = summarize(ratios);
      console.log(`  TaskDuration, shown over hidden (paired): ${r.median.toFixed(3)}× [${r.min.toFixed(2)}–${r.max.toFixed(2)}]`);
    }
  });
});

/**
 * The settle end, traced: the guide's one-shot timer that narrows its watch 3 s after load. Fresh browsers
 * (BENCH_PROFILE_LOADS, 8), each traced from 1.5 s to 4 s after the spotlight: the timer task's thread time, how much
 * of it runs the guide's code (its isolated world), and how much of that is V8 compiling functions on their first call.
 */
test('profile: the settle end, traced', async () => {
  test.skip(!process.env.BENCH_PROFILE, 'set BENCH_PROFILE=1 (npm run bench:profile)');
  test.setTimeout(0);
  const loads = num('BENCH_PROFILE_LOADS', 8);
  const rows: Record<'task' | 'world' | 'call' | 'compile', number[]> = { task: [], world: [], call: [], compile: [] };
  for (let i = 0; i < loads; i++) {
    await onMyApps(async (page, context) => {
      await page.waitForTimeout(1500);
      const cdp = await context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-v8.compile'] },
      });
      await page.waitForTimeout(2500);
      await cdp.send('Tracing.end');
      await complete;
      const within = (outer: TraceEvent) => (e: TraceEvent) =>
        e.pid === outer.pid && e.tid === outer.tid && e.ph === 'X' && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
      const ms = (list: TraceEvent[]) => list.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;
      // The guide's timer: a TimerFire whose call enters the extension's world.
      const fire = events.find(
        (e) => e.name === 'TimerFire' && e.ph === 'X' && events.some((c) => c.name === 'v8.callFunction' && !!c.args?.worldName && within(e)(c)),
      );
      if (!fire) {
        console.log(`load ${i + 1}: no timer of the guide's in the window`);
        return;
      }
      const inside = events.filter(within(fire));
      const task = events.find((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && within(e)(fire));
      rows.task.push(ms(task ? [task] : [fire]));
      rows.world.push(ms(inside.filter((e) => e.name === 'v8.callFunction')));
      rows.call.push(ms(inside.filter((e) => e.name === 'FunctionCall')));
      rows.compile.push(ms(inside.filter((e) => e.name === 'V8.CompileCode')));
    });
  }
  if (!rows.task.length) throw new Error("no timer task of the guide's was traced in any load: has the settle window changed?");
  const line = (label: string, values: number[]) => {
    const s = summarize(values);
    return `  ${label}: ${s.median.toFixed(2)} ms [${s.min.toFixed(2)}–${s.max.toFixed(2)}]`;
  };
  console.log(`settle end, ${rows.task.length} fresh browsers, thread time (median [min–max], traced):`);
  console.log(line("the timer's task", rows.task));
  console.log(line("  in the guide's world (entering it and running)", rows.world));
  console.log(line('    the guide\'s code', rows.call));
  console.log(line('      of which V8 compiling on first call', rows.compile));
});

/**
 * The popup opened, traced beside two of its floors (bench.spec.ts): its page as it was shown (its DOM and
 * stylesheet, no script) and the static popup, written into a copy of `dist/`. Opened as the action popup in turns
 * (BENCH_PROFILE_OPENS each, after one untraced open of each), the whole browser traced each time. For each open, on
 * the popup's main thread from its navigation start: the HTML parsed, `load`, the two frames Chrome draws a popup in,
 * the frame on screen (Element Timing, as the bench's figure), and what the thread did between `load` and the first
 * frame (bench/README.md, the popup traced).
 */
test('profile: the popup opened, traced beside its floors', async () => {
  test.skip(!process.env.BENCH_PROFILE, 'set BENCH_PROFILE=1 (npm run bench:profile)');
  test.setTimeout(0);
  const opens = num('BENCH_PROFILE_OPENS', 6);
  const dist = join(mkdtempSync(join(os.tmpdir(), 'pipe17-profile-dist-')), 'dist');
  cpSync(EXTENSION_DIST, dist, { recursive: true });
  writeFloorPages(dist);
  const pages = [POPUP_PAGES.popup, POPUP_PAGES.snapshot, POPUP_PAGES.floor];
  const rows = new Map(pages.map((p) => [p, [] as PopupOpenTraced[]]));
  try {
    await onMyApps(
      async (page, context, userDataDir) => {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        const opener = await popupOpener({ userDataDir, worker, bringToFront: () => page.bringToFront() });
        try {
          const shown = await opener.open(POPUP_PAGES.popup, { withHtml: true });
          writeFileSync(join(dist, POPUP_PAGES.snapshot), shown.html!);
          for (const p of pages) await opener.open(p); // each page's first open compiles and caches what it runs
          for (let i = 0; i < opens; i++) {
            for (const p of pages.map((_, k) => pages[(k + i) % pages.length]!)) {
              const r = await opener.open(p, { traceCategories: POPUP_TRACE_CATEGORIES });
              // BENCH_PROFILE_DUMP=<dir>: each trace as a file, for chrome://tracing or Perfetto.
              const dump = process.env.BENCH_PROFILE_DUMP;
              if (dump) writeFileSync(join(dump, `popup-${i}-${p.split('/').pop()}.json`), JSON.stringify({ traceEvents: r.trace, paintedMs: r.paintedMs }));
              rows.get(p)!.push(popupOpenTraced(p, r.trace!, r.paintedMs));
            }
          }
        } finally {
          await opener.close();
        }
      },
      { extensionDir: dist, args: POPUP_CDP_ARGS },
    );
  } finally {
    rmSync(dirname(dist), { recursive: true, force: true });
  }
  const med = (values: number[]) => summarize(values).median.toFixed(1).padStart(6);
  console.log(`the popup, its static copy and a static popup, ${opens} traced opens each, ms from navigation start (median; GC: mean):`);
  console.log('  page                          parsed   load  frame second  shown | load→frame: GC  layout  script  other');
  for (const [p, list] of rows) {
    const col = (k: keyof PopupOpenTraced) =>
      k === 'gc' ? (list.reduce((sum, r) => sum + r.gc, 0) / list.length).toFixed(1).padStart(6) : med(list.map((r) => r[k]));
    console.log(
      `  ${p.padEnd(29)} ${col('parsed')} ${col('load')} ${col('frame')} ${col('second')} ${col('shown')} |        ${col('gc')} ${col('layout')} ${col('script')} ${col('other')}`,
    );
    console.log(`    a young-generation GC between load and the frame in ${list.filter((r) => r.gc > 0).length} of ${list.length} opens`);
  }
});

const POPUP_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'benchmark'];

type PopupOpenTraced = {
  /**
   * From the popup's navigation start: the HTML parsed, `load`, the first main-thread frame after it, the second
   * (every popup is drawn twice: Chrome resizes the window to what the first frame laid out), on screen.
   */
  parsed: number;
  load: number;
  frame: number;
  second: number;
  shown: number;
  /** The popup's main thread between `load` and that frame: garbage collection, layout, script, the rest of its tasks. */
  gc: number;
  layout: number;
  script: number;
  other: number;
};

/** One traced open of `page` (its events from every process), taken apart on the popup's main thread. */
function popupOpenTraced(page: string, trace: TraceEvent[], shown: number): PopupOpenTraced {
  const start = trace.find((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').endsWith(page));
  const load = start && trace.find((e) => e.name === 'loadEventStart' && e.pid === start.pid && e.ts > start.ts);
  if (!start || !load) throw new Error(`the trace of ${page} has no navigation start or no load on its main thread`);
  const main = trace.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X');
  const at = (e: TraceEvent) => (e.ts - start.ts) / 1000;
  const parses = main.filter((e) => e.name === 'ParseHTML' && e.ts < load.ts);
  const [frame, second] = main.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts > load.ts);
  if (!frame) throw new Error(`the trace of ${page} has no frame after load`);
  // Top-level tasks that began between load and the frame, and what they held.
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= load.ts - 1000 && e.ts < frame.ts);
  const inside = (outer: TraceEvent, names: RegExp) =>
    main.filter((e) => names.test(e.name) && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0));
  const ms = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  let gc = 0;
  let layout = 0;
  let script = 0;
  let all = 0;
  for (const task of tasks) {
    all += ms([task]);
    gc += ms(inside(task, /^(MinorGC|MajorGC)$/));
    layout += ms(inside(task, /^(Layout|UpdateLayoutTree)$/));
    script += ms(inside(task, /^(FunctionCall|v8\.callFunction|EventDispatch)$/).filter((e, _, list) => !list.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0))));
  }
  const last = parses.at(-1);
  return {
    parsed: last ? at(last) + (last.dur ?? 0) / 1000 : NaN,
    load: at(load),
    frame: at(frame),
    second: second ? at(second) : NaN,
    shown,
    gc,
    layout,
    script,
    other: Math.max(0, all - gc - layout - script),
  };
}
