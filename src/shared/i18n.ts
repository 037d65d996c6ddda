import { ext } from './ext';

/** Extension strings live in public/_locales; keys are checked against en by a unit test. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    const s = ext?.i18n.getMessage(key, substitutions);
    if (s) return s;
  } catch {
    // Outside an extension (unit tests) or after the extension was reloaded there is no i18n: fall through to the key.
  }
  return key;
}
