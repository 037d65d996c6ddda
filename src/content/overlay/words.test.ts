import { describe, expect, it } from 'vitest';
import type { Check } from '../finders/renewDialog';
import type { Step } from '../steps';
import { checkWords, wordsOf } from './words';

const step = (id: Step['id'], extra: Partial<Step> = {}): Step => ({ id, target: null, progress: 4, ...extra });
const check = (id: Check['id'], state: Check['state'], extra: Partial<Check> = {}): Check => ({ id, state, value: 'x', field: null, ...extra });

describe('the tooltip says one action, then at most one line of why', () => {
  it('a wrong Renew option: change to Re-authorize only, because the others change what Pipe17 can do', () => {
    expect(wordsOf({ step: step('renew-dialog', { fix: check('renew-option', 'wrong') }) })).toEqual({
      action: 'Change to Re-authorize only',
      why: 'The other choices change what Pipe17 can do.',
    });
  });
  it('a well-formed contact email is asked about until it matches the one set in the options', () => {
    const ok = check('contact-email', 'ok', { value: 'a@b.co' });
    expect(checkWords(ok, { emailSet: false })).toMatchObject({ action: 'Is this the email for your Pipe17 integration?', why: 'a@b.co' });
    expect(checkWords(ok, { emailSet: true })).toMatchObject({ action: 'a@b.co — the email set for Pipe17.', why: '' });
    expect(checkWords({ ...ok, note: 'email-differs', expected: 'c@d.co' }, { emailSet: true })).toMatchObject({ action: 'Is this the email for your Pipe17 integration?', why: "a@b.co is entered; the guide's options have c@d.co." });
  });
  it('the conditions page with the wrong shop: the one action is Cancel', () => {
    expect(wordsOf({ step: step('authorize-consent', { otherShop: true }) }).action).toBe('Click Cancel');
    expect(wordsOf({ step: step('authorize-consent') }).action).toBe('Click Authorize');
  });
  it('done names the date Pipe17 is authorized until, when the row showed it', () => {
    expect(wordsOf({ step: step('done'), expiresAt: '2027-11-22' }).action).toMatch(/^Pipe17 is authorized until .*2027$/);
    expect(wordsOf({ step: step('done') }).action).toBe('Pipe17 is authorized again');
  });
  it('not the owner: with a cited role the header shows, the bold line quotes it; what to do stays the same', () => {
    const plain = wordsOf({ step: step('not-owner') });
    expect(plain).toEqual({ action: 'Only the shop owner can re-authorize Pipe17', why: 'Sign in with the account that created the shop, or ask its owner to do it.' });
    expect(wordsOf({ step: step('not-owner'), role: null })).toEqual(plain);
    expect(wordsOf({ step: step('not-owner'), role: 'Customer Service Agent' })).toEqual({
      action: 'Seller Center shows this account as “Customer Service Agent”: only the shop owner can re-authorize Pipe17',
      why: plain.why,
    });
  });
  it('Growth in a navigation that opens on a click says click, not point to', () => {
    expect(wordsOf({ step: step('open-growth', { click: true }) }).action).toBe('Click Growth in the left menu');
    expect(wordsOf({ step: step('open-growth') }).action).toBe('Point to Growth in the left menu');
  });
  it('the ring on the App store item: the words name the App store, not the My apps item the page does not show', () => {
    expect(wordsOf({ step: step('open-my-apps', { via: 'app-store' }) }).action).toBe('Click App store');
    expect(wordsOf({ step: step('open-my-apps') }).action).toBe('Click My Apps & Services');
  });
});

describe('Seller Center in a language the guide has no words for: English Seller Center’s words, and the page’s own where known', () => {
  it('the Pipe17 row’s action: named in English, and by its own label once the guide knows which it is', () => {
    expect(wordsOf({ step: step('click-authorize', { unread: '' }) }).action).toBe('Click Authorize — the action that renews Pipe17');
    expect(wordsOf({ step: step('click-authorize', { unread: 'Autorizar' }) }).action).toBe('Click Autorizar (Authorize) — the action that renews Pipe17');
    expect(wordsOf({ step: step('click-authorize', { unread: '' }) }).why).toContain('only the shop owner');
  });
  it('the menu group and the link by structure, and the conditions page’s primary button', () => {
    expect(wordsOf({ step: step('open-growth', { unread: '' }) }).action).toBe('Open the highlighted menu (Growth in English)');
    expect(wordsOf({ step: step('open-my-apps', { unread: '' }) }).action).toBe('Click the highlighted item (My Apps & Services in English)');
    expect(wordsOf({ step: step('authorize-consent', { unread: '' }) }).action).toBe('Click the highlighted button (Authorize in English)');
    // Its "I agree" box still comes first.
    expect(wordsOf({ step: step('authorize-consent', { unread: '', tickFirst: true }) }).action).not.toContain('highlighted button');
  });
  it('an unverified renew option or period: which one to pick, as English Seller Center names it', () => {
    expect(checkWords(check('renew-option', 'unverified', { value: 'Solo volver a autorizar' }), {})).toMatchObject({
      action: 'Make sure Re-authorize only is chosen (as English Seller Center names it)',
      why: 'Solo volver a autorizar is chosen; the guide cannot read this language\'s options. The others change what Pipe17 can do.',
    });
    expect(checkWords(check('duration', 'unverified', { value: '6 meses' }), {}).action).toBe('Make sure the longest period is chosen (1 year, as English Seller Center names it)');
  });
  it('no action found on the row: the manual instruction', () => {
    expect(wordsOf({ step: step('click-authorize', { unread: '', fallback: 'action-not-found' }) }).why).toContain("Couldn't tell which action on the Pipe17 row renews it");
  });
});
