// Firefox with the built Firefox extension (dist-firefox) on the Seller Center stand-in.
//
// Playwright's own Firefox cannot be downloaded here, and its WebDriver BiDi mode (channel `moz-firefox`) sends
// commands Debian's Firefox ESR does not know yet (`emulation.setMediaFeaturesOverride`). Puppeteer drives a stock
// Firefox over WebDriver BiDi and installs the extension as a temporary add-on (`webExtension.install`), as
// `web-ext run` does; the Playwright runner still runs the tests. Requests are answered by the same stand-in as in
// Chromium (fixtures.ts, standInAnswer).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { standInAnswer } from '../fixtures';
import { spotlightVerdict } from '../guide';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIREFOX_DIST = join(repo, 'dist-firefox');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const manifest = () =>
  JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
    browser_specific_settings: { gecko: { id: string } };
  };

/** The moz-extension:// host is random per install unless set beforehand; this one is ours for the tests. */
const EXTENSION_UUID = '6d1f2a4e-3b5c-4e7d-8f90-a1b2c3d4e5f6';

export type Firefox = {
  browser: Browser;
  page: Page;
  /** Errors the extension logged or threw in the pages of this browser (content scripts and extension pages). */
  errors: string[];
  /** The manifest's popup page, opened in a tab (as the Chromium tests do), once it has loaded. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
};

const fromExtension = (text: string) => /moz-extension:|pipe17-reauth|\[pipe17\]/i.test(text);

/** Errors of the extension's seen in `page` go to `errors`. */
function listen(page: Page, errors: string[]): Page {
  page.on('console', (msg) => {
    const where = msg.location().url ?? '';
    if (msg.type() === 'error' && fromExtension(`${where} ${msg.text()}`)) errors.push(`console ${where}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (fromExtension(text)) errors.push(`uncaught in ${page.url()}: ${text}`);
  });
  return page;
}

/** `page` served by the stand-in, its extension errors going to `errors`. */
async function routed(page: Page, errors: string[]): Promise<Page> {
  listen(page, errors);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const answer = standInAnswer(new URL(request.url()));
    if (answer === 'abort') void request.abort();
    else if (answer === 'continue') void request.continue();
    else void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  return page;
}

export async function launchFirefox(): Promise<Firefox> {
  const { browser_specific_settings, action } = manifest();
  const id = browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'pipe17-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !process.env.HEADED,
    userDataDir: profile,
    // Lets WebDriver BiDi navigate a tab to a moz-extension:// page (the popup); web content still cannot.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1440, height: 900 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }) },
  });
  const installed = await browser.installExtension(FIREFOX_DIST);
  if (installed !== id) throw new Error(`Firefox installed ${installed}, expected ${id}`);
  const errors: string[] = [];
  const page = await routed((await browser.pages())[0] ?? (await browser.newPage()), errors);
  // The install opens the welcome page in a tab in front (src/background/index.ts); Firefox runs no animation frames
  // in a background tab, so it is closed and the test's tab brought back to the front.
  for (let i = 0; i < 50 && (await browser.pages()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  for (const other of (await browser.pages()).filter((p) => p !== page)) await other.close();
  await page.bringToFront();
  return {
    browser,
    page,
    errors,
    async openPopup() {
      const url = `moz-extension://${EXTENSION_UUID}/${action.default_popup}`;
      const popup = listen(await browser.newPage(), errors);
      // Puppeteer does not hear the events of a navigation into the extension's process (it stays "about:blank" to
      // it and goto times out), yet the tab does load the page and evaluates in it: so goto is not awaited, and the
      // page itself says when it is there.
      popup.goto(url, { timeout: 5000 }).catch(() => undefined);
      const where = () => popup.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
      await expect.poll(where, { timeout: 10_000, message: 'the popup page should load' }).toBe(`${url} complete`);
      return popup;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The guide's host attribute `data-step` (guide-contract.md). */
export const step = (page: Page) => page.evaluate(() => document.querySelector('#pipe17-reauth-guide')?.getAttribute('data-step') ?? null);

export async function expectStep(page: Page, id: string, timeout = 10_000): Promise<void> {
  await expect.poll(() => step(page), { timeout, message: `data-step should become ${id}` }).toBe(id);
}

/** A check's `data-state` inside the guide's shadow root, or null when there is none. */
export const checkState = (page: Page, id: string) =>
  page.evaluate(
    (id) => document.querySelector('#pipe17-reauth-guide')?.shadowRoot?.querySelector(`[data-check="${id}"]`)?.getAttribute('data-state') ?? null,
    id,
  );

/**
 * Click an element of the page's own DOM as a person does, once it is visible and has stopped moving (Arco's lists
 * and dialogs animate in): Puppeteer's locator waits for both.
 */
export const clickXPath = (page: Page, xpath: string): Promise<void> => page.locator(`::-p-xpath(${xpath})`).click();

/** An element of the page's own DOM (XPath never enters the guide's shadow root); waits for it. */
export const byXPath = (page: Page, xpath: string, timeout = 10_000): Promise<ElementHandle<Element>> =>
  page.waitForSelector(`::-p-xpath(${xpath})`, { timeout }) as Promise<ElementHandle<Element>>;

/** The contract's spotlight rule (guide.ts, spotlightVerdict) on an element of the page. */
export async function expectSpotlightOn(page: Page, target: ElementHandle<Element>): Promise<void> {
  await expect
    .poll(
      async () => {
        const rects = await target.evaluate((el) => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          };
          const spot = document.querySelector('#pipe17-reauth-guide')?.shadowRoot?.querySelector('[data-guide="spotlight"]');
          return spot ? { s: box(spot), t: box(el) } : null;
        });
        return rects ? spotlightVerdict(rects.s, rects.t) : 'no spotlight';
      },
      { timeout: 5000 },
    )
    .toBe('on target');
}
