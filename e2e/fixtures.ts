// Playwright fixtures: Chromium with the built extension loaded, and every TikTok Shop / Pipe17 host served
// from the sandbox build (sandbox/dist). Nothing reaches the network.
import { mkdtempSync, rmSync, existsSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { AUTHORIZATION_HOSTS, PIPE17_HOSTS, SELLER_CENTER_HOSTS } from '../src/shared/hosts';
import { UNMATCHED_SELLER_HOST, UNMATCHED_SELLER_HOST_B } from '../sandbox/src/site';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIST = resolve(process.env.EXT_DIST ?? join(repo, 'dist'));
export const SANDBOX_DIST = join(repo, 'sandbox', 'dist');
/** An unrelated site, for "does not run here" checks. */
export const UNRELATED_URL = 'https://example.com/';

export { UNMATCHED_SELLER_HOST, UNMATCHED_SELLER_HOST_B };

const STAND_IN_HOSTS = new Set([...SELLER_CENTER_HOSTS, ...AUTHORIZATION_HOSTS, ...PIPE17_HOSTS, UNMATCHED_SELLER_HOST, UNMATCHED_SELLER_HOST_B]);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** What the stand-in answers for a URL: a response, or `abort` (anything else on the network), or `continue`. */
export type StandInAnswer = { status: number; contentType: string; body: Buffer | string } | 'abort' | 'continue';

/**
 * The stand-in's answer to one request, for any browser driver: every TikTok Shop / Pipe17 host served from
 * sandbox/dist (the file if it exists, index.html for app routes, 404 for missing assets), a fixed page at
 * UNRELATED_URL, nothing else on the network.
 */
export function standInAnswer(url: URL): StandInAnswer {
  if (url.protocol === 'https:' && STAND_IN_HOSTS.has(url.hostname)) {
    const file = normalize(join(SANDBOX_DIST, decodeURIComponent(url.pathname)));
    if (file.startsWith(SANDBOX_DIST) && existsSync(file) && statSync(file).isFile()) {
      return { status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
    }
    if (extname(url.pathname)) return { status: 404, contentType: 'text/plain', body: 'Not found' };
    return { status: 200, contentType: CONTENT_TYPES['.html']!, body: readFileSync(join(SANDBOX_DIST, 'index.html')) };
  }
  if (url.href === UNRELATED_URL) {
    return {
      status: 200,
      contentType: CONTENT_TYPES['.html']!,
      body: '<!doctype html><html><head><title>Example Domain</title></head><body><h1>Example Domain</h1><p>Not TikTok.</p></body></html>',
    };
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? 'abort' : 'continue';
}

async function routeAll(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const answer = standInAnswer(new URL(route.request().url()));
    if (answer === 'abort') return route.abort('blockedbyclient');
    if (answer === 'continue') return route.continue();
    return route.fulfill(answer);
  });
}

export interface Scenario {
  owner?: 0 | 1;
  app?: 'active' | 'expiring' | 'expired';
  delay?: number | 'held';
  page2?: 0 | 1;
  below?: 0 | 1;
  shops?: number;
  /** The Renew dialog's initial Target shop; '' = nothing selected. */
  shop?: string;
  /** The shop shown in the header (the one the seller is in). */
  current?: string;
  noreauth?: 0 | 1;
  connector?: 'connected' | 'connecting' | 'not-configured' | 'error' | 'disconnected' | 'errorpage';
  fast?: 0 | 1;
  renewed?: 0 | 1;
  panel?: 0 | 1;
  /** Hostile text and Pipe17 decoys everywhere (sandbox/src/hostile.ts). */
  hostile?: 0 | 1;
  /** That many apps on one page, Pipe17 near the end. */
  rows?: number;
  /** The Apps tab's list inside a same-origin iframe. */
  iframe?: 0 | 1;
  /** A duplicate Renew dialog closes as the real one opens. */
  dupdialog?: 0 | 1;
  /** Labels renamed so finders miss them: comma-separated growth, myapps, consent. */
  rename?: string;
  /** `moved`: apps table columns in another order. */
  columns?: 'normal' | 'moved';
  /**
   * `pseudo`: every Seller Center label pseudo-localized (`qps-ploc`), a language the guide's text table lacks;
   * `es`, `zh-CN`: every label in Spanish or Chinese (the stand-in's own translations, not Seller Center's wording).
   */
  lang?: 'pseudo' | 'es' | 'zh-CN';
  /** Every complete Confirm to install refused by Seller Center (an error message; the dialog stays open). */
  refuse?: 0 | 1;
  /** The Renew dialog built with other Arco props (comma-separated): search, colon, horizontal, radio, custom. */
  form?: string;
  /**
   * `inline`: the left navigation's submenus open in place on a click (Arco Menu's vertical mode); `m4b-kept`: m4b's
   * navigation with each closed group's links kept in the page, hidden.
   */
  nav?: 'inline' | 'collapsed' | 'm4b-kept';
  /** The apps table built with other Arco props (comma-separated): links, badge, fixed, counts, more, segmented. */
  table?: string;
  /** `checkbox`: the conditions page's Authorize stays disabled until "I agree" is ticked. */
  conditions?: 'checkbox';
  /** The account's role drawn in the header beside its name (the stand-in's own placement: nothing public shows one). */
  role?: string;
}

const withScenario = (url: URL, scenario: Scenario): string => {
  for (const [k, v] of Object.entries(scenario)) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
};

/** e.g. sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }, 'seller-uk.tiktok.com') */
export function sellerCenterUrl(path = '/services/authorizations?tab=apps', scenario: Scenario = {}, host = 'seller-us.tiktok.com'): string {
  return withScenario(new URL(path, `https://${host}`), scenario);
}

/** The conditions page, as Seller Center's "Confirm to install" would open it. */
export function authorizationUrl(scenario: Scenario = {}, opts: { shop?: string; host?: string; sellerHost?: string } = {}): string {
  const url = new URL('/open/authorize', `https://${opts.host ?? AUTHORIZATION_HOSTS[0]}`);
  url.searchParams.set('service_id', '7100000000000000001');
  url.searchParams.set('service_name', 'Pipe17');
  url.searchParams.set('redirect_uri', `https://${opts.sellerHost ?? 'seller-us.tiktok.com'}/services/authorizations?tab=apps`);
  url.searchParams.set('shop', opts.shop ?? 'Acme Outdoors US');
  url.searchParams.set('renew_option', 'Re-authorize only');
  return withScenario(url, scenario);
}

export function pipe17Url(path = '/integrations/tiktok-shop', scenario: Scenario = {}): string {
  return withScenario(new URL(path, `https://${PIPE17_HOSTS[0]}`), scenario);
}

/** Saves artifacts/screenshots/<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(repo, 'artifacts', 'screenshots', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}

/** The guide's host element (see guide-contract.md). */
export const guideHost = (page: Page) => page.locator('#pipe17-reauth-guide');

/**
 * Chromium on the stand-in: every TikTok Shop / Pipe17 host routed to sandbox/dist, nothing reaching the network.
 * `extension: false` launches the same browser without the extension (the benchmarks' baseline); `args` are added
 * to Chromium's command line.
 */
export async function launchStandIn(
  userDataDir: string,
  opts: { extension?: boolean; extensionDir?: string; args?: string[] } = {},
): Promise<BrowserContext> {
  const extension = opts.extension ?? true;
  const dist = opts.extensionDir ?? EXTENSION_DIST;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: !process.env.HEADED,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : ['--disable-extensions']),
      ...(opts.args ?? []),
    ],
    viewport: { width: 1440, height: 900 },
  });
  await routeAll(context);
  return context;
}

/** An error the extension logged or threw: its content scripts, pages or service worker. */
export interface ExtensionError {
  where: string;
  text: string;
}

const fromExtension = (url: string | undefined, text: string): boolean =>
  !!url?.startsWith('chrome-extension://') || /Extension context invalidated|pipe17-reauth/i.test(text);

/** Service workers report uncaught errors nowhere Playwright listens: turn them into console errors, which it does hear. */
async function reportUncaught(worker: Worker): Promise<void> {
  await worker
    .evaluate(() => {
      const g = globalThis as unknown as { __pwUncaughtHooked?: boolean; addEventListener: typeof addEventListener };
      if (g.__pwUncaughtHooked) return;
      g.__pwUncaughtHooked = true;
      g.addEventListener('error', (e) => console.error('[uncaught]', (e as ErrorEvent).message));
      g.addEventListener('unhandledrejection', (e) => {
        const reason = (e as PromiseRejectionEvent).reason as { stack?: string } | undefined;
        console.error('[unhandled rejection]', String(reason?.stack ?? reason));
      });
    })
    .catch(() => undefined); // the worker stopped meanwhile: its successor is hooked when it starts
}

const isWelcomeTab = (p: Page): boolean => p.url().startsWith('chrome-extension://') && p.url().endsWith('/src/welcome/index.html');

interface Fixtures {
  extensionId: string;
  serviceWorker: Worker;
  /**
   * Every error the extension logs or throws during the test (page console, uncaught exceptions in content
   * scripts and extension pages, the service worker's console and uncaught errors). Automatic: any test with
   * one fails. The page's own errors (the stand-in's) do not count.
   */
  extensionErrors: ExtensionError[];
}

export const test = base.extend<Fixtures>({
  // A fresh profile per test: extension storage never leaks from one test to the next.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  context: async ({}, use) => {
    if (!existsSync(join(EXTENSION_DIST, 'manifest.json'))) {
      throw new Error(`No extension build in ${EXTENSION_DIST}: run \`npm run build\` (or set EXT_DIST).`);
    }
    if (!existsSync(join(SANDBOX_DIST, 'index.html'))) {
      throw new Error(`No sandbox build in ${SANDBOX_DIST}: run \`npm run build:sandbox\`.`);
    }
    const userDataDir = mkdtempSync(join(tmpdir(), 'pipe17-e2e-'));
    const context = await launchStandIn(userDataDir);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  // The persistent context opens with one blank tab: use it rather than leaving it behind. The welcome page a first
  // install opens is closed first: in a tab behind it requestAnimationFrame stops, so the guide's spotlight and
  // Playwright's "stable" check before every click wait on a hidden page (about 2 s a click).
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const welcome =
      context.pages().find(isWelcomeTab) ??
      (await context.waitForEvent('page', { predicate: isWelcomeTab, timeout: 10_000 }).catch(() => undefined));
    await welcome?.close();
    await page.bringToFront();
    await use(page);
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extensionErrors: [
    async ({ context }, use) => {
      const errors: ExtensionError[] = [];
      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const url = msg.location().url;
        // Only our extension is loaded, so every service worker message is ours.
        if (msg.worker?.() || fromExtension(url, msg.text())) errors.push({ where: `console ${url || 'service worker'}`, text: msg.text() });
      });
      context.on('weberror', (e) => {
        const err = e.error();
        const stack = err.stack ?? '';
        if (fromExtension(stack.includes('chrome-extension://') ? 'chrome-extension://' : undefined, `${err.message}\n${stack}`)) {
          errors.push({ where: `uncaught in ${e.page()?.url() ?? 'page'}`, text: stack || err.message });
        }
      });
      for (const w of context.serviceWorkers()) void reportUncaught(w);
      context.on('serviceworker', (w) => void reportUncaught(w));
      await use(errors);
      expect(errors, 'errors logged or thrown by the extension').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
