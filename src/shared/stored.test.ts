import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from './constants';
import { schemaChecks } from './storage';
import { readStored, structural } from './stored';
import { SCHEMA_VERSION } from './types';

const evidence = { where: 'My apps and incidents', detail: 'x', seenAt: 5 };
const shop = (key: string, seenAt: number) => ({
  v: SCHEMA_VERSION,
  key,
  host: 'seller-us.tiktok.com',
  region: 'us',
  shop: key,
  seenAt,
  lastRenewal: { at: 1, targetShop: key, confirmedAt: 2 },
});
const connector = { v: SCHEMA_VERSION, state: 'connected', shop: 'Acme US', evidence };
const good = {
  [KEYS.guide]: { v: SCHEMA_VERSION, mode: 'started', afterSteps: ['sync'], updatedAt: 3 },
  [KEYS.settings]: { ...DEFAULT_SETTINGS, contactEmail: 'ops@acme.test', launcher: false },
  [`${KEYS.shopPrefix}a`]: shop('a', 1),
  [`${KEYS.shopPrefix}b`]: shop('b', 9),
  [`${KEYS.connectorPrefix}Acme US`]: connector,
  [KEYS.lastShop]: 'b',
};

describe('readStored: one reader, the check per side', () => {
  it('both checks read well-formed storage alike: newest shop first, connectors by slot', () => {
    for (const check of [structural, schemaChecks]) {
      const s = readStored(good, check);
      expect(s.guide.mode).toBe('started');
      expect(s.guide.afterSteps).toEqual(['sync']);
      expect(s.settings).toMatchObject({ contactEmail: 'ops@acme.test', launcher: false });
      expect(s.shops.map((r) => r.key)).toEqual(['b', 'a']);
      expect([...s.connectors.keys()]).toEqual(['Acme US']);
    }
    expect(readStored(good, schemaChecks).lastShop).toBe('b');
  });

  it('what does not pass is left out, never crashed on: defaults instead', () => {
    const bad = { [KEYS.guide]: { mode: 'haunted' }, [KEYS.settings]: 'x', [`${KEYS.shopPrefix}a`]: 7, [`${KEYS.connectorPrefix}d`]: { shop: 'A' }, [KEYS.notices]: 'no' };
    for (const check of [structural, schemaChecks]) {
      const s = readStored(bad, check);
      expect(s.guide).toEqual(DEFAULT_GUIDE);
      expect(s.settings).toEqual(DEFAULT_SETTINGS);
      expect(s.shops).toEqual([]);
      expect(s.connectors.size).toBe(0);
      expect(s.notices).toEqual([]);
    }
  });

  it('the schemas are stricter than the content script’s light checks (a wrong version, an overlong name)', () => {
    const old = { ...good, [`${KEYS.shopPrefix}a`]: { ...shop('a', 1), v: 0 } };
    expect(readStored(old, schemaChecks).shops.map((r) => r.key)).toEqual(['b']);
    expect(readStored(old, structural).shops.map((r) => r.key)).toEqual(['b', 'a']);
  });
});
