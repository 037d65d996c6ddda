import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectorRecord, ShopRecord } from '../shared/types';
import { resetFakeBrowser } from '../test/fakeBrowser';
import { computeBadge } from './badge';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));
beforeEach(() => void resetFakeBrowser());

const NOW = new Date(2025, 5, 1, 12).getTime();
const ev = { where: 'w', detail: 'd', seenAt: 1 };
const shop = (name: string, app?: ShopRecord['app']): ShopRecord => ({
  v: 1, key: `seller-us.tiktok.com|${name}`, host: 'seller-us.tiktok.com', region: 'us', shop: name, seenAt: 1, ...(app ? { app } : {}),
});
const connector = (state: ConnectorRecord['state'], name: string | null = 'Acme'): ConnectorRecord => ({ v: 1, state, shop: name, evidence: ev });

describe('computeBadge', () => {
  it('is empty with the default title when all is well or unknown', () => {
    expect(computeBadge([], [], NOW, 14)).toMatchObject({ text: '', title: 'Pipe17 re-authorization status' });
    expect(computeBadge([shop('Acme', { state: 'active', evidence: ev }), shop('Beta')], [connector('connected'), connector('unknown'), connector('connecting')], NOW, 14).text).toBe('');
  });
  it('says which shop expired, from the date even if the table said active', () => {
    const b = computeBadge([shop('Acme Outdoors US', { state: 'active', expiresAt: '2025-05-31', evidence: ev })], [], NOW, 14);
    expect(b).toMatchObject({ text: '!', color: '#c5221f', title: 'Pipe17 authorization expired for Acme Outdoors US' });
  });
  it('warns in amber about an expiry within the window, with its date', () => {
    const b = computeBadge([shop('Acme', { state: 'active', expiresAt: '2025-06-10', evidence: ev })], [], NOW, 14);
    expect(b).toMatchObject({ text: '!', color: '#b06000', title: 'Pipe17 authorization for Acme expires on 2025-06-10' });
    expect(computeBadge([shop('Acme', { state: 'active', expiresAt: '2025-06-10', evidence: ev })], [], NOW, 5).text).toBe('');
  });
  it('warns about a disconnected, failing or unconfigured connector', () => {
    expect(computeBadge([], [connector('disconnected')], NOW, 14)).toMatchObject({ text: '!', color: '#c5221f', title: 'Pipe17 TikTok Shop connector disconnected (Acme)' });
    expect(computeBadge([], [connector('error', null)], NOW, 14).title).toBe('Pipe17 TikTok Shop connector shows an error (shop not named)');
    expect(computeBadge([], [connector('not-configured')], NOW, 14)).toMatchObject({ text: '!', color: '#b06000' });
  });
  it('a down connector read before the owner re-authorized that shop: a warning to read it again, not an alarm', () => {
    const renewed = (name: string, confirmedAt: number, extra: object = {}): ShopRecord => ({
      ...shop(name, { state: 'active', evidence: ev }),
      lastRenewal: { at: confirmedAt - 1, targetShop: name, confirmedAt, ...extra },
    });
    const read = (state: ConnectorRecord['state'], seenAt: number, name: string | null = 'Acme'): ConnectorRecord => ({ ...connector(state, name), evidence: { ...ev, seenAt } });
    const before = computeBadge([renewed('Acme', 100)], [read('disconnected', 50)], NOW, 14);
    expect(before).toMatchObject({ text: '!', color: '#b06000', title: 'Pipe17 TikTok Shop connector read before the re-authorization (Acme): check it again' });
    expect(computeBadge([renewed('Acme', 100)], [read('error', 50, null)], NOW, 14).color).toBe('#b06000');
    // As the background calls it: the records as a Map's iterators.
    expect(computeBadge(new Map([['a', renewed('Acme', 100)]]).values(), new Map([['c', read('disconnected', 50)]]).values(), NOW, 14).color).toBe('#b06000');
    // Read down after it, another shop renewed, the wrong shop renewed, or not yet back on My apps: still the alarm.
    expect(computeBadge([renewed('Acme', 100)], [read('disconnected', 150)], NOW, 14).color).toBe('#c5221f');
    expect(computeBadge([renewed('Beta', 100)], [read('disconnected', 50)], NOW, 14).color).toBe('#c5221f');
    expect(computeBadge([renewed('Acme', 100, { targetShop: 'Acme Outlet', expectedShop: 'Acme' })], [read('disconnected', 50)], NOW, 14).color).toBe('#c5221f');
    expect(computeBadge([{ ...shop('Acme'), lastRenewal: { at: 100, targetShop: 'Acme' } }], [read('disconnected', 50)], NOW, 14).color).toBe('#c5221f');
  });
  it('the last renewal went to another Target shop than the one Pipe17 uses: an amber warning to repeat it', () => {
    const wrong: ShopRecord = {
      ...shop('Acme Outdoors US', { state: 'active', evidence: ev }),
      lastRenewal: { at: 100, targetShop: 'Acme Outdoors Outlet', expectedShop: 'Acme Outdoors US', confirmedAt: 101 },
    };
    expect(computeBadge([wrong], [connector('connected')], NOW, 14)).toMatchObject({
      text: '!',
      color: '#b06000',
      title: 'Pipe17 re-authorized for Acme Outdoors Outlet, but it uses Acme Outdoors US: repeat with that Target shop',
    });
    const right: ShopRecord = { ...wrong, lastRenewal: { at: 200, targetShop: 'Acme Outdoors US', expectedShop: 'Acme Outdoors US', confirmedAt: 201 } };
    expect(computeBadge([right], [connector('connected')], NOW, 14).text).toBe('');
  });
  it('lists every reason, one per line', () => {
    const b = computeBadge([shop('A', { state: 'expired', evidence: ev }), shop('B', { state: 'expiring', evidence: ev })], [connector('error')], NOW, 14);
    expect(b.reasons).toHaveLength(3);
    expect(b.title.split('\n')).toHaveLength(3);
    expect(b.color).toBe('#c5221f');
  });
});
