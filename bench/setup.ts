// Before any figure: a scratch directory for the run, the options checked, and a quiet machine waited for.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { snapshotVariants } from './popup';
import { machine, waitForQuiet } from './session';

export default async function setup(): Promise<void> {
  snapshotVariants(); // a name it does not know stops the run here, before anything is measured
  // Set here, inherited by the worker that runs the specs.
  process.env.BENCH_RUN_DIR = mkdtempSync(join(os.tmpdir(), 'pipe17-bench-run-'));
  const quiet = await waitForQuiet();
  const m = machine();
  console.log(`machine: ${JSON.stringify(m)}; waited ${quiet.waitedS} s for other Chromium processes (${quiet.others} left); loadavg ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  writeFileSync(join(process.env.BENCH_RUN_DIR, 'run.json'), JSON.stringify({ started: Date.now(), machine: m, quiet }));
}
