import { describe, expect, it } from 'vitest';
import { judgeDuration, periodDays } from './duration';

describe('periodDays', () => {
  it.each([
    ['1 year', 365],
    ['1 Year', 365],
    ['12 months', 365],
    ['6 months', 182.5],
    ['30 days', 30],
    ['2 weeks', 14],
    ['1 year (recommended)', 365],
  ])('%s → %d days', (text, days) => expect(periodDays(text)).toBeCloseTo(days));
  it.each(['Permanent', '1 año', '[1 ýéáŕ]', '', 'year'])('%s → not read', (text) => expect(periodDays(text)).toBeNull());
});

describe('judgeDuration', () => {
  const offered = ['1 month', '3 months', '6 months', '1 year'];
  it('nothing chosen: missing', () => expect(judgeDuration([], offered)).toEqual({ state: 'missing' }));
  it('the longest offered: ok', () => {
    expect(judgeDuration(['1 year'], offered)).toEqual({ state: 'ok' });
    expect(judgeDuration(['12 months'], ['6 months', '12 months'])).toEqual({ state: 'ok' });
  });
  it('shorter than the longest offered: wrong, naming the longest', () => {
    expect(judgeDuration(['6 months'], offered)).toEqual({ state: 'wrong', expected: '1 year' });
  });
  it('a dialog whose longest is under a year: that one is ok', () => {
    expect(judgeDuration(['6 months'], ['1 month', '6 months'])).toEqual({ state: 'ok' });
  });
  it('options not mounted yet: the one year TikTok grants at most is the longest', () => {
    expect(judgeDuration(['1 year'], null)).toEqual({ state: 'ok' });
    expect(judgeDuration(['3 months'], null)).toEqual({ state: 'wrong' });
  });
  it('a period whose words the guide cannot read: said so, not guessed ok', () => {
    expect(judgeDuration(['Permanent'], offered)).toEqual({ state: 'wrong', note: 'duration-unread' });
  });
  it('reads the first part that is a period (an option drawn with a hint)', () => {
    expect(judgeDuration(['Recommended', '1 year'], offered)).toEqual({ state: 'ok' });
  });
});
