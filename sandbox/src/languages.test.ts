// Every label the stand-in draws through ui() has a translation in each language: a missing one would show
// pseudo-localized, and a test meant for Spanish or Chinese would quietly be a pseudo-locale test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from './languages';

const dir = import.meta.dirname;
const sources = readdirSync(dir).filter((f) => f.endsWith('.tsx')).map((f) => readFileSync(join(dir, f), 'utf8'));
const literal = new Set(sources.flatMap((s) => [...s.matchAll(/\bui\('((?:[^'\\]|\\.)*)'\)/g)].map((m) => m[1]!)));
// Labels passed to ui() as data: navigation entries, renew options, statuses.
const data = new Set(
  sources.flatMap((s) => [
    ...[...s.matchAll(/\blabel: '([^']+)'/g)].map((m) => m[1]!),
    ...[...s.matchAll(/(?:RENEW_OPTIONS|DURATIONS) = \[([^\]]+)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!)),
  ]),
);
const statuses = ['Active', 'Expiring soon', 'Expired'];

describe('the stand-in in other languages', () => {
  it('finds the labels it checks', () => {
    expect(literal.size).toBeGreaterThan(30);
    expect(data).toContain('Growth');
    expect(data).toContain('Re-authorize only');
    expect(data).toContain('1 year');
  });
  for (const [lang, table] of Object.entries(TRANSLATIONS)) {
    it(`${lang}: every label translated, none left in English`, () => {
      const missing = [...literal, ...data, ...statuses].filter((l) => !(l in table));
      expect(missing).toEqual([]);
      // Names (Pipe17, TikTok Shop) may stay; a label translated to itself would let English finders pass.
      const same = Object.entries(table).filter(([en, t]) => en === t && en !== 'Marketing');
      expect(same).toEqual([]);
    });
  }
});
