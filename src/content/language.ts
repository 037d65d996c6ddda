// Whether this Seller Center page is one the guide cannot read: shown in a language its text table lacks.
import { LANGUAGE_TAG } from '../shared/constants';
import type { Facts } from './steps';
import { WORDS } from './text';

/**
 * The page's declared language (`<html lang>`) when the guide recognised none of its labels (no Growth menu, no My
 * apps page, no Renew dialog) and has no words for that language; undefined otherwise. A page that declares no
 * language, or an English one, is never flagged, nor is one whose labels the guide reads whatever its `lang` says.
 */
export function unreadLanguage(facts: Facts | null, lang: string): string | undefined {
  const tag = lang.trim();
  if (!facts || facts.surface !== 'seller-center' || tag.length > 35 || !LANGUAGE_TAG.test(tag)) return undefined;
  if (Object.hasOwn(WORDS, tag.toLowerCase().split(/[-_]/)[0]!)) return undefined;
  const read = facts.apps || facts.nav?.growth || facts.nav?.myApps || facts.nav?.growthOpen || facts.dialog || facts.dialogPending || facts.otherDialog;
  return read ? undefined : tag;
}
