import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectorRecord, ShopRecord } from '../shared/storage';
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
  it('lists every reason, one per line', () => {
    const b = computeBadge([shop('A', { state: 'expired', evidence: ev }), shop('B', { state: 'expiring', evidence: ev })], [connector('error')], NOW, 14);
    expect(b.reasons).toHaveLength(3);
    expect(b.title.split('\n')).toHaveLength(3);
    expect(b.color).toBe('#c5221f');
  });
});
