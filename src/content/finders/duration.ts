// The Renew dialog's authorization period, where it asks for one: sellers choose a period when they authorize an app,
// the longest being one year (apps' help pages; TikTok partner docs as quoted in public code). Renewing for less
// means renewing again sooner, so anything shorter than the longest period offered is flagged.
import type { CheckState } from '../../shared/contract';
import { norm, W } from '../text';

/** The longest authorization TikTok grants: "a maximum period of one year". */
export const LONGEST_DAYS = 365;

const UNIT_DAYS: [ReadonlySet<string>, number][] = [
  [W.periodDay, 1],
  [W.periodWeek, 7],
  [W.periodMonth, 365 / 12],
  [W.periodYear, 365],
];

/** A period's length in days ("6 months" → 180, "1 year" → 365), or null when its words are not the guide's. */
export function periodDays(text: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*([^\d\s()（）]+)/u.exec(norm(text));
  if (!m) return null;
  const unit = UNIT_DAYS.find(([words]) => words.has(m[2]!) || words.has(m[2]!.replace(/s$/, '')));
  return unit ? Number(m[1]!.replace(',', '.')) * unit[1] : null;
}

export interface DurationVerdict {
  state: CheckState;
  /** The longest period offered, as the page words it (or one year, while the option list is not mounted). */
  expected?: string;
  /** `duration-unread`: a period is chosen but its words are not the guide's, so its length is not known. */
  note?: 'duration-unread';
}

/**
 * `chosen`: what the field shows (its text parts, [] when nothing is chosen); `offered`: its options' texts, null
 * while the list is not mounted (then the longest is the one year TikTok allows at most).
 */
export function judgeDuration(chosen: readonly string[], offered: readonly string[] | null): DurationVerdict {
  if (!chosen.length) return { state: 'missing' };
  const days = chosen.map(periodDays).find((d) => d !== null) ?? null;
  if (days === null) return { state: 'wrong', note: 'duration-unread' };
  let longest: { days: number; text: string } | null = null;
  for (const text of offered ?? []) {
    const d = periodDays(text);
    if (d !== null && (!longest || d > longest.days)) longest = { days: d, text };
  }
  const expected = longest ?? { days: LONGEST_DAYS, text: '' };
  // Half a day's slack: twelve months are a year.
  return days >= expected.days - 0.5 ? { state: 'ok' } : { state: 'wrong', ...(expected.text ? { expected: expected.text } : {}) };
}
