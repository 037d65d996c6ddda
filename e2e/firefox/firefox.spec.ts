// The same extension in Firefox (dist-firefox, Debian's Firefox ESR): the guide's contract end to end on the stand-in.
// Chromium runs the full suite (e2e/*.spec.ts); this is the Firefox build proving the same walk works there.
import { test as base, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { authorizationUrl, SANDBOX_DIST, sellerCenterUrl } from '../fixtures';
import { MY_APPS } from '../standin';
import { byXPath, checkState, clickXPath, expectSpotlightOn, expectStep, FIREFOX_DIST, FIREFOX_PATH, launchFirefox, type Firefox } from './firefox';

const test = base.extend<{ firefox: Firefox }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  firefox: async ({}, use) => {
    if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr (or set FIREFOX_PATH).`);
    if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox`.');
    if (!existsSync(join(SANDBOX_DIST, 'index.html'))) throw new Error('No sandbox build: run `npm run build:sandbox`.');
    const firefox = await launchFirefox();
    await use(firefox);
    await firefox.close();
    expect(firefox.errors, 'errors logged or thrown by the extension').toEqual([]);
  },
});

const PIPE17_AUTHORIZE = '//tr[.//*[normalize-space(text())="Pipe17"]]//button[normalize-space()="Authorize"]';
const DIALOG = '//*[@role="dialog"][.//button[normalize-space()="Confirm to install"]]';
const combobox = (label: string) => `${DIALOG}//*[contains(@class,"theme-arco-form-item")][.//label[normalize-space()="${label}"]]//*[@role="combobox"]`;
const CONSENT_INPUT = `${DIALOG}//label[contains(@class,"theme-arco-checkbox")]//input`;
const CONSENT_TEXT = `${DIALOG}//label[contains(@class,"theme-arco-checkbox")]//*[contains(@class,"theme-arco-checkbox-text")]`;
const CONFIRM = `${DIALOG}//button[normalize-space()="Confirm to install"]`;

test.describe('Firefox ESR with the Firefox build', () => {
  test('Firefox: spotlight on Authorize, the Renew dialog checked as the owner edits it, the conditions page, done; the popup', async ({ firefox }) => {
    const { page } = firefox;
    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', fast: 1 }));
    await expectStep(page, 'click-authorize');
    const authorize = await byXPath(page, PIPE17_AUTHORIZE);
    await expectSpotlightOn(page, authorize);
    await authorize.click();

    await byXPath(page, DIALOG);
    await expectStep(page, 'renew-dialog');
    await expect.poll(() => checkState(page, 'renew-option')).toBe('missing');
    await expect.poll(() => checkState(page, 'consent')).toBe('missing');

    // Renew options → "Re-authorize only", picked as a person does: open the select, click the option in its list.
    const options = await byXPath(page, combobox('Renew options'));
    await options.click();
    const list = await options.evaluate((el) => el.getAttribute('aria-controls'));
    await clickXPath(page, `//*[@id="${list}"]//*[@role="option"][normalize-space()="Re-authorize only"]`);
    await expect.poll(() => checkState(page, 'renew-option')).toBe('ok');
    await expect.poll(() => checkState(page, 'target-shop')).toBe('ok');
    await expect.poll(() => checkState(page, 'contact-email')).toBe('ok');
    // The extension never ticks consent: still unticked, and the step still asks for it.
    expect(await (await byXPath(page, CONSENT_INPUT)).evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await expectStep(page, 'renew-dialog');

    // Keyboard: Alt+Shift+G takes focus past the dialog's focus lock to the guide, and back to the dialog (focus was
    // on <body> after the option's click).
    const guideFocus = () =>
      page.evaluate(() => document.getElementById('pipe17-reauth-guide')?.shadowRoot?.activeElement?.getAttribute('data-guide') ?? null);
    const shortcut = async () => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyG');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    };
    await shortcut();
    await expect.poll(guideFocus).toBe('tooltip');
    await new Promise((r) => setTimeout(r, 500));
    expect(await guideFocus()).toBe('tooltip');
    await shortcut();
    await expect.poll(guideFocus).toBeNull();
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);

    await clickXPath(page, CONSENT_TEXT);
    await expect.poll(() => checkState(page, 'consent')).toBe('ok');
    await expectStep(page, 'confirm-install');
    const confirm = await byXPath(page, CONFIRM);
    await expectSpotlightOn(page, confirm);
    await confirm.click();

    await expect.poll(() => page.url()).toMatch(/services\.tiktokshop\.com\/open\/authorize/);
    await expectStep(page, 'authorize-consent');
    const grant = await byXPath(page, '//button[normalize-space()="Authorize"]');
    await expectSpotlightOn(page, grant);
    await grant.click();

    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/seller-us\.tiktok\.com\/services\/authorizations/);
    await expectStep(page, 'done', 15_000);

    // The popup page reads what the content script stored: this shop's owner, and Pipe17 active again.
    const popup = await firefox.openPopup();
    const state = (field: string) => popup.evaluate((f) => document.querySelector(`[data-field="${f}"]`)?.getAttribute('data-state') ?? null, field);
    await expect.poll(() => state('owner')).toBe('owner');
    await expect.poll(() => state('app-status')).toBe('active');
    await expect.poll(() => popup.evaluate(() => document.querySelector('[data-field="last-renewal"]')?.textContent ?? '')).toContain('Acme Outdoors US');
    await popup.screenshot({ path: join('artifacts', 'screenshots', 'firefox-popup-after-renewal.png') });
    // The popup's keyboard shortcut, as Firefox assigned it.
    const commands = await popup.evaluate(async () =>
      (await (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).browser.commands.getAll()).map(
        ({ name, shortcut }) => ({ name, shortcut }),
      ),
    );
    // And the guide's `focus-guide`, listed in Manage Extension Shortcuts with no key of its own.
    expect(commands.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))).toEqual([
      { name: '_execute_action', shortcut: 'Alt+Shift+O' },
      { name: 'focus-guide', shortcut: '' },
    ]);
    // What the background sends for that key, to every tab: only the Seller Center tab answers, and its guide takes focus.
    const replies = await popup.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
      const all = await tabs.query({});
      const settled = await Promise.allSettled(all.map((t) => tabs.sendMessage(t.id!, { type: 'guide/focus' })));
      return settled.flatMap((r) => (r.status === 'fulfilled' && r.value !== undefined ? [r.value] : []));
    });
    expect(replies).toEqual([{ moved: true }]);
    expect(await guideFocus()).toBe('tooltip');
  });

  test('Firefox: not the owner: no Authorize on the Pipe17 row → not-owner, and the popup says so', async ({ firefox }) => {
    const { page } = firefox;
    await page.goto(sellerCenterUrl(MY_APPS, { owner: 0, app: 'expired' }));
    await expectStep(page, 'not-owner');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#pipe17-reauth-guide')?.shadowRoot?.querySelector('[data-guide="tooltip"]')?.textContent ?? ''))
      .toMatch(/owner/i);
    await page.screenshot({ path: join('artifacts', 'screenshots', 'firefox-not-owner.png') });
    const popup = await firefox.openPopup();
    await expect.poll(() => popup.evaluate(() => document.querySelector('[data-field="owner"]')?.getAttribute('data-state') ?? null)).toBe('not-owner');
  });

  test('Firefox: the conditions page alone (opened from a link) shows the Authorize step', async ({ firefox }) => {
    const { page } = firefox;
    await page.goto(authorizationUrl());
    await expectStep(page, 'authorize-consent');
    await expectSpotlightOn(page, await byXPath(page, '//button[normalize-space()="Authorize"]'));
  });
});

