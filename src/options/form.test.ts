import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/constants';
import { fromForm, isEmail, OPTION_REGIONS, toForm } from './form';

describe('options form', () => {
  it('lists every seller region, Tokopedia and global', () => {
    expect(OPTION_REGIONS).toContain('us');
    expect(OPTION_REGIONS).toContain('ie');
    expect(OPTION_REGIONS.slice(-2)).toEqual(['id', 'global']);
  });

  it('round-trips settings', () => {
    const s = { ...DEFAULT_SETTINGS, expectedShops: { us: 'Acme Outdoors US', global: 'Acme Global' }, contactEmail: 'ops@acme.example', expiryWarningDays: 30, launcher: false };
    expect(fromForm(toForm(s))).toEqual({ errors: {}, settings: s });
  });

  it('trims, and leaves empty shops out', () => {
    const f = toForm(DEFAULT_SETTINGS);
    f.expectedShops.uk = '  Acme UK ';
    f.contactEmail = ' ops@acme.example ';
    expect(fromForm(f).settings).toMatchObject({ expectedShops: { uk: 'Acme UK' }, contactEmail: 'ops@acme.example' });
  });

  it('accepts an empty email and rejects a malformed one', () => {
    expect(fromForm({ ...toForm(DEFAULT_SETTINGS), contactEmail: '' }).settings?.contactEmail).toBe('');
    for (const bad of ['ops', 'ops@', '@acme.com', 'ops@acme', 'o ps@acme.com']) {
      expect(fromForm({ ...toForm(DEFAULT_SETTINGS), contactEmail: bad })).toEqual({ errors: { contactEmail: 'options_errorEmail' } });
    }
    expect(isEmail('first.last+tag@sub.acme.co')).toBe(true);
  });

  it('takes a whole number of days from 1 to 90', () => {
    const days = (d: string) => fromForm({ ...toForm(DEFAULT_SETTINGS), expiryWarningDays: d });
    expect(days('1').settings?.expiryWarningDays).toBe(1);
    expect(days('90').settings?.expiryWarningDays).toBe(90);
    for (const bad of ['0', '91', '', '7.5', '-3', 'ten']) expect(days(bad).errors).toEqual({ expiryWarningDays: 'options_errorDays' });
  });
});
