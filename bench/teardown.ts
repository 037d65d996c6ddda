// After the figures: one results.json from every spec's part. A run of some figures only writes
// test-results/bench/results-partial.json, so it never stands in for the full results in bench/results.json.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTS, readParts, report } from './results';
import { chromiumProcesses } from './session';
import { table } from './stats';

const here = dirname(fileURLToPath(import.meta.url));

export default function teardown(): void {
  const dir = process.env.BENCH_RUN_DIR;
  if (!dir || !existsSync(join(dir, 'run.json'))) return;
  try {
    const parts = readParts();
    if (!parts.length) return;
    const run = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { started: number; machine: unknown; quiet: unknown };
    const figures = parts.flatMap((p) => p.figures);
    const complete = parts.length === PARTS.length;
    const results = {
      date: new Date().toISOString(),
      machine: run.machine,
      load: { before: run.quiet, loadavgAfter: os.loadavg(), otherChromiumAfter: chromiumProcesses() },
      config: parts[0]!.config,
      durationS: Math.round((Date.now() - run.started) / 1000),
      parts: parts.map((p) => p.part),
      figures,
      table: table(figures),
      raw: Object.fromEntries(parts.map((p) => [p.part, p.raw])),
    };
    const out = process.env.BENCH_OUT ?? (complete ? join(here, 'results.json') : join(here, '..', 'test-results', 'bench', 'results-partial.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${report(figures)}\n\n${parts.length} of ${PARTS.length} figures → ${out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
