// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { release } from './release.mjs';

const repo = resolve(__dirname, '..');

/** Every file of a zip, read through its central directory. */
function unzip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const eocd = zip.length - 22;
  expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
  let p = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const at = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const body = zip.subarray(start, start + compressed);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return files;
}

const BUILT_OR_INSTALLED = /(^|\/)(node_modules|dist|dist-firefox|release|\.vite)\//;

function expectRelease(out: string, version: string) {
  const name = (s: string) => join(out, `pipe17-reauth-guide-${version}-${s}.zip`);
  for (const target of ['chrome', 'firefox']) {
    const manifest = unzip(name(target)).get('manifest.json');
    expect(JSON.parse(String(manifest)).version, `${target} manifest version`).toBe(version);
  }
  const source = unzip(name('source'));
  expect([...source.keys()].filter((n) => BUILT_OR_INSTALLED.test(n))).toEqual([]);
  expect(JSON.parse(String(source.get('package.json'))).version).toBe(version);
  expect(source.has('package-lock.json')).toBe(true);
  const sha = createHash('sha256').update(readFileSync(name('firefox'))).digest('hex');
  expect(String(source.get('BUILD.md'))).toContain(`${sha}  release/pipe17-reauth-guide-${version}-firefox.zip`);
  return source;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const put = (root: string, name: string, text: string) => {
  mkdirSync(dirname(join(root, name)), { recursive: true });
  writeFileSync(join(root, name), text);
};

describe('release (a tree without git, as unpacked from a source archive)', () => {
  const setup = (pkgVersion: string, builtVersion = pkgVersion) => {
    put(dir, 'package.json', JSON.stringify({ version: pkgVersion }));
    put(dir, 'package-lock.json', '{}');
    put(dir, 'manifest.json', '{"version":"0.0.0"}');
    put(dir, 'src/a.ts', 'export {};');
    put(dir, 'src/vendor/node_modules/x/index.js', 'installed');
    put(dir, 'public/_locales/en/messages.json', '{}');
    put(dir, 'node_modules/preact/index.js', 'installed');
    put(dir, 'e2e/not-a-build-input.spec.ts', '');
    for (const d of ['dist', 'dist-firefox']) put(dir, `${d}/manifest.json`, JSON.stringify({ version: builtVersion }));
    put(dir, 'dist/assets/x.js', 'built');
  };

  it('writes the three archives named with the version; manifests carry it; the sources hold nothing built or installed', () => {
    setup('1.2.3');
    const { files } = release({ root: dir });
    expect(files.map((f) => f.file)).toEqual(
      ['firefox', 'chrome', 'source'].map((s) => join(dir, 'release', `pipe17-reauth-guide-1.2.3-${s}.zip`)),
    );
    const source = expectRelease(join(dir, 'release'), '1.2.3');
    expect([...source.keys()]).toEqual(['BUILD.md', 'manifest.json', 'package-lock.json', 'package.json', 'public/_locales/en/messages.json', 'src/a.ts']);
  });

  it('refuses a build whose manifest version is not package.json’s', () => {
    setup('1.2.4', '1.2.3');
    expect(() => release({ root: dir })).toThrow(/version "1\.2\.3" but package\.json has "1\.2\.4"/);
  });

  it('`firefox` alone writes the same Firefox archive, as BUILD.md has a reviewer do', () => {
    setup('1.2.3');
    const all = release({ root: dir, out: join(dir, 'a') }).files[0]!;
    const only = release({ root: dir, out: join(dir, 'b'), only: 'firefox' }).files;
    expect(only).toHaveLength(1);
    expect(only[0]!.sha256).toBe(all.sha256);
  });
});

const built = existsSync(join(repo, 'dist', 'manifest.json')) && existsSync(join(repo, 'dist-firefox', 'manifest.json'));

describe.skipIf(!built)('release of this repository (after npm run build && npm run build:firefox)', () => {
  it('unpacks to the built manifests at package.json’s version and sources that rebuild them', () => {
    const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
    release({ root: repo, out: dir });
    const source = expectRelease(dir, version);
    for (const f of ['vite.config.ts', 'tsconfig.json', 'manifest.json', 'src/background/index.ts', 'public/_locales/en/messages.json', 'scripts/zip.mjs']) {
      expect(source.has(f), f).toBe(true);
    }
    expect([...source.keys()].filter((n) => /^(sandbox|e2e|bench)\//.test(n))).toEqual([]);
  });
});
