// The authorization period as pages word it, beyond the first tests (found by mutation testing, `npm run mutate`).
import { describe, expect, it } from 'vitest';
import { judgeDuration, LONGEST_DAYS, periodDays } from './duration';

describe('a period in the words pages use', () => {
  it.each([
    ['1.5 years', 547.5],
    ['1,5 years', 547.5],
    ['90days', 90],
    ['1 week', 7],
    ['3 month', 91.25],
  ])('%s → %d days', (text, days) => expect(periodDays(text)).toBeCloseTo(days));

  it('a number with no unit, or a unit the guide does not know, is not read', () => {
    expect(periodDays('365')).toBeNull();
    expect(periodDays('2 fortnights')).toBeNull();
  });
});

describe('judging the period chosen', () => {
  it('one year is what TikTok grants at most', () => expect(LONGEST_DAYS).toBe(365));

  it('the longest offered wins whatever its place in the list; options the guide cannot read are skipped', () => {
    expect(judgeDuration(['6 months'], ['1 year', 'Permanent', '6 months'])).toEqual({ state: 'wrong', expected: '1 year' });
    expect(judgeDuration(['6 months'], ['Permanent', '6 months', '3 months'])).toEqual({ state: 'ok' });
  });

  it('half a day of slack, not more: twelve months are a year; 364 days are not', () => {
    expect(judgeDuration(['12 months'], null)).toEqual({ state: 'ok' });
    expect(judgeDuration(['364 days'], null)).toEqual({ state: 'wrong' });
    expect(judgeDuration(['364 days'], ['364 days', '365 days'])).toEqual({ state: 'wrong', expected: '365 days' });
  });

  it('longer than the longest offered is ok', () => {
    expect(judgeDuration(['2 years'], ['1 year'])).toEqual({ state: 'ok' });
  });

  it('an empty option list mounted: the one year TikTok grants at most', () => {
    expect(judgeDuration(['6 months'], [])).toEqual({ state: 'wrong' });
  });
});

describe('the longest period, exactly', () => {
  it('two options of the same length: the first one offered is named', () => {
    expect(judgeDuration(['6 months'], ['12 months', '1 year'])).toEqual({ state: 'wrong', expected: '12 months' });
  });

  it('only options the guide cannot read: the one year TikTok grants at most', () => {
    expect(judgeDuration(['3 months'], ['Permanent'])).toEqual({ state: 'wrong' });
  });

  it('half a day short of the longest is still the longest', () => {
    expect(judgeDuration(['364.5 days'], null)).toEqual({ state: 'ok' });
  });

  it('decimals with more than one digit', () => {
    expect(periodDays('1.25 years')).toBeCloseTo(456.25);
  });
});
