// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRelease, collectFiles, zipFiles } from './zip.mjs';

/** Reads a zip back through its central directory, checking each local header and CRC. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.length - 22;
  expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  let p = zip.readUInt32LE(eocd + 16);
  expect(p + cdSize).toBe(eocd);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const localAt = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    expect(zip.readUInt32LE(localAt)).toBe(0x04034b50);
    expect(zip.readUInt16LE(localAt + 8)).toBe(method);
    expect(zip.readUInt32LE(localAt + 14)).toBe(crc);
    const localName = zip.subarray(localAt + 30, localAt + 30 + zip.readUInt16LE(localAt + 26)).toString('utf8');
    expect(localName).toBe(name);
    const start = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const body = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect([0, 8]).toContain(method);
    expect(data.length).toBe(size);
    expect(crc32(data) >>> 0).toBe(crc);
    files.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('zipFiles', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify({ version: '1.2.3' }, null, 2).repeat(200)) },
    { name: '_locales/pt_BR/messages.json', data: Buffer.from('{"a":{"message":"Reautorização"}}') },
    { name: 'icons/icon16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }, // incompressible: stored
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('round-trips every file, deflating what shrinks and storing the rest', () => {
    const zip = zipFiles(entries);
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(files.get(e.name)!.equals(e.data)).toBe(true);
    // manifest.json is repetitive, so it is deflated to well under its size.
    expect(zip.length).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0));
  });

  it('is byte-for-byte reproducible', () => {
    expect(zipFiles(entries).equals(zipFiles(entries))).toBe(true);
  });

  it.skipIf(!hasUnzip)('passes unzip -t and lists the same names', () => {
    const file = join(dir, 'a.zip');
    writeFileSync(file, zipFiles(entries));
    const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test).toContain('No errors detected');
    const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    expect(list).toEqual(entries.map((e) => e.name));
  });

  it('rejects unsafe or duplicate names', () => {
    const data = Buffer.from('x');
    expect(() => zipFiles([{ name: '../x', data }])).toThrow(/bad entry name/);
    expect(() => zipFiles([{ name: '/x', data }])).toThrow(/bad entry name/);
    expect(() => zipFiles([{ name: 'a\\b', data }])).toThrow(/bad entry name/);
    expect(() => zipFiles([{ name: 'a', data }, { name: 'a', data }])).toThrow(/duplicate/);
  });
});

describe('collectFiles', () => {
  it('lists regular files with / paths, sorted, without dotfiles', () => {
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'b', 'c', 'd.js'), 'd');
    writeFileSync(join(dir, 'a.json'), 'a');
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
    writeFileSync(join(dir, '.DS_Store'), '');
    expect(collectFiles(dir).map((f) => f.name)).toEqual(['a.json', 'b/c/d.js']);
  });
});

describe('buildRelease', () => {
  const setup = (pkgVersion: string, manifestVersion: string, distDir = 'dist') => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: pkgVersion }));
    mkdirSync(join(dir, distDir, 'assets'), { recursive: true });
    writeFileSync(join(dir, distDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: manifestVersion }));
    writeFileSync(join(dir, distDir, 'assets', 'x.js'), 'console.log(1)');
  };

  it('writes release/pipe17-reauth-guide-chrome-<version>.zip from dist/', () => {
    setup('0.1.0', '0.1.0');
    const out = buildRelease({ root: dir, target: 'chrome' });
    expect(out.file).toBe(join(dir, 'release', 'pipe17-reauth-guide-chrome-0.1.0.zip'));
    const files = readZip(readFileSync(out.file));
    expect([...files.keys()]).toEqual(['assets/x.js', 'manifest.json']);
    expect(out.bytes).toBe(readFileSync(out.file).length);
  });

  it('writes the firefox zip from dist-firefox/', () => {
    setup('2.0.1', '2.0.1', 'dist-firefox');
    const out = buildRelease({ root: dir, target: 'firefox' });
    expect(out.file).toBe(join(dir, 'release', 'pipe17-reauth-guide-firefox-2.0.1.zip'));
  });

  it('fails loudly when the built manifest version differs from package.json', () => {
    setup('0.2.0', '0.1.0');
    expect(() => buildRelease({ root: dir, target: 'chrome' })).toThrow(/version "0\.1\.0" but package\.json has "0\.2\.0"/);
  });

  it('fails when there is no build, or the target is unknown', () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '0.1.0' }));
    expect(() => buildRelease({ root: dir, target: 'firefox' })).toThrow(/npm run build:firefox/);
    expect(() => buildRelease({ root: dir, target: 'edge' })).toThrow(/unknown target/);
  });
});
