// Keys the popup, options, background and Pipe17 script pick from tables (not as t('literal')) must exist too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '..');
const en = JSON.parse(readFileSync(join(src, '..', 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, unknown>;

describe('popup/options/bg/pipe17 strings', () => {
  it('every quoted key in those folders exists in en', () => {
    const used = new Set<string>();
    for (const dir of ['background', 'popup', 'options', 'pipe17']) {
      for (const f of readdirSync(join(src, dir))) {
        if (!/\.tsx?$/.test(f) || /\.test\./.test(f)) continue;
        for (const m of readFileSync(join(src, dir, f), 'utf8').matchAll(/'((?:popup|options|bg|pipe17)_[A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});
