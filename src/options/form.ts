// Pure: the options form's values, their validation, and the Settings they become.
import * as v from 'valibot';
import { SELLER_REGIONS } from '../shared/hosts';
import { Settings } from '../shared/storage';
import { SCHEMA_VERSION, type LauncherSetting } from '../shared/types';

/** Regions a Target shop can be set for: every seller-xx host, Tokopedia and the cross-border host. */
export const OPTION_REGIONS: readonly string[] = [...SELLER_REGIONS, 'id', 'global'];

export type FormValues = {
  expectedShops: Record<string, string>;
  contactEmail: string;
  /** As typed, so a half-typed value is never lost. */
  expiryWarningDays: string;
  launcher: LauncherSetting;
};
export type FormErrors = Partial<Record<'contactEmail' | 'expiryWarningDays' | 'expectedShops', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const isEmail = (s: string): boolean => EMAIL.test(s) && s.length <= 320;

export function toForm(s: Settings): FormValues {
  return {
    expectedShops: Object.fromEntries(OPTION_REGIONS.map((r) => [r, s.expectedShops[r] ?? ''])),
    contactEmail: s.contactEmail,
    expiryWarningDays: String(s.expiryWarningDays),
    launcher: s.launcher,
  };
}

/** Errors are locale keys; no errors means `settings` is ready to save. */
export function fromForm(f: FormValues): { errors: FormErrors; settings?: Settings } {
  const errors: FormErrors = {};
  const email = f.contactEmail.trim();
  if (email && !isEmail(email)) errors.contactEmail = 'options_errorEmail';
  const daysText = f.expiryWarningDays.trim();
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText) || days < 1 || days > 90) errors.expiryWarningDays = 'options_errorDays';
  const expectedShops: Record<string, string> = {};
  for (const [region, name] of Object.entries(f.expectedShops)) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    if (trimmed.length > 300) errors.expectedShops = 'options_errorShopTooLong';
    expectedShops[region] = trimmed;
  }
  if (Object.keys(errors).length) return { errors };
  const candidate = { v: SCHEMA_VERSION, expectedShops, contactEmail: email, expiryWarningDays: days, launcher: f.launcher };
  const parsed = v.safeParse(Settings, candidate);
  return parsed.success ? { errors, settings: parsed.output } : { errors: { expectedShops: 'options_errorInvalid' } };
}
