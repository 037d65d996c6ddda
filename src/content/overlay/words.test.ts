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
  it('Growth in a navigation that opens on a click says click, not point to', () => {
    expect(wordsOf({ step: step('open-growth', { click: true }) }).action).toBe('Click Growth in the left menu');
    expect(wordsOf({ step: step('open-growth') }).action).toBe('Point to Growth in the left menu');
  });
  it('the ring on the App store item: the words name the App store, not the My apps item the page does not show', () => {
    expect(wordsOf({ step: step('open-my-apps', { via: 'app-store' }) }).action).toBe('Click App store');
    expect(wordsOf({ step: step('open-my-apps') }).action).toBe('Click My Apps & Services');
  });
});
