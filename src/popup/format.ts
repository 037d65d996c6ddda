// Dates and ages in the browser's language.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

// Intl formatters are costly to make (locale data is loaded each time): one per language, kept.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function cached<F>(map: Map<string, F>, lang: string, make: () => F): F {
  let f = map.get(lang);
  if (!f) map.set(lang, (f = make()));
  return f;
}

/** "3 minutes ago", "yesterday", "now". */
export function relativeTime(then: number, now: number, lang: string): string {
  const rtf = cached(relativeFormats, lang, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  let amount = (then - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(amount) < size || unit === 'year') return rtf.format(Math.round(amount), unit);
    amount /= size;
  }
  return rtf.format(0, 'second');
}

/** A yyyy-mm-dd calendar date, as the user writes dates. */
export function formatDate(isoDate: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const format = cached(dateFormats, lang, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
  return format.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
