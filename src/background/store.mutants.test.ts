// How the background reads and first fills storage.local, beyond the first tests (found by mutation testing,
// `npm run mutate`): what a read writes, what each dropped record's notice names, and the last shop pointer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { SCHEMA_VERSION } from '../shared/types';
import { fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { ensureDefaults, readAll } from './store';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

const NOW = Date.UTC(2026, 11, 5, 12);
const HOST = 'seller-us.tiktok.com';
const shop = { v: SCHEMA_VERSION, key: `${HOST}|Acme`, host: HOST, region: 'us', shop: 'Acme', seenAt: 1 };
const connector = { v: SCHEMA_VERSION, state: 'connected', shop: 'Acme', evidence: { where: 'Pipe17', detail: 'Connected', seenAt: 1 } };
const settings = { ...DEFAULT_SETTINGS, contactEmail: 'ops@example.com', expiryWarningDays: 30 };
const guide = { v: SCHEMA_VERSION, mode: 'started', updatedAt: 5 };
const data = () => fakeBrowser._.data;
const noticeTexts = () => (data()[KEYS.notices] as { text: string }[]).map((n) => n.text);

let remove: ReturnType<typeof vi.spyOn>;
let set: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetFakeBrowser();
  remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
  set = vi.spyOn(fakeBrowser.storage.local, 'set');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
const seed = (d: Record<string, unknown>) => {
  fakeBrowser._.data = d;
};

describe('readAll on sound storage', () => {
  it('reads every record and writes nothing (each write wakes every open popup and page)', async () => {
    seed({
      [`${KEYS.shopPrefix}${HOST}|Acme`]: shop,
      [`${KEYS.connectorPrefix}Acme`]: connector,
      [KEYS.settings]: settings,
      [KEYS.guide]: guide,
      [KEYS.notices]: [{ at: 1, text: 'earlier' }],
      [KEYS.lastShop]: `${HOST}|Acme`,
    });
    const snap = await readAll(NOW);
    expect(snap).toEqual({
      shops: new Map([[`${HOST}|Acme`, shop]]),
      connectors: new Map([['Acme', connector]]),
      settings,
      guide,
      notices: [{ at: 1, text: 'earlier' }],
      lastShop: `${HOST}|Acme`,
    });
    expect(remove).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
  });

  it('an empty storage gives the defaults, and writes nothing either', async () => {
    expect(await readAll(NOW)).toEqual({ shops: new Map(), connectors: new Map(), settings: DEFAULT_SETTINGS, guide: DEFAULT_GUIDE, notices: [], lastShop: null });
    expect(remove).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('the last shop pointer', () => {
  it('a shop key of up to 400 characters is read', async () => {
    seed({ [KEYS.lastShop]: 'k'.repeat(400) });
    expect((await readAll(NOW)).lastShop).toBe('k'.repeat(400));
  });

  it.each([
    ['longer than any shop key', 'k'.repeat(401)],
    ['a number', 42],
    ['a list', [`${HOST}|Acme`]],
  ])('%s is removed, without a notice (it only points at a record)', async (_, value) => {
    seed({ [KEYS.lastShop]: value });
    expect((await readAll(NOW)).lastShop).toBeNull();
    expect(remove).toHaveBeenCalledWith([KEYS.lastShop]);
    expect(KEYS.lastShop in data()).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('a dropped record', () => {
  it('each notice names what was lost: the connector by its slot, the settings, the guide progress', async () => {
    seed({
      [`${KEYS.connectorPrefix}default`]: { v: SCHEMA_VERSION, state: 'sideways' },
      [KEYS.settings]: { ...DEFAULT_SETTINGS, expiryWarningDays: 0 },
      [KEYS.guide]: { v: SCHEMA_VERSION, mode: 'auto' },
    });
    await readAll(NOW);
    expect(noticeTexts()).toEqual([
      'Stored connector status for default could not be read (damaged or from an older version) and was removed. It is read again the next time you open the page.',
      'Stored settings (reset to defaults) could not be read (damaged or from an older version) and was removed. It is read again the next time you open the page.',
      'Stored guide progress could not be read (damaged or from an older version) and was removed. It is read again the next time you open the page.',
    ]);
  });

  it('is logged with its key and the reason', async () => {
    seed({ [`${KEYS.shopPrefix}${HOST}|Acme`]: { ...shop, v: 0 } });
    await readAll(NOW);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[pipe17-reauth\] dropped stored shop:seller-us\.tiktok\.com\|Acme: .*v/));
  });

  it('settings and guide progress are replaced by their defaults in one write, never removed first', async () => {
    seed({ [KEYS.settings]: 'garbage', [KEYS.guide]: 'garbage' });
    await readAll(NOW);
    expect(remove).not.toHaveBeenCalled();
    expect(set).toHaveBeenCalledTimes(1);
    expect(data()[KEYS.settings]).toEqual(DEFAULT_SETTINGS);
    expect(data()[KEYS.guide]).toEqual(DEFAULT_GUIDE);
  });

  it('a record under a very long key gets a notice that can itself be read back', async () => {
    seed({ [`${KEYS.shopPrefix}${'x'.repeat(1000)}`]: 'garbage' });
    await readAll(NOW);
    expect(noticeTexts()[0]).toHaveLength(500);
    // Read again: the notice is still there (a notice over 500 characters would fail its schema and be dropped).
    expect((await readAll(NOW + 1)).notices).toHaveLength(1);
    expect(noticeTexts()).toHaveLength(1);
  });
});

describe('stored notices that fail to parse', () => {
  it('are reset to none, logged, with no notice about themselves', async () => {
    seed({ [KEYS.notices]: [{ at: 'yesterday', text: 3 }] });
    const snap = await readAll(NOW);
    expect(snap.notices).toEqual([]);
    expect(data()[KEYS.notices]).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[pipe17-reauth\] dropped stored notices: /));
    expect(remove).not.toHaveBeenCalled();
  });

  it('beside a dropped record, only the new notice is kept', async () => {
    seed({ [KEYS.notices]: 'garbage', [KEYS.guide]: 'garbage' });
    const snap = await readAll(NOW);
    expect(snap.notices).toEqual([{ at: NOW, text: expect.stringContaining('guide progress') }]);
    expect(data()[KEYS.notices]).toEqual(snap.notices);
  });
});

describe('ensureDefaults', () => {
  it('on a first install writes the default settings and guide', async () => {
    await ensureDefaults();
    expect(data()).toEqual({ [KEYS.settings]: DEFAULT_SETTINGS, [KEYS.guide]: DEFAULT_GUIDE });
  });

  it('keeps what the owner set, filling in only what is missing', async () => {
    seed({ [KEYS.settings]: settings });
    await ensureDefaults();
    expect(data()).toEqual({ [KEYS.settings]: settings, [KEYS.guide]: DEFAULT_GUIDE });
    seed({ [KEYS.guide]: guide });
    await ensureDefaults();
    expect(data()).toEqual({ [KEYS.settings]: DEFAULT_SETTINGS, [KEYS.guide]: guide });
  });

  it('writes nothing when both are there', async () => {
    seed({ [KEYS.settings]: settings, [KEYS.guide]: guide });
    await ensureDefaults();
    expect(set).not.toHaveBeenCalled();
    expect(data()).toEqual({ [KEYS.settings]: settings, [KEYS.guide]: guide });
  });
});
