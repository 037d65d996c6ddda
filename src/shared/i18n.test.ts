import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, STEP_IDS } from './contract';

const root = join(__dirname, '..', '..');
const locales = join(root, 'public', '_locales');
const load = (lang: string): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =>
  JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8'));
const en = load('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|html)$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

/** Keys built at run time from contract names. */
const dynamicKeys = [
  ...STEP_IDS.filter((s) => s !== 'idle').flatMap((s) => [`guide_${s.replace(/-/g, '_')}_title`, `guide_${s.replace(/-/g, '_')}_body`]),
  ...CHECK_IDS.map((c) => `guide_check_${c.replace('-', '_')}`),
  ...['ok', 'wrong', 'missing'].map((s) => `guide_state_${s}`),
  ...['growth_not_found', 'my_apps_not_found', 'authorize_not_found'].map((f) => `guide_fallback_${f}`),
  ...['connector', 'sync', 'retry'].map((a) => `guide_after_${a}`),
];

describe('extension strings', () => {
  it('every key used in code exists in en', () => {
    const used = new Set<string>(dynamicKeys);
    for (const file of sources(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/__MSG_([a-zA-Z0-9_]+)__/g)) used.add(m[1]!);
    }
    for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([a-zA-Z0-9_]+)__/g)) used.add(m[1]!);
    const missing = [...used].filter((k) => !en[k]);
    expect(missing).toEqual([]);
  });
  it('every locale has every en key, and the same placeholders', () => {
    for (const lang of readdirSync(locales)) {
      const msgs = load(lang);
      const missing = Object.keys(en).filter((k) => !msgs[k]?.message);
      expect({ lang, missing }).toEqual({ lang, missing: [] });
      for (const [k, m] of Object.entries(msgs)) {
        for (const ph of Object.keys(en[k]?.placeholders ?? {})) {
          expect({ lang, k, has: m.message.toUpperCase().includes(`$${ph.toUpperCase()}$`) }).toEqual({ lang, k, has: true });
        }
      }
    }
  });
  it('every placeholder used in a message is declared', () => {
    for (const [k, m] of Object.entries(en)) {
      for (const ph of m.message.matchAll(/\$([A-Z_]+)\$/g)) {
        expect({ k, declared: Object.keys(m.placeholders ?? {}).map((x) => x.toUpperCase()).includes(ph[1]!) }).toEqual({ k, declared: true });
      }
    }
  });
});
