// Each figure's spec leaves its figures in the run's directory; bench/teardown.ts gathers them into one results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CFG, runDir } from './session';
import { table, type Figure } from './stats';

/** The figure specs (bench/figures/<part>.spec.ts), in the order results.json and the table list them. */
export const PARTS = ['bytes', 'reaction', 'idle', 'churn', 'writes', 'longtasks', 'memory', 'popup'] as const;
export type Part = (typeof PARTS)[number];

export type PartResult = { part: Part; figures: Figure[]; raw: unknown; config: typeof CFG };

const partFile = (part: Part) => join(runDir(), `part-${part}.json`);

/** Records one spec's figures (and the raw readings they were made of), and prints them. */
export function saveFigures(part: Part, figures: Figure[], raw: unknown): void {
  writeFileSync(partFile(part), JSON.stringify({ part, figures, raw, config: CFG } satisfies PartResult));
  console.log(`\n${report(figures)}\n`);
}

export function readParts(): PartResult[] {
  return PARTS.filter((p) => existsSync(partFile(p))).map((p) => JSON.parse(readFileSync(partFile(p), 'utf8')) as PartResult);
}

/** The table, then each figure's note. */
export function report(figures: Figure[]): string {
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.id}: ${f.note}`);
  return `${table(figures)}${notes.length ? `\n\n${notes.join('\n')}` : ''}`;
}
