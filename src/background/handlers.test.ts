import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import type { ShopRecord } from '../shared/types';
import { FAKE_EXTENSION_ID, fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { drainRenewalOutbox, FOCUS_COMMAND, onCommand, onRuntimeMessage, refreshBadge } from './handlers';
import { readAll } from './store';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

const NOW = new Date(2025, 5, 1, 12).getTime();
const HOST = 'seller-us.tiktok.com';
const seller = { id: FAKE_EXTENSION_ID, url: `https://${HOST}/services/authorizations?tab=apps`, tab: { id: 1 } };
const pipe17 = { id: FAKE_EXTENSION_ID, url: 'https://app.pipe17.com/integrations/tiktok-shop', tab: { id: 2 } };
const popup = { id: FAKE_EXTENSION_ID, url: `chrome-extension://${FAKE_EXTENSION_ID}/src/popup/index.html` };
const data = () => fakeBrowser._.data;

beforeEach(() => {
  resetFakeBrowser();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('onRuntimeMessage', () => {
  it('stores shop facts, remembers the last shop and answers ok', async () => {
    const reply = await onRuntimeMessage(
      { type: 'shop/facts', host: HOST, shop: 'Acme Outdoors US', where: 'My apps and incidents', owner: { state: 'owner', detail: 'Authorize shown on the Pipe17 row' } },
      seller,
      NOW,
    );
    expect(reply).toEqual({ ok: true });
    expect(data()[KEYS.lastShop]).toBe(`${HOST}|Acme Outdoors US`);
    expect(data()[`${KEYS.shopPrefix}${HOST}|Acme Outdoors US`]).toMatchObject({ owner: { state: 'owner' }, region: 'us' });
  });

  it('drops a rejected message with a warning and a reason, writing nothing', async () => {
    const reply = await onRuntimeMessage({ type: 'connector/report', state: 'connected', shop: null }, seller, NOW);
    expect(reply).toEqual({ ok: false, reason: 'connector/report not accepted from seller-center' });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('not accepted from seller-center'));
    expect(data()).toEqual({});
  });

  it('moves a host-only record to the named key', async () => {
    await onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: null, where: 'w', app: { state: 'expired' } }, seller, NOW);
    expect(Object.keys(data())).toContain(`${KEYS.shopPrefix}${HOST}`);
    await onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme', where: 'w' }, seller, NOW + 1);
    expect(Object.keys(data())).not.toContain(`${KEYS.shopPrefix}${HOST}`);
    expect(data()[`${KEYS.shopPrefix}${HOST}|Acme`]).toMatchObject({ app: { state: 'expired' } });
    expect(data()[KEYS.lastShop]).toBe(`${HOST}|Acme`);
  });

  it('does not lose updates when messages arrive together', async () => {
    await Promise.all([
      onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme', where: 'w', owner: { state: 'owner', detail: 'd' } }, seller, NOW),
      onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme', where: 'w', app: { state: 'active' } }, seller, NOW),
      onRuntimeMessage({ type: 'connector/report', state: 'connected', shop: 'Acme' }, pipe17, NOW),
      onRuntimeMessage({ type: 'guide/set', mode: 'started' }, seller, NOW),
    ]);
    expect(data()[`${KEYS.shopPrefix}${HOST}|Acme`]).toMatchObject({ owner: { state: 'owner' }, app: { state: 'active' } });
    expect(data()[`${KEYS.connectorPrefix}Acme`]).toMatchObject({ state: 'connected' });
    expect(data()[KEYS.guide]).toMatchObject({ mode: 'started' });
  });

  it('keeps a guide memory written by an earlier build that remembered the step (the field is no longer kept)', async () => {
    const pending = { host: HOST, shopKey: `${HOST}|Acme`, targetShop: 'Acme', at: NOW - 1000 };
    await fakeBrowser.storage.local.set({ [KEYS.guide]: { v: 1, mode: 'started', step: 'renew-dialog', pendingRenewal: pending, updatedAt: 1 } });
    expect((await readAll()).guide).toEqual({ v: 1, mode: 'started', pendingRenewal: pending, updatedAt: 1 });
    await onRuntimeMessage({ type: 'guide/set', afterStep: { id: 'sync', done: true } }, seller, NOW);
    expect(data()[KEYS.guide]).toEqual({ v: 1, mode: 'started', pendingRenewal: pending, afterSteps: ['sync'], updatedAt: NOW });
  });

  it('records a confirmed renewal and its completion', async () => {
    await onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme', where: 'w', app: { state: 'expired', expiresAt: '2025-05-01' } }, seller, NOW);
    await onRuntimeMessage({ type: 'renewal/confirmed', host: HOST, shop: 'Acme', targetShop: 'Acme', expectedShop: 'Acme' }, seller, NOW + 10);
    expect(data()[KEYS.guide]).toMatchObject({ pendingRenewal: { host: HOST, shopKey: `${HOST}|Acme`, targetShop: 'Acme', expectedShop: 'Acme', at: NOW + 10 } });
    // Not a renewal yet: Seller Center may still refuse it, or the owner turn back on the conditions page.
    expect((data()[`${KEYS.shopPrefix}${HOST}|Acme`] as ShopRecord).lastRenewal).toBeUndefined();
    expect(fakeBrowser._.badge.text).toBe('!');
    await onRuntimeMessage({ type: 'renewal/completed', host: HOST, shop: null }, seller, NOW + 20);
    expect(data()[`${KEYS.shopPrefix}${HOST}|Acme`]).toMatchObject({
      lastRenewal: { at: NOW + 10, targetShop: 'Acme', expectedShop: 'Acme', confirmedAt: NOW + 20 },
      app: { state: 'active', evidence: { detail: 'Pipe17 Active after renewal' } },
    });
    expect(fakeBrowser._.badge.text).toBe('');
    await onRuntimeMessage({ type: 'guide/set', finish: true }, seller, NOW + 30);
    expect(data()[KEYS.guide]).toEqual({ v: 1, mode: 'auto', updatedAt: NOW + 30 });
  });

  it('keeps the Pipe17 row’s expiry seen at Confirm to install (read as a date, or the message is refused)', async () => {
    await onRuntimeMessage({ type: 'renewal/confirmed', host: HOST, shop: 'Acme', targetShop: 'Acme', expiresBefore: '2025-05-01' }, seller, NOW);
    expect(data()[KEYS.guide]).toMatchObject({ pendingRenewal: { targetShop: 'Acme', expiresBefore: '2025-05-01' } });
    expect((await readAll()).guide.pendingRenewal?.expiresBefore).toBe('2025-05-01');
    const reply = await onRuntimeMessage({ type: 'renewal/confirmed', host: HOST, shop: 'Acme', targetShop: 'Other', expiresBefore: '<b>soon</b>' }, seller, NOW + 10);
    expect(reply.ok).toBe(false);
    expect(data()[KEYS.guide]).toMatchObject({ pendingRenewal: { targetShop: 'Acme' } });
  });

  it('a renewal withdrawn after Confirm to install: nothing pending, and Pipe17 Active later is no renewal', async () => {
    await onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme', where: 'w', app: { state: 'active', expiresAt: '2030-05-01' } }, seller, NOW);
    await onRuntimeMessage({ type: 'renewal/confirmed', host: HOST, shop: 'Acme', targetShop: 'Acme Outlet', expectedShop: 'Acme' }, seller, NOW + 10);
    await onRuntimeMessage({ type: 'renewal/cancelled' }, seller, NOW + 20);
    expect(data()[KEYS.guide]).toEqual({ ...DEFAULT_GUIDE, updatedAt: NOW + 20 });
    await onRuntimeMessage({ type: 'renewal/completed', host: HOST, shop: 'Acme' }, seller, NOW + 30);
    expect((data()[`${KEYS.shopPrefix}${HOST}|Acme`] as ShopRecord).lastRenewal).toBeUndefined();
    expect(fakeBrowser._.badge).toMatchObject({ text: '' });
  });

  it('opens My apps and starts the guide', async () => {
    expect(await onRuntimeMessage({ type: 'guide/open-my-apps', host: 'seller-uk.tiktok.com' }, popup, NOW)).toEqual({ ok: true });
    expect(fakeBrowser._.createdTabs).toEqual([{ url: 'https://seller-uk.tiktok.com/services/authorizations?shop_region=GB&tab=apps' }]);
    expect(data()[KEYS.guide]).toMatchObject({ mode: 'started' });
  });

  it('saves settings and clears everything back to defaults', async () => {
    const settings = { ...DEFAULT_SETTINGS, contactEmail: 'ops@acme.example', expectedShops: { us: 'Acme' } };
    await onRuntimeMessage({ type: 'settings/save', settings }, popup, NOW);
    expect(data()[KEYS.settings]).toEqual(settings);
    await onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme', where: 'w' }, seller, NOW);
    await onRuntimeMessage({ type: 'data/clear' }, popup, NOW);
    expect(data()).toEqual({ [KEYS.settings]: DEFAULT_SETTINGS, [KEYS.guide]: DEFAULT_GUIDE, [KEYS.notices]: [] });
  });

  it('stale connector reports keep the last state', async () => {
    await onRuntimeMessage({ type: 'connector/report', state: 'disconnected', shop: 'Acme', statusText: 'Disconnected' }, pipe17, NOW);
    await onRuntimeMessage({ type: 'connector/report', state: 'unknown', shop: null, stale: true }, pipe17, NOW + 5);
    expect(data()[`${KEYS.connectorPrefix}Acme`]).toMatchObject({ state: 'disconnected', stale: true, evidence: { seenAt: NOW } });
    expect(fakeBrowser._.badge.text).toBe('!');
  });
});

describe('guide health', () => {
  it('each page’s reading merged into what is stored, per part, newest wins; parts not known are dropped', async () => {
    const health = (parts: Record<string, string>) => ({ type: 'guide/health', parts });
    expect(await onRuntimeMessage(health({ growth: 'found', 'my-apps-link': 'missing' }), seller, NOW)).toEqual({ ok: true });
    expect(await onRuntimeMessage(health({ 'my-apps-link': 'found', spoof: 'found' }), seller, NOW + 1000)).toEqual({ ok: true });
    expect(data()[KEYS.health]).toEqual({
      v: 1,
      parts: expect.objectContaining({
        growth: { state: 'found', at: NOW },
        'my-apps-link': { state: 'found', at: NOW + 1000 },
        'pipe17-row': { state: 'unseen' },
      }),
    });
    expect(JSON.stringify(data()[KEYS.health])).not.toContain('spoof');
  });
});

describe('stored records that fail to parse', () => {
  it('are removed with a notice, and good ones kept', async () => {
    const good = { v: 1, key: `${HOST}|Acme`, host: HOST, region: 'us', shop: 'Acme', seenAt: 1 };
    fakeBrowser._.data = {
      [`${KEYS.shopPrefix}${HOST}|Acme`]: good,
      [`${KEYS.shopPrefix}${HOST}|Old`]: { ...good, v: 0 },
      [`${KEYS.shopPrefix}${HOST}|Bad`]: 'garbage',
      [`${KEYS.connectorPrefix}default`]: { v: 1, state: 'sideways', shop: null, evidence: { where: '', detail: '', seenAt: 0 } },
      [KEYS.settings]: { ...DEFAULT_SETTINGS, expiryWarningDays: 500 },
      [KEYS.guide]: { v: 1, mode: 'auto' },
      unrelated: 42,
    };
    const snap = await readAll(NOW);
    expect([...snap.shops.keys()]).toEqual([`${HOST}|Acme`]);
    expect(snap.connectors.size).toBe(0);
    expect(snap.settings).toEqual(DEFAULT_SETTINGS);
    const d = data();
    expect(Object.keys(d).sort()).toEqual([`${KEYS.shopPrefix}${HOST}|Acme`, KEYS.guide, KEYS.notices, KEYS.settings, 'unrelated'].sort());
    expect(d[KEYS.settings]).toEqual(DEFAULT_SETTINGS);
    expect(d[KEYS.guide]).toEqual(DEFAULT_GUIDE);
    const notices = d[KEYS.notices] as { at: number; text: string }[];
    expect(notices).toHaveLength(5);
    expect(notices[0]).toEqual({ at: NOW, text: expect.stringContaining(`status for ${HOST}|Old`) });
    expect(notices.every((n) => n.text.includes('could not be read'))).toBe(true);
  });

  it('keeps at most 20 notices, newest last', async () => {
    fakeBrowser._.data = { [KEYS.notices]: Array.from({ length: 19 }, (_, i) => ({ at: i, text: `n${i}` })) };
    fakeBrowser._.data = { ...fakeBrowser._.data, 'shop:a': 1, 'shop:b': 2 };
    await readAll(NOW);
    const notices = data()[KEYS.notices] as { at: number; text: string }[];
    expect(notices).toHaveLength(20);
    expect(notices[0]!.text).toBe('n1');
    expect(notices[19]!.at).toBe(NOW);
  });

  it('never crash a message: a corrupt record is replaced by the new reading', async () => {
    fakeBrowser._.data = { [`${KEYS.shopPrefix}${HOST}|Acme`]: { v: 1, key: 3 } };
    const reply = await onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme', where: 'w', app: { state: 'active' } }, seller, NOW);
    expect(reply).toEqual({ ok: true });
    expect(data()[`${KEYS.shopPrefix}${HOST}|Acme`]).toMatchObject({ v: 1, app: { state: 'active' } });
    expect(data()[KEYS.notices]).toHaveLength(1);
  });
});

describe('badge', () => {
  it('warns about an expired shop and restores the default title when fixed', async () => {
    fakeBrowser._.data = {
      [`${KEYS.shopPrefix}${HOST}|Acme Outdoors US`]: {
        v: 1, key: `${HOST}|Acme Outdoors US`, host: HOST, region: 'us', shop: 'Acme Outdoors US', seenAt: 1,
        app: { state: 'active', expiresAt: '2025-05-30', evidence: { where: 'w', detail: 'd', seenAt: 1 } },
      },
    };
    await refreshBadge(NOW);
    expect(fakeBrowser._.badge).toMatchObject({ text: '!', title: 'Pipe17 authorization expired for Acme Outdoors US' });
    await onRuntimeMessage({ type: 'shop/facts', host: HOST, shop: 'Acme Outdoors US', where: 'w', app: { state: 'active', expiresAt: '2026-05-30' } }, seller, NOW);
    expect(fakeBrowser._.badge).toMatchObject({ text: '', title: 'Pipe17 re-authorization status' });
  });

  it('lists the shops that need no attention (KEYS.calm) with it, for the launcher', async () => {
    const app = (expiresAt: string) => ({ state: 'active', expiresAt, evidence: { where: 'w', detail: 'd', seenAt: 1 } });
    fakeBrowser._.data = {
      [`${KEYS.shopPrefix}${HOST}|Calm`]: { v: 1, key: `${HOST}|Calm`, host: HOST, region: 'us', shop: 'Calm', seenAt: 2, app: app('2026-05-30') },
      [`${KEYS.shopPrefix}${HOST}|Soon`]: { v: 1, key: `${HOST}|Soon`, host: HOST, region: 'us', shop: 'Soon', seenAt: 1, app: app('2025-06-05') },
    };
    await refreshBadge(NOW);
    expect(data()[KEYS.calm]).toEqual([`${HOST}|Calm`]);
    // Its connector read as disconnected: no longer calm.
    await onRuntimeMessage({ type: 'connector/report', state: 'disconnected', shop: 'Calm' }, pipe17, NOW);
    expect(data()[KEYS.calm]).toEqual([]);
  });
});

describe('service worker entry', () => {
  it('registers its listeners at load and sets up the daily alarm on install', async () => {
    vi.resetModules();
    await import('./index');
    expect(fakeBrowser.runtime.onMessage.listeners.size).toBe(1);
    expect(fakeBrowser.alarms.onAlarm.listeners.size).toBe(1);
    expect(fakeBrowser.commands.onCommand.listeners.size).toBe(1);
    fakeBrowser.runtime.onInstalled.emit({ reason: 'install' });
    await vi.waitFor(() => expect(fakeBrowser._.alarms.get('expiry-check')).toEqual({ name: 'expiry-check', periodInMinutes: 1440 }));
    await vi.waitFor(() => expect(data()[KEYS.settings]).toEqual(DEFAULT_SETTINGS));
    const reply = await fakeBrowser._.deliver({ type: 'data/clear' }, { id: 'someone-else', url: 'https://evil.example/' });
    expect(reply).toMatchObject({ ok: false, reason: expect.stringContaining('foreign sender id') });
  });
});

describe('the focus-guide command (a key the owner set in the browser\'s extension shortcuts)', () => {
  const sent: [number, unknown][] = [];
  beforeEach(() => {
    sent.length = 0;
    fakeBrowser._.tabReply = async (id, message) => {
      sent.push([id, message]);
      return { moved: true };
    };
  });

  it('is passed to the guide in the tab it was pressed over, as the one message the content script takes for it', async () => {
    await onCommand(FOCUS_COMMAND, { id: 4 });
    expect(sent).toEqual([[4, { type: 'guide/focus' }]]);
  });

  it('goes to the active tab when the browser names no tab, and to none when there is none', async () => {
    fakeBrowser._.activeTab = { id: 9 };
    await onCommand('focus-guide', undefined);
    fakeBrowser._.activeTab = undefined;
    await onCommand('focus-guide', undefined);
    expect(sent).toEqual([[9, { type: 'guide/focus' }]]);
  });

  it('over a tab with no guide (not Seller Center: no receiving end) does nothing and throws nothing', async () => {
    fakeBrowser._.tabReply = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(onCommand('focus-guide', { id: 4 })).resolves.toBeUndefined();
  });

  it('is the command the manifest declares, with no key of its own (Alt+Shift+G needs none)', async () => {
    const manifest = (await import('../../manifest.json', { with: { type: 'json' } })).default as { commands: Record<string, unknown> };
    expect(manifest.commands[FOCUS_COMMAND]).toEqual({ description: '__MSG_commandFocusGuide__' });
  });

  it('ignores any other command', async () => {
    await onCommand('_execute_action', { id: 4 });
    expect(sent).toEqual([]);
  });

  it('reaches the handler through the listener the service worker registers', async () => {
    vi.resetModules();
    await import('./index');
    fakeBrowser.commands.onCommand.emit('focus-guide', { id: 5 });
    await vi.waitFor(() => expect(sent).toEqual([[5, { type: 'guide/focus' }]]));
  });
});

describe('the renewal outbox (a confirmation or a cancellation whose message may have been lost)', () => {
  const confirmed = { type: 'renewal/confirmed', host: HOST, shop: 'Acme Outdoors US', targetShop: 'Acme Outdoors US' };

  it('is applied like the message when the message never arrived, then removed', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.renewalOutbox]: { ...confirmed, at: NOW - 1000 } });
    await drainRenewalOutbox(NOW);
    expect(data()[KEYS.renewalOutbox]).toBeUndefined();
    expect(data()[KEYS.guide]).toMatchObject({ pendingRenewal: { host: HOST, targetShop: 'Acme Outdoors US', at: NOW } });
  });

  it('is only removed when the message got there first', async () => {
    await onRuntimeMessage({ ...confirmed, targetShop: 'From the message' }, seller, NOW);
    await fakeBrowser.storage.local.set({ [KEYS.renewalOutbox]: { ...confirmed, targetShop: 'From the outbox', at: NOW - 50 } });
    await drainRenewalOutbox(NOW + 10);
    expect(data()[KEYS.renewalOutbox]).toBeUndefined();
    expect(data()[KEYS.guide]).toMatchObject({ pendingRenewal: { targetShop: 'From the message' } });
  });

  it('a cancellation clears the pending renewal it came after, not one confirmed after it', async () => {
    await onRuntimeMessage(confirmed, seller, NOW);
    await fakeBrowser.storage.local.set({ [KEYS.renewalOutbox]: { type: 'renewal/cancelled', at: NOW - 50 } });
    await drainRenewalOutbox(NOW + 10);
    expect(data()[KEYS.renewalOutbox]).toBeUndefined();
    expect(data()[KEYS.guide]).toMatchObject({ pendingRenewal: { at: NOW } });
    await fakeBrowser.storage.local.set({ [KEYS.renewalOutbox]: { type: 'renewal/cancelled', at: NOW + 20 } });
    await drainRenewalOutbox(NOW + 30);
    expect(data()[KEYS.renewalOutbox]).toBeUndefined();
    expect(data()[KEYS.guide]).toEqual({ ...DEFAULT_GUIDE, updatedAt: NOW + 30 });
  });

  it.each([
    ['another type', { type: 'guide/set', mode: 'started', at: NOW }],
    ['a foreign host', { ...confirmed, host: 'evil.example', at: NOW }],
    ['no date', { ...confirmed }],
    ['an hour old', { ...confirmed, at: NOW - 2 * 60 * 60 * 1000 }],
    ['junk', 'junk'],
  ])('rejects %s: removed, nothing applied', async (_what, raw) => {
    await fakeBrowser.storage.local.set({ [KEYS.renewalOutbox]: raw });
    await drainRenewalOutbox(NOW);
    expect(data()[KEYS.renewalOutbox]).toBeUndefined();
    expect(data()[KEYS.guide]).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('dropped renewal outbox'));
  });
});
