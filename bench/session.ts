// What every figure's spec shares on the Node side: the configuration, the machine, CPU and CDP readings, and the
// browsers (extension on or off) on the stand-in. In-page code is in page.ts, statistics in stats.ts.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { EXTENSION_DIST, launchStandIn, sellerCenterUrl } from '../e2e/fixtures';
import { installLongTaskProbe } from './page';
import { POPUP_CDP_ARGS, POPUP_PAGES, snapshotVariantPage, snapshotVariants, writeFloorPages } from './popup';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
export const CFG = {
  rounds: num('BENCH_ROUNDS', 3),
  reactionTrials: num('BENCH_TRIALS', 50),
  idleMs: num('BENCH_IDLE_MS', 10_000),
  churnMs: num('BENCH_CHURN_MS', 5_000),
  churnNodes: num('BENCH_CHURN_NODES', 1_000),
  /** Same browser: each tab's churn time cut into this many slices, taken in turn with the other tabs' (ABCABC…). */
  churnSlices: num('BENCH_CHURN_SLICES', 5),
  memoryRounds: num('BENCH_MEMORY_ROUNDS', 1),
  navigations: num('BENCH_NAVIGATIONS', 200),
  dialogs: num('BENCH_DIALOGS', 200),
  popupOpens: num('BENCH_POPUP_OPENS', 5),
  /** Same-browser rounds (three fresh tabs each) and DOM-write samples per tab per round. */
  sameRounds: num('BENCH_SAME_ROUNDS', 12),
  /** Observer-control rounds (a fresh tab per control and two baselines, no guide). */
  controlRounds: num('BENCH_CONTROL_ROUNDS', 12),
  writeSamples: num('BENCH_WRITE_SAMPLES', 3),
  /** Wait (up to this long) for other Chromium processes on the machine to finish before measuring. */
  quietWaitS: num('BENCH_QUIET_WAIT_S', 120),
};

export type Side = 'off' | 'on';
export type Metrics = Record<string, number>;

// ---- machine and process CPU ---------------------------------------------------------------------------------

export const chromiumProcesses = (): number => {
  try {
    return Number(execFileSync('pgrep', ['-c', 'chromium'], { encoding: 'utf8' }).trim());
  } catch {
    return 0; // pgrep exits 1 when none
  }
};

export async function waitForQuiet(): Promise<{ waitedS: number; others: number }> {
  const start = Date.now();
  while (chromiumProcesses() > 0 && Date.now() - start < CFG.quietWaitS * 1000) await new Promise((r) => setTimeout(r, 5000));
  return { waitedS: Math.round((Date.now() - start) / 1000), others: chromiumProcesses() };
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Proc {
  pid: number;
  ppid: number;
  cpuTicks: number;
  cmd: string;
}
function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), cmd });
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}
/** CPU time (ms) so far of the browser launched on `userDataDir` and all its children, and of its renderers alone. */
export function browserCpuMs(userDataDir: string): { all: number; renderers: number } {
  const procs = processes();
  const root = procs.find((p) => p.cmd.includes(`--user-data-dir=${userDataDir}`) && !p.cmd.includes('--type='));
  if (!root) return { all: NaN, renderers: NaN };
  const tree = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  const mine = procs.filter((p) => tree.has(p.pid));
  const ms = (ps: Proc[]) => (ps.reduce((s, p) => s + p.cpuTicks, 0) * 1000) / CLK_TCK;
  return { all: ms(mine), renderers: ms(mine.filter((p) => p.cmd.includes('--type=renderer'))) };
}

export function machine() {
  let chromium = '';
  try {
    chromium = execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    /* unknown */
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
  };
}

// ---- page helpers ----------------------------------------------------------------------------------------------

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
export const msOf = (a: Metrics, b: Metrics, name: string) => {
  const d = (k: string) => ((b[k] ?? 0) - (a[k] ?? 0)) * 1000;
  // Our own getMetrics calls run as tasks on the page's main thread: not the page's cost, nor the guide's.
  return name === 'TaskDuration' ? d(name) - d('DevToolsCommandDuration') : d(name);
};

export const popupPages = () => [
  POPUP_PAGES.popup,
  POPUP_PAGES.floor,
  POPUP_PAGES.scripted,
  POPUP_PAGES.snapshot,
  ...(process.env.BENCH_POPUP_COMPARE ? [POPUP_PAGES.compare] : []),
  ...snapshotVariants().map(snapshotVariantPage),
];

/**
 * The build under test plus three floors for the popup, opened as the action popup the same way:
 * - `bench-floor.html` and `bench-floor-script.html`: a static popup and the least scripted one (`writeFloorPages`).
 * - `src/popup/bench-snapshot.html`: this popup as it was shown (its DOM and stylesheet, no script), written in each
 *   browser once the popup has been opened (`popupAsShown`). What Chrome costs a popup of this size and content.
 * With BENCH_POPUP_COMPARE, the other build's popup page goes in as `src/popup/compare.html`, with its files (hashed
 * names, so they sit beside this build's). Copied once per run (into the run's directory, bench/setup.ts); the
 * manifest and everything it names are untouched. Every timing session loads this copy, so its browsers differ only
 * in the extension being there.
 */
export function withFloorPage(): string {
  const floorDist = join(runDir(), 'dist');
  if (existsSync(join(floorDist, 'manifest.json'))) return floorDist;
  mkdirSync(floorDist, { recursive: true });
  cpSync(EXTENSION_DIST, floorDist, { recursive: true });
  writeFloorPages(floorDist);
  const other = process.env.BENCH_POPUP_COMPARE;
  if (other) {
    // Its popup and everything beside it that this build lacks (its scripts and stylesheets; public files such as an
    // older popup-boot.js). Nothing of this build is overwritten.
    cpSync(other, floorDist, { recursive: true, force: false, errorOnExist: false });
    cpSync(join(other, POPUP_PAGES.popup), join(floorDist, POPUP_PAGES.compare));
  }
  return floorDist;
}

/** The run's scratch directory (bench/setup.ts makes it; a spec run without the setup gets its own). */
export function runDir(): string {
  process.env.BENCH_RUN_DIR ??= mkdtempSync(join(os.tmpdir(), 'pipe17-bench-run-'));
  return process.env.BENCH_RUN_DIR;
}

/**
 * A first install opens the welcome page in a tab of its own, in front: closed, so the page measured is the visible
 * one (Chromium runs hidden tabs' renderers at a lower priority and their animation frames not at all).
 */
export async function closeWelcome(context: BrowserContext, page: Page): Promise<void> {
  const isWelcome = (p: Page) => p.url().includes('/src/welcome/');
  const opened = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5000 }).catch(() => null));
  await opened?.close();
  await page.bringToFront();
}

export interface Session {
  context: BrowserContext;
  page: Page;
  dir: string;
  close(): Promise<void>;
}

export async function launch(side: Side): Promise<Session> {
  const dir = mkdtempSync(join(os.tmpdir(), `pipe17-bench-${side}-`));
  // The DevTools port is for the popup figure (bench/popup.ts); both sides get it, so they differ only in the extension.
  const context = await launchStandIn(dir, { extension: side === 'on', extensionDir: withFloorPage(), args: POPUP_CDP_ARGS });
  await context.addInitScript(installLongTaskProbe);
  const page = context.pages()[0] ?? (await context.newPage());
  if (side === 'on') await closeWelcome(context, page);
  return {
    context,
    page,
    dir,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A browser launched on `side`, My apps opened in it (openMyApps), for `run`; closed and removed after. */
export async function inSession<T>(side: Side, run: (s: Session) => Promise<T>): Promise<T> {
  const s = await launch(side);
  try {
    await openMyApps(s.page, side);
    return await run(s);
  } finally {
    await s.close();
  }
}

/** `run(side, round)` for every round, alternating which side goes first so drift in machine load falls on both. */
export async function alternating<T>(rounds: number, run: (side: Side, round: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let round = 0; round < rounds; round++) {
    const order: Side[] = round % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
    for (const side of order) out.push(await run(side, round));
  }
  return out;
}

/** My apps with the expired Pipe17 row; with the extension, until the spotlight is on its Authorize. Then 1.5 s of quiet. */
export async function openMyApps(page: Page, side: Side): Promise<void> {
  await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
  await page.locator('tr .sc-app-name', { hasText: 'Pipe17' }).first().waitFor();
  if (side === 'on') {
    await page.locator('#pipe17-reauth-guide[data-step="click-authorize"]').waitFor({ state: 'attached' });
    await page.locator('#pipe17-reauth-guide [data-guide="spotlight"]').waitFor();
  }
  await page.waitForTimeout(1500);
}

export const longTaskCount = (page: Page) => page.evaluate(() => window.__bench?.longtasks.length ?? 0);

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? NaN;
}

/** Event listeners on window and document, from every world (the page's and the content script's). */
export async function listenerCount(cdp: CDPSession): Promise<number> {
  let n = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'bench' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    n += listeners.length;
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
  return n;
}

/** Live MutationObserver / ResizeObserver / IntersectionObserver objects in the content script's isolated world. */
export async function observerCounts(cdp: CDPSession, contextId: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const cls of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver']) {
    const proto = await cdp.send('Runtime.evaluate', { expression: `${cls}.prototype`, contextId, objectGroup: 'bench' });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId!, objectGroup: 'bench' });
    const len = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    out[cls] = len.result.value as number;
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
  return out;
}

/** The content script's isolated world in the page's main frame. */
export async function contentScriptContext(cdp: CDPSession): Promise<number | null> {
  const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean; type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 200));
  return contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated')?.id ?? null;
}

/** A fresh profile and browser (with or without the extension) for `run`, given its first tab; closed and removed after. */
export async function inFreshBrowser<T>(prefix: string, extension: boolean, run: (context: BrowserContext, idle: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(os.tmpdir(), prefix));
  const context = await launchStandIn(dir, { extension });
  try {
    const idle = context.pages()[0] ?? (await context.newPage());
    if (extension) await closeWelcome(context, idle);
    return await run(context, idle);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- pairing -----------------------------------------------------------------------------------------------------

export const sideOf = <T extends { side: Side }>(rs: T[], side: Side) => rs.filter((r) => r.side === side);
/** Per-round pairs (off, on) of a value. */
export function paired<T extends { side: Side; round: number }>(rs: T[], value: (r: T) => number): [number, number][] {
  const out: [number, number][] = [];
  for (const off of sideOf(rs, 'off')) {
    const on = rs.find((r) => r.side === 'on' && r.round === off.round);
    if (on) out.push([value(off), value(on)]);
  }
  return out;
}
