// The score per module from Stryker's JSON report, as the markdown table README's Figures shows:
// `node scripts/mutation-table.mjs [reports/mutation/mutation.json]` after `npm run mutate`.
import { readFileSync, statSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

// Stryker's own definitions: detected = killed + timeout; a mutant that does not compile or crashes the run is not counted.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Counts of one module's mutants by what the tests did to them. */
function tally(mutants) {
  const t = { detected: 0, survived: 0, noCoverage: 0 };
  for (const m of mutants) {
    if (DETECTED.has(m.status)) t.detected++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else if (UNDETECTED.has(m.status)) t.survived++;
  }
  return t;
}

const pct = (t) => {
  const valid = t.detected + t.survived + t.noCoverage;
  return valid ? (100 * t.detected) / valid : NaN;
};

const rows = Object.entries(report.files)
  .map(([path, f]) => ({ path, ...tally(f.mutants) }))
  .sort((a, b) => a.path.localeCompare(b.path));
const all = rows.reduce((s, r) => ({ detected: s.detected + r.detected, survived: s.survived + r.survived, noCoverage: s.noCoverage + r.noCoverage }), {
  detected: 0,
  survived: 0,
  noCoverage: 0,
});

const line = (name, t) => `| ${name} | ${pct(t).toFixed(1)} % | ${t.detected} | ${t.survived} | ${t.noCoverage} |`;
const out = [
  `Mutation score per module (the report of ${statSync(file).mtime.toISOString().slice(0, 10)}, ${all.detected + all.survived + all.noCoverage} mutants; \`node scripts/mutation-table.mjs\`):`,
  '',
  '| module | score (killed) | killed or timed out | survived | no test reaches it |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => line(`\`${r.path}\``, r)),
  line('**all**', all),
];
console.log(out.join('\n'));
