// Reaction: the Pipe17 row's Authorize inserted into My apps → the spotlight on it, over many trials in a few browsers.
import { test } from '@playwright/test';
import { reactionTrials } from '../page';
import { saveFigures } from '../results';
import { CFG, inSession } from '../session';
import { summarize } from '../stats';

test('reaction: Authorize appears → spotlight on it', async () => {
  const perRound = Math.ceil(CFG.reactionTrials / CFG.rounds);
  const rounds: { ms: number[]; timeouts: number }[] = [];
  for (let round = 0; round < CFG.rounds; round++) {
    const r = await inSession('on', (s) => s.page.evaluate(reactionTrials, perRound));
    rounds.push(r);
    console.log(`round ${round}: reaction median ${summarize(r.ms).median} ms (${r.timeouts} timeouts)`);
  }
  const ms = rounds.flatMap((r) => r.ms);
  const timeouts = rounds.reduce((n, r) => n + r.timeouts, 0);
  const s = summarize(ms);
  saveFigures(
    'reaction',
    [
      {
        id: 'reaction',
        name: `reaction: Authorize inserted → spotlight on it (${ms.length} trials)`,
        unit: 'ms',
        off: null,
        on: s,
        target: 'median ≤ 16.7 ms, p95 ≤ 33.3 ms',
        met: timeouts === 0 && s.median <= 16.7 && s.p95 <= 33.3,
        ...(timeouts ? { note: `${timeouts} trials timed out (> 1 s)` } : {}),
      },
    ],
    rounds,
  );
});
