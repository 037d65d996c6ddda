// @vitest-environment node
// The store listing (store/): one file per language of public/_locales, with what both stores ask, and the images
// `npm run demo` writes at the sizes the Chrome Web Store accepts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const store = join(root, 'store');
const locales = readdirSync(join(root, 'public', '_locales')).sort();
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
  permissions: string[];
  content_scripts: { matches: string[] }[];
};
const hostPatterns = manifest.content_scripts.flatMap((c) => c.matches);

type Listing = {
  name: string;
  shortDescription: string;
  description: string;
  singlePurpose: string;
  permissions: Record<string, unknown> & { hosts: Record<string, string> };
  dataUse: { handled: Record<string, string>; notHandled: string; certifications: string[] };
  privacyPolicy: string;
};
const listing = (lang: string): Listing => JSON.parse(readFileSync(join(store, 'listing', `${lang}.json`), 'utf8')) as Listing;
const message = (lang: string, key: string): string =>
  (JSON.parse(readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>)[key]!.message;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('store listing', () => {
  it('exists for exactly the languages of public/_locales', () => {
    expect(readdirSync(join(store, 'listing')).map((f) => f.replace(/\.json$/, '')).sort()).toEqual(locales);
  });

  for (const lang of locales) {
    it(`${lang}: name and short description are the manifest's, the short one ≤ 132 characters`, () => {
      const l = listing(lang);
      expect(l.name).toBe(message(lang, 'extName'));
      expect(l.shortDescription).toBe(message(lang, 'extDescription'));
      expect([...l.shortDescription].length).toBeLessThanOrEqual(132);
    });

    it(`${lang}: description, single purpose, a justification for every permission and host, data use`, () => {
      const l = listing(lang);
      expect(l.description.length).toBeGreaterThan(500);
      expect(l.description.length).toBeLessThanOrEqual(16_000);
      expect(l.singlePurpose.length).toBeGreaterThan(50);
      expect(l.singlePurpose.length).toBeLessThanOrEqual(1_000);
      expect(Object.keys(l.permissions).filter((k) => k !== 'hosts').sort()).toEqual([...manifest.permissions].sort());
      for (const p of manifest.permissions) expect(String(l.permissions[p]).length, p).toBeGreaterThan(40);
      expect(Object.keys(l.permissions.hosts)).toEqual(hostPatterns);
      for (const text of Object.values(l.permissions.hosts)) expect(text.length).toBeGreaterThan(40);
      expect(Object.keys(l.dataUse.handled).sort()).toEqual(['personallyIdentifiableInformation', 'websiteContent']);
      expect(l.dataUse.certifications).toHaveLength(3);
      expect(existsSync(join(root, l.privacyPolicy))).toBe(true);
    });
  }
});

describe('store images (npm run demo)', () => {
  it('five screenshots of 1280×800', () => {
    const shots = readdirSync(join(store, 'screenshots')).filter((f) => f.endsWith('.png'));
    expect(shots).toHaveLength(5);
    for (const f of shots) expect({ f, ...pngSize(join(store, 'screenshots', f)) }).toEqual({ f, width: 1280, height: 800 });
  });

  it('a promo tile of 440×280', () => {
    expect(pngSize(join(store, 'promo-440x280.png'))).toEqual({ width: 440, height: 280 });
  });
});
