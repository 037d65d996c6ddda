import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEYS } from '../shared/storage';
import { fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { createPopupStore, type PopupBoot } from './store';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

const US = 'seller-us.tiktok.com';
const shopKey = `${KEYS.shopPrefix}${US}|Acme`;
const shop = { v: 1, key: `${US}|Acme`, host: US, region: 'us', shop: 'Acme', seenAt: 1 };
const g = globalThis as { __pipe17PopupBoot?: PopupBoot };

/** A boot as public/popup-boot.js leaves it, with its reads answered when the test says. */
function fakeBoot(changes: PopupBoot['changes'] = []) {
  let answerStorage!: (items: Record<string, unknown>) => void;
  let answerTab!: (answer: unknown) => void;
  const boot: PopupBoot = {
    storage: new Promise((r) => (answerStorage = r)),
    tab: new Promise((r) => (answerTab = r)),
    changes,
    stop: vi.fn(),
  };
  g.__pipe17PopupBoot = boot;
  return { boot, answerStorage, answerTab };
}

let stop: (() => void) | undefined;
beforeEach(() => resetFakeBrowser());
afterEach(() => {
  stop?.();
  delete g.__pipe17PopupBoot;
});

describe('popup store', () => {
  it('takes over the boot script reads, once, and stops its listener', async () => {
    const { boot, answerStorage, answerTab } = fakeBoot();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const store = createPopupStore();
    stop = store.start();
    expect(boot.stop).toHaveBeenCalled();
    expect(g.__pipe17PopupBoot).toBeUndefined();
    answerStorage({ [KEYS.lastShop]: `${US}|Acme`, [shopKey]: shop });
    answerTab({ host: US, shop: 'Acme' });
    await vi.waitFor(() => expect(store.getState().hydrated && store.getState().tabChecked).toBe(true));
    expect(get).not.toHaveBeenCalled();
    expect(store.getState().lastShop).toBe(`${US}|Acme`);
    expect(store.getState().shops.map((s) => s.key)).toEqual([`${US}|Acme`]);
    expect(store.getState().tab).toEqual({ host: US, shop: 'Acme' });
  });

  it('replays changes seen before the read answered, in order, over what it read', async () => {
    // The boot saw lastShop change (after its read); then, before the read answered, the shop record went away.
    const { answerStorage, answerTab } = fakeBoot([{ [KEYS.lastShop]: { oldValue: `${US}|Acme`, newValue: `${US}|Other` } }]);
    fakeBrowser._.data = { [KEYS.lastShop]: `${US}|Other`, [shopKey]: shop };
    const store = createPopupStore();
    stop = store.start();
    await fakeBrowser.storage.local.remove(shopKey);
    await fakeBrowser.storage.local.set({ [KEYS.lastShop]: `${US}|Third` });
    await fakeBrowser.storage.local.remove(KEYS.lastShop);
    await fakeBrowser.storage.local.set({ [KEYS.lastShop]: `${US}|Fourth` });
    expect(store.getState().hydrated).toBe(false);
    answerStorage({ [KEYS.lastShop]: `${US}|Acme`, [shopKey]: shop });
    answerTab(null);
    await vi.waitFor(() => expect(store.getState().hydrated).toBe(true));
    expect(store.getState().shops).toEqual([]);
    expect(store.getState().lastShop).toBe(`${US}|Fourth`);
  });

  it('does not trust what the active tab answered', async () => {
    const { answerStorage, answerTab } = fakeBoot();
    const store = createPopupStore();
    stop = store.start();
    answerStorage({});
    answerTab({ host: US, shop: '<img src=x onerror=alert(1)>'.repeat(100) });
    await vi.waitFor(() => expect(store.getState().tabChecked).toBe(true));
    expect(store.getState().tab).toBeNull();
  });

  it('asks for itself when there is no boot (and when the boot has already been taken)', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.lastShop]: `${US}|Acme` });
    const first = createPopupStore();
    stop = first.start();
    await vi.waitFor(() => expect(first.getState().hydrated && first.getState().tabChecked).toBe(true));
    expect(first.getState().lastShop).toBe(`${US}|Acme`);
    expect(first.getState().tab).toBeNull();
  });

  it('shows what it has rather than waiting forever when storage cannot be read', async () => {
    const { answerTab } = fakeBoot();
    g.__pipe17PopupBoot!.storage = Promise.reject(new Error('boom'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createPopupStore();
    stop = store.start();
    answerTab(null);
    await vi.waitFor(() => expect(store.getState().hydrated).toBe(true));
    expect(store.getState().shops).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });
});
