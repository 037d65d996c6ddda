import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/constants';
import { checkMessage, classifySender, type SenderInfo } from './sender';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const seller: SenderInfo = { id: 'ext', url: 'https://seller-us.tiktok.com/services/authorizations?tab=apps', tab: { url: 'https://seller-us.tiktok.com/x' } };
const auth: SenderInfo = { id: 'ext', url: 'https://services.tiktokshop.com/open/authorize', tab: {} };
const pipe17: SenderInfo = { id: 'ext', url: 'https://app.pipe17.com/integrations/tiktok', tab: {} };
const popup: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };
const optionsTab: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/src/options/index.html', tab: { url: 'chrome-extension://ext/src/options/index.html' } };

const facts = { type: 'shop/facts', host: 'seller-us.tiktok.com', shop: 'Acme', where: 'My apps and incidents' };
const report = { type: 'connector/report', state: 'connected', shop: 'Acme' };
const save = { type: 'settings/save', settings: DEFAULT_SETTINGS };

const reason = (raw: unknown, sender: SenderInfo) => {
  const v = checkMessage(raw, sender, SELF);
  return v.ok ? 'accepted' : v.reason;
};

describe('classifySender', () => {
  it('tells the senders apart', () => {
    expect(classifySender(seller, SELF)).toBe('seller-center');
    expect(classifySender(auth, SELF)).toBe('seller-center');
    expect(classifySender(pipe17, SELF)).toBe('pipe17');
    expect(classifySender(popup, SELF)).toBe('extension-page');
    expect(classifySender(optionsTab, SELF)).toBe('extension-page');
    expect(classifySender({ id: 'ext', url: 'https://evil.example/', tab: {} }, SELF)).toBe('other');
    expect(classifySender({ id: 'ext', url: 'http://seller-us.tiktok.com/', tab: {} }, SELF)).toBe('other');
    // A Seller Center URL without a tab is not a content script.
    expect(classifySender({ id: 'ext', url: 'https://seller-us.tiktok.com/' }, SELF)).toBe('other');
    expect(classifySender({ id: 'ext' }, SELF)).toBe('other');
  });
});

describe('checkMessage', () => {
  it('accepts each message from its sender', () => {
    expect(reason(facts, seller)).toBe('accepted');
    expect(reason(report, pipe17)).toBe('accepted');
    expect(reason(save, optionsTab)).toBe('accepted');
    expect(reason({ type: 'guide/set', mode: 'started' }, popup)).toBe('accepted');
    expect(reason({ type: 'guide/set', mode: 'dismissed' }, auth)).toBe('accepted');
    expect(reason({ type: 'renewal/cancelled' }, seller)).toBe('accepted');
    expect(reason({ type: 'renewal/cancelled' }, auth)).toBe('accepted');
    expect(reason({ type: 'guide/open-my-apps', host: 'seller-uk.tiktok.com' }, popup)).toBe('accepted');
    expect(reason({ type: 'data/clear' }, popup)).toBe('accepted');
  });

  it('guide health: from a Seller Center or conditions page only, known parts with found or missing only', () => {
    const health = { type: 'guide/health', parts: { growth: 'found', 'consent-page': 'missing' } };
    expect(reason(health, seller)).toBe('accepted');
    expect(reason(health, auth)).toBe('accepted');
    expect(reason(health, pipe17)).toMatch(/not accepted from pipe17/);
    expect(reason(health, popup)).toMatch(/not accepted from extension-page/);
    expect(reason({ ...health, parts: { growth: 'unseen' } }, seller)).toMatch(/malformed/);
    expect(reason({ ...health, parts: { growth: '<b>found</b>' } }, seller)).toMatch(/malformed/);
    expect(reason({ type: 'guide/health' }, seller)).toMatch(/malformed/);
  });

  it('rejects a foreign sender id before anything else', () => {
    expect(reason(facts, { ...seller, id: 'other-extension' })).toMatch(/foreign sender id/);
    expect(reason(facts, { ...seller, id: undefined })).toMatch(/foreign sender id/);
  });

  it('rejects malformed shapes and unknown types', () => {
    expect(reason(null, seller)).toMatch(/malformed/);
    expect(reason('shop/facts', seller)).toMatch(/malformed/);
    expect(reason({ type: 'shop/facts' }, seller)).toMatch(/malformed/);
    expect(reason({ ...facts, owner: { state: 'maybe', detail: 'x' } }, seller)).toMatch(/malformed/);
    expect(reason({ ...facts, app: { state: 'active', expiresAt: 'next week' } }, seller)).toMatch(/malformed/);
    expect(reason({ type: 'tab/identify' }, seller)).toMatch(/malformed/);
    expect(reason({ type: 'storage/write', key: 'x' }, popup)).toMatch(/malformed/);
    expect(reason({ ...save, settings: { ...DEFAULT_SETTINGS, expiryWarningDays: 0 } }, popup)).toMatch(/malformed/);
  });

  it('rejects oversize strings', () => {
    expect(reason({ ...facts, shop: 'x'.repeat(301) }, seller)).toMatch(/malformed/);
    expect(reason({ ...facts, where: 'x'.repeat(201) }, seller)).toMatch(/malformed/);
    expect(reason({ ...report, statusText: 'x'.repeat(201) }, pipe17)).toMatch(/malformed/);
    expect(reason({ ...report, url: 'https://app.pipe17.com/' + 'x'.repeat(2000) }, pipe17)).toMatch(/malformed/);
  });

  it('rejects the wrong sender kind', () => {
    expect(reason(report, seller)).toBe('connector/report not accepted from seller-center');
    expect(reason(save, seller)).toBe('settings/save not accepted from seller-center');
    expect(reason(save, pipe17)).toBe('settings/save not accepted from pipe17');
    expect(reason({ type: 'data/clear' }, seller)).toBe('data/clear not accepted from seller-center');
    expect(reason(facts, pipe17)).toBe('shop/facts not accepted from pipe17');
    expect(reason(facts, popup)).toBe('shop/facts not accepted from extension-page');
    expect(reason({ type: 'guide/open-my-apps', host: 'seller-us.tiktok.com' }, seller)).toMatch(/not accepted from seller-center/);
    expect(reason(facts, { id: 'ext', url: 'https://evil.example/', tab: {} })).toBe('shop/facts not accepted from other');
  });

  it('rejects a host that is not the sender’s', () => {
    expect(reason({ ...facts, host: 'seller-uk.tiktok.com' }, seller)).toMatch(/does not match sender host seller-us\.tiktok\.com/);
    expect(reason({ type: 'renewal/completed', host: 'seller-uk.tiktok.com', shop: null }, seller)).toMatch(/does not match/);
    // The authorization page is not a shop's host.
    expect(reason({ ...facts, host: 'services.tiktokshop.com' }, auth)).toMatch(/not a Seller Center host/);
  });

  it('only opens My apps on a Seller Center host', () => {
    expect(reason({ type: 'guide/open-my-apps', host: 'evil.example' }, popup)).toMatch(/not a Seller Center host/);
  });
});

describe('hostile senders and shapes (issue 7)', () => {
  it('a web page is never a trusted sender, whatever URL or id it claims', () => {
    // No externally_connectable: Chrome never delivers a page's message, but if it did it would carry no tab of ours.
    expect(reason(facts, { url: seller.url, tab: seller.tab })).toMatch(/foreign sender id/);
    expect(reason(facts, { id: '', url: seller.url, tab: seller.tab })).toMatch(/foreign sender id/);
    // A page in an iframe on another site, a look-alike host, http, a userinfo trick: all "other".
    for (const url of [
      'https://seller-us.tiktok.com.evil.example/',
      'https://evil.example/#seller-us.tiktok.com',
      'https://seller-us.tiktok.com@evil.example/',
      'http://seller-us.tiktok.com/',
      'https://app.pipe17.com.evil.example/',
      'chrome-extension://other-extension/src/popup/index.html',
      'data:text/html,seller-us.tiktok.com',
      'javascript:alert(1)',
    ]) {
      expect(classifySender({ id: 'ext', url, tab: { url } }, SELF), url).toBe('other');
    }
  });

  it('an extension page is not a content script, even with a Seller Center tab', () => {
    expect(classifySender({ id: 'ext', url: 'chrome-extension://ext/src/options/index.html', tab: { url: seller.url } }, SELF)).toBe('extension-page');
    expect(reason(facts, { id: 'ext', url: 'chrome-extension://ext/src/options/index.html', tab: { url: seller.url } })).toMatch(/not accepted from extension-page/);
  });

  it('rejects mistyped, oversize and non-object messages of every type, from every sender', () => {
    const shapes: unknown[] = [
      undefined,
      42,
      [],
      [facts],
      JSON.stringify(facts),
      { ...facts, type: 'Shop/Facts' },
      { ...facts, host: 42 },
      { ...facts, shop: { toString: () => 'Acme' } },
      { ...facts, where: ['My apps'] },
      { type: 'renewal/confirmed', host: 'seller-us.tiktok.com', shop: null, targetShop: 'x'.repeat(301) },
      { type: 'renewal/confirmed', host: 'seller-us.tiktok.com', shop: null },
      { type: 'guide/set', mode: 'owned' },
      { type: 'guide/set', finish: 'yes' },
      { type: 'guide/set', afterStep: { id: 'x'.repeat(41), done: true } },
      { type: 'guide/set', afterStep: { id: 'sync', done: 'yes' } },
      { type: 'connector/report', state: 'connected<img src=x>', shop: null },
      { type: 'connector/report', state: 'connected', shop: null, stale: 'true' },
      { type: 'settings/save', settings: { ...DEFAULT_SETTINGS, v: 2 } },
      { type: 'settings/save', settings: { ...DEFAULT_SETTINGS, contactEmail: 'x'.repeat(321) } },
      { type: 'settings/save', settings: { ...DEFAULT_SETTINGS, expectedShops: { us: 'x'.repeat(301) } } },
      { type: 'settings/save', settings: { ...DEFAULT_SETTINGS, launcher: 'false' } },
      { type: 'guide/open-my-apps', host: null },
      { type: '__proto__' },
    ];
    for (const raw of shapes) {
      const senders = [seller, pipe17, popup];
      for (const s of senders) expect(reason(raw, s), JSON.stringify(raw)?.slice(0, 80)).toMatch(/malformed/);
    }
  });

  it('checks the sender before trusting anything in the message, and the host against the sender’s', () => {
    expect(reason({ type: 'renewal/confirmed', host: 'seller-uk.tiktok.com', shop: null, targetShop: 'Acme' }, seller)).toMatch(/does not match sender host/);
    expect(reason({ type: 'renewal/completed', host: 'seller-us.tiktok.com', shop: null }, pipe17)).toMatch(/not accepted from pipe17/);
    expect(reason({ type: 'guide/set', mode: 'dismissed' }, pipe17)).toMatch(/not accepted from pipe17/);
    expect(reason({ type: 'renewal/cancelled' }, pipe17)).toMatch(/not accepted from pipe17/);
    expect(reason({ type: 'renewal/cancelled' }, popup)).toMatch(/not accepted from extension-page/);
    expect(reason({ type: 'guide/open-my-apps', host: 'seller-us.tiktok.com.evil.example' }, popup)).toMatch(/not a Seller Center host/);
  });
});
