import browser from 'webextension-polyfill';

/** Extension strings live in public/_locales; keys are checked against en by a unit test. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    const s = browser.i18n.getMessage(key, substitutions);
    if (s) return s;
  } catch {
    // Outside an extension (unit tests) there is no i18n: fall through to the key.
  }
  return key;
}
