// Test fixtures in a language the guide has no words for: the English fixtures' visible text with every letter
// accented (as a pseudo-locale draws it), names and data kept — Pipe17, shop names, addresses, dates, numbers.
const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]!]),
);
const KEEP = /(Pipe17|Acme Outdoors US|Acme Outdoors Outlet|[^\s<>]+@[^\s<>]+)/;

/** One label as the pseudo-locale shows it. */
export const accent = (text: string): string => [...text].map((c) => ACCENTS[c] ?? c).join('');

/** Markup with its text (never its tags, attributes or kept names) pseudo-localized. */
export const unread = (markup: string): string =>
  markup.replace(/>([^<>]+)</g, (_m, text: string) => `>${text.split(KEEP).map((part, i) => (i % 2 ? part : accent(part))).join('')}<`);
