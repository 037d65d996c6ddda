// Packs a built extension into a store-ready zip:
//   node scripts/zip.mjs chrome   → release/pipe17-reauth-guide-chrome-<version>.zip   (from dist/)
//   node scripts/zip.mjs firefox  → release/pipe17-reauth-guide-firefox-<version>.zip  (from dist-firefox/)
// <version> is package.json's; the built manifest.json must carry the same version, or this fails.
//
// Node has no zip writer, so this is a minimal one: deflate (node:zlib) or store per file,
// CRC-32 from node:zlib, no ZIP64, no directory entries. Entries are sorted and dated
// 1980-01-01 so the same build always gives the same bytes.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

export const TARGETS = {
  chrome: 'dist',
  firefox: 'dist-firefox',
};

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;
const UTF8_NAMES = 1 << 11;
const MADE_BY_UNIX = (3 << 8) | 20;
const FILE_MODE_0644 = (0o100644 << 16) >>> 0;

/**
 * @param {{ name: string, data: Uint8Array }[]} entries names use "/" and are relative
 * @returns {Buffer} the zip archive
 */
export function zipFiles(entries) {
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries need ZIP64, which this writer lacks`);
  const locals = [];
  const centrals = [];
  let offset = 0;
  const seen = new Set();
  for (const { name, data } of entries) {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
      throw new Error(`zip: bad entry name ${JSON.stringify(name)}`);
    }
    if (seen.has(name)) throw new Error(`zip: duplicate entry ${name}`);
    seen.add(name);
    const raw = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const deflated = deflateRawSync(raw, { level: 9 });
    const method = deflated.length < raw.length ? 8 : 0;
    const body = method === 8 ? deflated : raw;
    const crc = crc32(raw) >>> 0;
    const fileName = Buffer.from(name, 'utf8');
    if (raw.length > 0xfffffffe || offset + 30 + fileName.length + body.length > 0xfffffffe) {
      throw new Error(`zip: ${name} would need ZIP64, which this writer lacks`);
    }

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME_MIDNIGHT, 10);
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28); // extra length

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME_MIDNIGHT, 12);
    central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt16LE(0, 30); // extra length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(FILE_MODE_0644, 38);
    central.writeUInt32LE(offset, 42);

    locals.push(local, fileName, body);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + body.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...locals, centralDir, end]);
}

/**
 * Every regular file under dir, as zip entries sorted by name. Dotfiles and dot-directories
 * (e.g. .vite/) are build bookkeeping, not part of the extension, and are left out.
 * @param {string} dir
 * @returns {{ name: string, data: Buffer }[]}
 */
export function collectFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      if (f.startsWith('.')) continue;
      const p = join(d, f);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.push({ name: relative(dir, p).split(sep).join('/'), data: readFileSync(p) });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Checks the build in <root>/<dist dir of target> against <root>/package.json and writes
 * <root>/release/pipe17-reauth-guide-<target>-<version>.zip.
 * @param {{ root: string, target: string }} opts
 * @returns {{ file: string, bytes: number, entries: number, version: string }}
 */
export function buildRelease({ root, target }) {
  if (!Object.hasOwn(TARGETS, target)) {
    throw new Error(`zip: unknown target ${JSON.stringify(target)} (expected ${Object.keys(TARGETS).join(' or ')})`);
  }
  const distDir = join(root, TARGETS[target]);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  } catch (e) {
    const build = target === 'chrome' ? 'npm run build' : 'npm run build:firefox';
    throw new Error(`zip: no readable ${TARGETS[target]}/manifest.json (${e.code ?? e.message}); run \`${build}\` first`);
  }
  if (manifest.version !== version) {
    throw new Error(
      `zip: ${TARGETS[target]}/manifest.json has version ${JSON.stringify(manifest.version)} but package.json has ${JSON.stringify(version)}; rebuild, or fix the version so they match`,
    );
  }
  const entries = collectFiles(distDir);
  const zip = zipFiles(entries);
  const file = join(root, 'release', `pipe17-reauth-guide-${target}-${version}.zip`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, zip);
  return { file, bytes: zip.length, entries: entries.length, version };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const { file, bytes, entries } = buildRelease({ root, target: process.argv[2] ?? 'chrome' });
    console.log(`${relative(root, file)}: ${entries} files, ${(bytes / 1024).toFixed(1)} kB (${bytes} bytes)`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
