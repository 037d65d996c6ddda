import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEYS } from '../shared/constants';
import { fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { createPopupStore } from './store';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

const US = 'seller-us.tiktok.com';
const shopKey = `${KEYS.shopPrefix}${US}|Acme`;
const shop = { v: 1, key: `${US}|Acme`, host: US, region: 'us', shop: 'Acme', seenAt: 1 };

/** storage.local.get(null) answered when the test says, not at once. */
function heldRead() {
  let answer!: (items: Record<string, unknown>) => void;
  const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValueOnce(new Promise((r) => (answer = r)));
  return { get, answer: (items: Record<string, unknown>) => answer(items) };
}

let stop: (() => void) | undefined;
beforeEach(() => resetFakeBrowser());
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
});

describe('popup store', () => {
  it('reads storage once and asks the active tab which shop it shows', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.lastShop]: `${US}|Acme`, [shopKey]: shop });
    fakeBrowser._.activeTab = { id: 7, url: `https://${US}/homepage` };
    fakeBrowser._.tabReply = async (_id, msg) => (JSON.stringify(msg) === '{"type":"tab/identify"}' ? { host: US, shop: 'Acme' } : undefined);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const store = createPopupStore();
    stop = store.start();
    await vi.waitFor(() => expect(store.getState().hydrated && store.getState().tabChecked).toBe(true));
    expect(get).toHaveBeenCalledTimes(1);
    expect(store.getState().lastShop).toBe(`${US}|Acme`);
    expect(store.getState().shops.map((s) => s.key)).toEqual([`${US}|Acme`]);
    expect(store.getState().tab).toEqual({ host: US, shop: 'Acme' });
  });

  it('replays changes seen before the read answered, in order, over what it read', async () => {
    fakeBrowser._.data = { [KEYS.lastShop]: `${US}|Acme`, [shopKey]: shop };
    const read = heldRead();
    const store = createPopupStore();
    stop = store.start();
    // Between the read being asked and answered: the shop record goes away, lastShop changes three times.
    await fakeBrowser.storage.local.remove(shopKey);
    await fakeBrowser.storage.local.set({ [KEYS.lastShop]: `${US}|Third` });
    await fakeBrowser.storage.local.remove(KEYS.lastShop);
    await fakeBrowser.storage.local.set({ [KEYS.lastShop]: `${US}|Fourth` });
    expect(store.getState().hydrated).toBe(false);
    read.answer({ [KEYS.lastShop]: `${US}|Acme`, [shopKey]: shop });
    await vi.waitFor(() => expect(store.getState().hydrated).toBe(true));
    expect(store.getState().shops).toEqual([]);
    expect(store.getState().lastShop).toBe(`${US}|Fourth`);
  });

  it('follows changes after the read', async () => {
    const store = createPopupStore();
    stop = store.start();
    await vi.waitFor(() => expect(store.getState().hydrated).toBe(true));
    await fakeBrowser.storage.local.set({ [shopKey]: shop });
    await vi.waitFor(() => expect(store.getState().shops.map((s) => s.key)).toEqual([`${US}|Acme`]));
  });

  it('does not trust what the active tab answered', async () => {
    fakeBrowser._.activeTab = { id: 7, url: `https://${US}/homepage` };
    fakeBrowser._.tabReply = async () => ({ host: US, shop: '<img src=x onerror=alert(1)>'.repeat(100) });
    const store = createPopupStore();
    stop = store.start();
    await vi.waitFor(() => expect(store.getState().tabChecked).toBe(true));
    expect(store.getState().tab).toBeNull();
  });

  it('settles on no tab when the active tab has no content script', async () => {
    fakeBrowser._.activeTab = { id: 7, url: 'https://example.com/' };
    const store = createPopupStore();
    stop = store.start();
    await vi.waitFor(() => expect(store.getState().tabChecked).toBe(true));
    expect(store.getState().tab).toBeNull();
  });

  it('shows what it has rather than waiting forever when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('boom'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createPopupStore();
    stop = store.start();
    await vi.waitFor(() => expect(store.getState().hydrated).toBe(true));
    expect(store.getState().shops).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it('stops listening when stopped', async () => {
    const store = createPopupStore();
    stop = store.start();
    await vi.waitFor(() => expect(store.getState().hydrated).toBe(true));
    stop();
    stop = undefined;
    await fakeBrowser.storage.local.set({ [shopKey]: shop });
    await new Promise((r) => setTimeout(r, 10));
    expect(store.getState().shops).toEqual([]);
  });
});
