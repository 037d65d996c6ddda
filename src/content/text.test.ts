import { describe, expect, it } from 'vitest';
import { norm, W, WORDS } from './text';

describe('Seller Center text tables', () => {
  const keys = Object.keys(WORDS.en!) as (keyof (typeof WORDS)['en'])[];
  it.each(Object.keys(WORDS))('%s has every entry, none empty', (lang) => {
    const table = WORDS[lang]!;
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const k of keys) expect({ lang, k, n: table[k].filter((w) => norm(w)).length > 0 }).toEqual({ lang, k, n: true });
  });
  it('merges every locale into the matcher sets, normalized', () => {
    expect(W.growth.has('growth')).toBe(true);
    expect(W.myAppsAndServices.has('my apps & services')).toBe(true);
    expect(norm('  My\u00a0apps   and incidents ')).toBe('my apps and incidents');
    // Zero-width characters are kept: a spoofed label does not match.
    expect(norm('Pipe\u200b17')).not.toBe('pipe17');
  });
});
