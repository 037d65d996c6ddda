#!/usr/bin/env node
// Bytes every Seller Center page loads for the guide: the content script's loader, the chunk it imports, that
// chunk's static import graph and any CSS, each gzipped at level 9. A budget, checked in CI (`npm run bench:bytes`):
// exits 1 when over. Dynamically imported chunks (loaded only when needed) are listed but not counted.
/* global console, process */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 12 * 1024;
const SELLER_CENTER_MATCH = 'https://seller-us.tiktok.com/*';

// Minified ESM as Vite/Rolldown writes it: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{][^;"'`]*?from\s*)?(["'`])(\.{1,2}\/[^"'`]+)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g;
// CRXJS's loader: `import(chrome.runtime.getURL("assets/main.js"))`.
const LOADER_IMPORT = /getURL\(\s*(["'`])([^"'`]+\.js)\1\s*\)/g;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const matchAll = (re, text) => [...text.matchAll(re)].map((m) => m[2]);

/** Static and dynamic relative imports of one chunk, as dist-relative paths. */
export function importsOf(code, file) {
  const base = posix.dirname(file);
  const rel = (spec) => posix.normalize(posix.join(base, spec));
  const dynamic = matchAll(DYNAMIC_IMPORT, code).map(rel);
  const withoutDynamic = code.replace(DYNAMIC_IMPORT, '');
  return { static: [...new Set(matchAll(STATIC_IMPORT, withoutDynamic).map(rel))], dynamic: [...new Set(dynamic)] };
}

/** What the Seller Center content script injects, from a built extension directory. */
export function injectedBytes(dist) {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const scripts = (manifest.content_scripts ?? []).filter((cs) => (cs.matches ?? []).includes(SELLER_CENTER_MATCH));
  if (scripts.length === 0) throw new Error(`No content script matches ${SELLER_CENTER_MATCH} in ${manifestPath}`);

  const files = new Map(); // path -> { raw, gzip, why }
  const lazy = new Set();
  const read = (path) => {
    const full = join(dist, path);
    if (!existsSync(full)) throw new Error(`${path} is referenced but missing from ${dist}`);
    return readFileSync(full);
  };
  const visit = (path, why) => {
    if (files.has(path)) return;
    const buf = read(path);
    files.set(path, { raw: buf.length, gzip: gz(buf), why });
    if (!path.endsWith('.js')) return;
    const code = buf.toString('utf8');
    const { static: deps, dynamic } = importsOf(code, path);
    for (const d of deps) visit(d, `imported by ${posix.basename(path)}`);
    for (const d of dynamic) lazy.add(d);
    // A CRXJS loader: a classic script that imports the real entry by its extension URL.
    if (why === 'content script') {
      const entries = matchAll(LOADER_IMPORT, code);
      if (entries.length === 0 && deps.length === 0 && buf.length < 1024) {
        throw new Error(`${path} looks like a loader but names no chunk: has the loader format changed?`);
      }
      for (const e of entries) visit(posix.normalize(e.replace(/^\//, '')), `loaded by ${posix.basename(path)}`);
    }
  };
  for (const cs of scripts) {
    for (const js of cs.js ?? []) visit(js, 'content script');
    for (const css of cs.css ?? []) visit(css, 'content script CSS');
  }
  for (const f of files.keys()) lazy.delete(f);
  const lazyFiles = [...lazy].map((path) => {
    const buf = read(path);
    return { path, raw: buf.length, gzip: gz(buf) };
  });
  const total = [...files.values()].reduce((s, f) => s + f.gzip, 0);
  const rawTotal = [...files.values()].reduce((s, f) => s + f.raw, 0);
  return {
    files: [...files].map(([path, f]) => ({ path, ...f })),
    lazy: lazyFiles,
    gzip: total,
    raw: rawTotal,
    budget: BUDGET_BYTES,
    over: total > BUDGET_BYTES,
  };
}

const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;

export function formatBytes(r) {
  const lines = ['Bytes injected into every Seller Center page (gzip -9):'];
  for (const f of r.files) lines.push(`  ${kib(f.gzip).padStart(10)}  ${f.path}  (${f.raw} B raw, ${f.why})`);
  lines.push(`  ${kib(r.gzip).padStart(10)}  total, budget ${kib(r.budget)}: ${r.over ? 'OVER' : 'ok'}`);
  for (const f of r.lazy) lines.push(`  ${kib(f.gzip).padStart(10)}  ${f.path}  (lazy: loaded on demand, not counted)`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(process.env.EXT_DIST ?? join(repo, 'dist'));
  try {
    const r = injectedBytes(dist);
    console.log(formatBytes(r));
    if (r.over) {
      console.error(`\nOver budget by ${r.gzip - r.budget} B: every Seller Center page would load ${kib(r.gzip)} (budget ${kib(r.budget)}).`);
      process.exit(1);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
