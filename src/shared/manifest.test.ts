// Least privilege, checked on what ships: the built dist/manifest.json and the files beside it.
// Everything the extension may ask for is listed here, by hand. A new permission, host, content-script
// match or web-accessible resource fails this test until someone adds it below, on purpose, in review.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(process.env.EXT_DIST ?? join(repo, 'dist'));

/** The newest modification time among the files a build is made from. */
function newestSource(): { file: string; at: number } {
  let newest = { file: '', at: 0 };
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(join(p, name));
    else if (!/\.test\.tsx?$/.test(p) && st.mtimeMs > newest.at) newest = { file: relative(repo, p), at: st.mtimeMs };
  };
  for (const p of ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json']) visit(join(repo, p));
  return newest;
}

/** The allow-list. */
const ALLOWED_PERMISSIONS = ['alarms', 'storage'];
const ALLOWED_HOST_PERMISSIONS: string[] = [];
const SELLER_CENTER_MATCHES = [
  'https://seller-us.tiktok.com/*',
  'https://seller-uk.tiktok.com/*',
  'https://seller-eu.tiktok.com/*',
  'https://seller-mx.tiktok.com/*',
  'https://seller-br.tiktok.com/*',
  'https://seller-vn.tiktok.com/*',
  'https://seller-th.tiktok.com/*',
  'https://seller-my.tiktok.com/*',
  'https://seller-ph.tiktok.com/*',
  'https://seller-sg.tiktok.com/*',
  'https://seller-jp.tiktok.com/*',
  'https://seller-es.tiktok.com/*',
  'https://seller-fr.tiktok.com/*',
  'https://seller-de.tiktok.com/*',
  'https://seller-it.tiktok.com/*',
  'https://seller-ie.tiktok.com/*',
  'https://seller-id.tokopedia.com/*',
  'https://seller-id.tiktok.com/*',
  'https://seller.tiktokshopglobalselling.com/*',
  'https://seller.us.tiktokshopglobalselling.com/*',
  'https://seller.tiktokglobalshop.com/*',
  'https://seller.us.tiktokglobalshop.com/*',
  'https://seller.eu.tiktokglobalshop.com/*',
  'https://services.tiktokshop.com/*',
  'https://services.tiktokshops.us/*',
  'https://services.us.tiktokshop.com/*',
  'https://services.tiktokglobalshop.com/*',
];
const PIPE17_MATCHES = ['https://app.pipe17.com/*'];
const ALLOWED_MATCHES = [...SELLER_CENTER_MATCHES, ...PIPE17_MATCHES];
/** Manifest keys that widen what the extension can do or who can talk to it: none may appear. */
const FORBIDDEN_KEYS = [
  'externally_connectable',
  'optional_permissions',
  'optional_host_permissions',
  'content_security_policy',
  'sandbox',
  'declarative_net_request',
  'chrome_url_overrides',
  'devtools_page',
  'oauth2',
  'key',
  'update_url',
];

type ContentScript = { matches?: string[]; js?: string[]; css?: string[]; all_frames?: boolean; world?: string; match_about_blank?: boolean; match_origin_as_fallback?: boolean };
type War = { resources: string[]; matches?: string[]; extension_ids?: string[]; use_dynamic_url?: boolean };
type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: War[];
  background?: { service_worker?: string };
  content_security_policy?: unknown;
};

const manifest = (): Manifest => JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
const read = (rel: string) => readFileSync(join(DIST, rel), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** What a content script's loader imports at run time, and everything those modules import, statically or not. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    const specs = [
      ...text.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g),
      ...text.matchAll(/\bimport\s*\(?\s*["'`]([^"'`]+)["'`]/g),
      ...text.matchAll(/runtime\.getURL\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      if (/^[a-z][\w+.-]*:/i.test(spec)) throw new Error(`${file} imports a URL: ${spec}`);
      const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)) : spec.replace(/^\//, '');
      if (existsSync(join(DIST, target))) queue.push(target);
    }
  }
  return seen;
}

// Never skipped: without a build of the current sources these tests fail (`npm test` builds before it runs them).
describe(`dist/manifest.json: least privilege (${relative(repo, DIST)})`, () => {
  it('is checked on a build of the current sources', () => {
    const file = join(DIST, 'manifest.json');
    expect(existsSync(file), `no build in ${DIST}: run \`npm run build\` first (npm test does)`).toBe(true);
    const source = newestSource();
    expect(statSync(file).mtimeMs, `${source.file} is newer than the build in ${DIST}: run \`npm run build\``).toBeGreaterThanOrEqual(source.at);
  });

  it('is MV3 and asks only for the allowed permissions and no host permissions', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
    expect(m.host_permissions ?? []).toEqual(ALLOWED_HOST_PERMISSIONS);
  });

  it('has none of the keys that widen access or let others talk to it (externally_connectable, CSP overrides …)', () => {
    const m = manifest();
    for (const key of FORBIDDEN_KEYS) expect(m, `manifest key ${key}`).not.toHaveProperty(key);
    // Belt and braces for a CSP that slips in under another spelling.
    expect(JSON.stringify(m)).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });

  it('runs content scripts only on the allowed hosts, in the top frame, in the isolated world', () => {
    const m = manifest();
    const scripts = m.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const cs of scripts) {
      for (const match of cs.matches ?? []) expect(ALLOWED_MATCHES, `content-script match ${match}`).toContain(match);
      expect(cs.all_frames ?? false).toBe(false);
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(cs.match_about_blank ?? false).toBe(false);
      expect(cs.match_origin_as_fallback ?? false).toBe(false);
      expect(cs.css ?? []).toEqual([]);
    }
    // Every allowed host is actually covered (the list above is not stale).
    expect(new Set(scripts.flatMap((cs) => cs.matches ?? []))).toEqual(new Set(ALLOWED_MATCHES));
  });

  it('exposes to pages only the modules its content scripts load, only on those content scripts’ hosts', () => {
    const m = manifest();
    const scripts = m.content_scripts ?? [];
    const needed = new Map<string, Set<string>>(); // resource → hosts whose content script needs it
    for (const cs of scripts) {
      for (const loader of cs.js ?? []) {
        for (const file of importGraph(loader)) {
          if (file === loader) continue;
          const hosts = needed.get(file) ?? new Set();
          for (const match of cs.matches ?? []) hosts.add(match);
          needed.set(file, hosts);
        }
      }
    }
    for (const war of m.web_accessible_resources ?? []) {
      expect(war.extension_ids ?? [], 'web-accessible to other extensions').toEqual([]);
      for (const resource of war.resources) {
        expect(resource, 'wildcard web-accessible resource').not.toMatch(/\*/);
        const hosts = needed.get(resource);
        expect(hosts, `web-accessible ${resource} is not loaded by any content script`).toBeDefined();
        for (const match of war.matches ?? []) expect(hosts!.has(match), `${resource} exposed on ${match}, where no content script needs it`).toBe(true);
      }
    }
  });

  it('ships no remote code and no eval / new Function / string timers in any script', () => {
    const scripts = files(DIST).filter((f) => /\.(m?js)$/.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      const name = relative(DIST, file);
      expect(text, `${name}: eval`).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(text, `${name}: new Function`).not.toMatch(/new\s+Function\s*\(/);
      expect(text, `${name}: importScripts`).not.toMatch(/importScripts\s*\(/);
      expect(text, `${name}: import of a remote URL`).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(text, `${name}: string passed to setTimeout/setInterval`).not.toMatch(/set(?:Timeout|Interval)\s*\(\s*["'`]/);
    }
    for (const html of files(DIST).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(html, 'utf8');
      expect(text, `${relative(DIST, html)}: remote script`).not.toMatch(/<script[^>]+src\s*=\s*["']?(https?:)?\/\//i);
      expect(text, `${relative(DIST, html)}: inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
  });

  it('has a popup page that fetches one file before it can show: its module, with no stylesheet and no imports', () => {
    // Chrome shows an action popup only once its page has loaded; each file fetched first delays it (bench/README.md).
    const popup = (JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } }).action
      ?.default_popup;
    expect(popup).toBeTruthy();
    const html = readFileSync(join(DIST, popup!), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(html).not.toMatch(/<link[^>]+rel="?(stylesheet|modulepreload|preload)/i);
    const module = readFileSync(join(DIST, scripts[0]!.replace(/^\//, '')), 'utf8');
    expect(module, 'the popup module imports another file').not.toMatch(/\bimport\s*[\w{*][^;]*?\bfrom\s*["'`]|\bimport\s*\(?\s*["'`]\./);
  });
});
