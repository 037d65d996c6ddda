// Memory: the JS heap (after GC), window and document listeners and the content script's observers before and
// after 200 SPA navigations and 200 Renew dialogs opened and closed, extension on against off.
import { test } from '@playwright/test';
import { dialogCycles, navigations } from '../page';
import { saveFigures } from '../results';
import { alternating, CFG, contentScriptContext, heapAfterGc, inSession, listenerCount, observerCounts, paired, sideOf, type Side } from '../session';
import { summarize, type Figure } from '../stats';

interface MemoryRound {
  side: Side;
  round: number;
  heapBefore: number;
  heapAfter: number;
  listenersBefore: number;
  listenersAfter: number;
  observersBefore?: Record<string, number>;
  observersAfter?: Record<string, number>;
  seconds: number;
}

function memorySession(side: Side, round: number): Promise<MemoryRound> {
  return inSession(side, async (s) => {
    const { page } = s;
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const isolated = side === 'on' ? await contentScriptContext(cdp) : null;
    if (side === 'on' && isolated === null) throw new Error('content script world not found');
    const heapBefore = await heapAfterGc(cdp);
    const listenersBefore = await listenerCount(cdp);
    const observersBefore = isolated !== null ? await observerCounts(cdp, isolated) : undefined;
    const t0 = Date.now();
    await page.evaluate(navigations, CFG.navigations);
    await page.evaluate(dialogCycles, CFG.dialogs);
    const seconds = (Date.now() - t0) / 1000;
    await page.waitForTimeout(3500); // past the watcher's settle window after the last navigation
    const heapAfter = await heapAfterGc(cdp);
    const listenersAfter = await listenerCount(cdp);
    const observersAfter = isolated !== null ? await observerCounts(cdp, isolated) : undefined;
    return {
      side,
      round,
      heapBefore,
      heapAfter,
      listenersBefore,
      listenersAfter,
      ...(observersBefore ? { observersBefore } : {}),
      ...(observersAfter ? { observersAfter } : {}),
      seconds,
    };
  });
}


test('memory after navigations and dialogs, extension on vs off', async () => {
  const memory = await alternating(CFG.memoryRounds, async (side, round) => {
    const r = await memorySession(side, round);
    console.log(`memory round ${round} ${side}: ${((r.heapAfter - r.heapBefore) / 2 ** 20).toFixed(2)} MiB growth in ${r.seconds.toFixed(0)} s`);
    return r;
  });
  const out: Figure[] = [];
  const growth = (r: MemoryRound) => (r.heapAfter - r.heapBefore) / 2 ** 20;
  const extra = summarize(paired(memory, growth).map(([off, on]) => on - off));
  const obs = sideOf(memory, 'on').map((r) => `${JSON.stringify(r.observersBefore)} → ${JSON.stringify(r.observersAfter)}`);
  const leaked = sideOf(memory, 'on').some((r) =>
    Object.keys(r.observersBefore ?? {}).some((k) => (r.observersAfter?.[k] ?? 0) > (r.observersBefore?.[k] ?? 0)),
  );
  const listenerGrowth = paired(memory, (r) => r.listenersAfter - r.listenersBefore);
  out.push({
    id: 'memory',
    name: `JS heap growth after ${CFG.navigations} navigations + ${CFG.dialogs} dialog cycles (after GC)`,
    unit: 'MiB',
    off: summarize(sideOf(memory, 'off').map(growth)),
    on: summarize(sideOf(memory, 'on').map(growth)),
    compare: { kind: 'extra', unit: 'MiB', summary: extra },
    target: '≤ 1 MiB extra, no leaked observers',
    met: extra.median <= 1 && !leaked,
    note: `content-script observers before → after: ${obs.join('; ')}; window+document listener growth (off, on): ${JSON.stringify(listenerGrowth)}`,
  });
  saveFigures('memory', out, memory);
});
