// Long tasks (> 50 ms) while My apps loads and while widgets churn, extension on against off.
import { test } from '@playwright/test';
import { startChurn } from '../page';
import { saveFigures } from '../results';
import { alternating, CFG, inSession, longTaskCount, paired, sideOf, type Side } from '../session';
import { summarize, type Figure } from '../stats';

interface LongTaskRound {
  side: Side;
  round: number;
  load: number;
  churn: number;
}

test('long tasks during load and churn, extension on vs off', async () => {
  const rounds = await alternating(CFG.rounds, (side, round) =>
    inSession(side, async ({ page }): Promise<LongTaskRound> => {
      await page.waitForTimeout(2500); // load includes the guide's settle window (3 s after load)
      const load = await longTaskCount(page);
      for (const where of ['app', 'portal'] as const) {
        await page.evaluate(startChurn, { nodes: CFG.churnNodes, where });
        await page.waitForTimeout(CFG.churnMs);
        await page.evaluate(() => window.__benchChurn!.stop());
        await page.waitForTimeout(500);
      }
      const churn = (await longTaskCount(page)) - load;
      console.log(`round ${round} ${side}: long tasks ${load} during load, ${churn} during churn`);
      return { side, round, load, churn };
    }),
  );
  const figures: Figure[] = (
    [
      ['longtasks-load', 'long tasks (> 50 ms) during load', (r: LongTaskRound) => r.load],
      ['longtasks-churn', 'long tasks (> 50 ms) during churn (both widgets)', (r: LongTaskRound) => r.churn],
    ] as const
  ).map(([id, name, value]) => {
    const extra = summarize(paired(rounds, value).map(([off, on]) => on - off));
    return {
      id,
      name,
      unit: '',
      off: summarize(sideOf(rounds, 'off').map(value)),
      on: summarize(sideOf(rounds, 'on').map(value)),
      compare: { kind: 'extra', unit: '', summary: extra },
      target: '0 extra',
      met: extra.median <= 0,
    };
  });
  saveFigures('longtasks', figures, rounds);
});
