// The toolbar popup, the badge and the options page, checked through the contract's "Popup" section
// against the stand-in pages: what the popup shows is what the extension read from Seller Center and Pipe17.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, pipe17Url, screenshot, sellerCenterUrl, test, type Scenario } from './fixtures';
import { check, expectStep, host, light, lightText } from './guide';
import { badge, field, openPopup, optionsUrl, startButton, states } from './popup';

/** The few extension APIs the tests call inside the extension's own pages and worker. */
declare const chrome: {
  i18n: { getUILanguage(): string };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const MY_APPS = '/services/authorizations?tab=apps';
const CONNECTOR = '/integrations/tiktok-shop';

const pipe17Row = (page: Page) => light(page, 'tr').filter({ has: lightText(page, 'Pipe17') });

/** Visit My apps and incidents and wait until the guide has read the Pipe17 row (so the facts are reported). */
async function visitMyApps(page: Page, scenario: Scenario): Promise<void> {
  await page.goto(sellerCenterUrl(MY_APPS, scenario));
  await expectStep(page, scenario.owner === 0 ? 'not-owner' : 'click-authorize');
}

/** The Pipe17 row's expiry date as the table shows it (yyyy-mm-dd). */
async function expiryShown(page: Page): Promise<string> {
  const text = (await pipe17Row(page).innerText()).match(/\d{4}-\d{2}-\d{2}/)?.[0];
  if (!text) throw new Error('no expiry date in the Pipe17 row');
  return text;
}

/** A yyyy-mm-dd date the way the popup writes it: in the browser's language, medium style. */
const dateInBrowser = (popup: Page, iso: string): Promise<string> =>
  popup.evaluate((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, day).toLocaleDateString(chrome.i18n.getUILanguage(), { dateStyle: 'medium' });
  }, iso);

/** Everything in storage.local, read in the extension (the popup page is an extension page). */
const stored = (extPage: Page) => extPage.evaluate(() => chrome.storage.local.get(null));

test.describe('popup: what the extension read', () => {
  test('owner, expired with its date, evidence and age; the badge says why', async ({ page, context, extensionId, serviceWorker }) => {
    await visitMyApps(page, { owner: 1, app: 'expired' });
    const expiry = await expiryShown(page);

    const popup = await openPopup(context, extensionId);
    await expect(field(popup, 'owner')).toHaveAttribute('data-state', 'owner');
    await expect(field(popup, 'app-status')).toHaveAttribute('data-state', 'expired');
    await expect(field(popup, 'app-status')).toContainText(await dateInBrowser(popup, expiry));
    // Evidence: where it was seen, what was seen, and how long ago.
    for (const name of ['owner', 'app-status'] as const) {
      await expect(field(popup, name)).toContainText('My apps and incidents');
      await expect(field(popup, name).locator('.row-note')).toHaveText(/My apps and incidents, (now|\d+ seconds? ago|\d+ minutes? ago)$/);
    }
    await expect(field(popup, 'owner')).toContainText('Authorize shown on the Pipe17 row');
    await expect(field(popup, 'app-status')).toContainText('Expired');
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'unknown');
    // The shop it is about.
    await expect(popup.locator('header')).toContainText('Acme Outdoors US');
    // Expired + owner: re-authorize is the next step and the start button is the primary one.
    await expect(popup.locator('.steps li')).toHaveCount(1);
    await expect(popup.locator('.steps')).toContainText('Re-authorize Pipe17');
    await expect(startButton(popup)).toBeVisible();
    await screenshot(popup, 'popup-owner-expired');

    await expect.poll(() => badge(serviceWorker)).toEqual({
      text: '!',
      title: expect.stringContaining('Pipe17 authorization expired for Acme Outdoors US'),
    });
  });

  test('not the owner: not-owner, and the next step says only the shop owner can re-authorize', async ({ page, context, extensionId }) => {
    await visitMyApps(page, { owner: 0, app: 'expired' });
    const popup = await openPopup(context, extensionId);
    await expect(field(popup, 'owner')).toHaveAttribute('data-state', 'not-owner');
    await expect(field(popup, 'owner')).toContainText('Pipe17 row shown without Authorize');
    await expect(field(popup, 'app-status')).toHaveAttribute('data-state', 'expired');
    await expect(popup.locator('.steps li')).toHaveCount(1);
    await expect(popup.locator('.steps li')).toContainText('Only the shop owner');
    await expect(popup.locator('.steps')).not.toContainText('press Start');
    await screenshot(popup, 'popup-not-owner');
  });

  for (const app of ['active', 'expiring', 'expired'] as const) {
    test(`app ${app} in Seller Center → app-status ${app}`, async ({ page, context, extensionId }) => {
      await visitMyApps(page, { owner: 1, app });
      const expiry = await expiryShown(page);
      const popup = await openPopup(context, extensionId);
      await expect(field(popup, 'app-status')).toHaveAttribute('data-state', app);
      await expect(field(popup, 'app-status')).toContainText(await dateInBrowser(popup, expiry));
      await expect(field(popup, 'owner')).toHaveAttribute('data-state', 'owner');
      if (app === 'expiring') await screenshot(popup, 'popup-expiring');
    });
  }

  const CONNECTOR_STATES = [
    ['connected', 'Connected'],
    ['connecting', 'Connecting'],
    ['disconnected', 'Disconnected'],
    ['error', 'Error'],
    ['not-configured', 'Not configured'],
  ] as const;
  for (const [connector, shown] of CONNECTOR_STATES) {
    test(`Pipe17 connector ${connector} → connector ${connector}`, async ({ page, context, extensionId }) => {
      await page.goto(pipe17Url(CONNECTOR, { connector }));
      const popup = await openPopup(context, extensionId);
      await expect(field(popup, 'connector')).toHaveAttribute('data-state', connector);
      await expect(field(popup, 'connector').locator('.row-value')).toHaveText(shown);
      await expect(field(popup, 'connector')).toContainText('Pipe17 TikTok Shop connector');
      // Nothing from Seller Center yet, but something is known: no "Nothing is known yet".
      expect(await states(popup)).toMatchObject({ owner: 'unknown', 'app-status': 'unknown' });
      await expect(popup.locator('.guidance')).toHaveCount(0);
      if (connector === 'disconnected') await screenshot(popup, 'popup-connector-disconnected');
    });
  }

  test('connector error page after a known state: the last known state stays, marked stale', async ({ page, context, extensionId }) => {
    await page.goto(pipe17Url(CONNECTOR, { connector: 'disconnected' }));
    const popup = await openPopup(context, extensionId);
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'disconnected');
    await expect(field(popup, 'connector')).not.toContainText('last known');

    await page.goto(pipe17Url(CONNECTOR, { connector: 'errorpage' }));
    await expect(lightText(page, 'Something went wrong')).toBeVisible();
    // The open popup follows storage: the state stays and the value says it is the last known one.
    await expect(field(popup, 'connector').locator('.row-value')).toContainText('last known', { timeout: 15_000 });
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'disconnected');

    const again = await openPopup(context, extensionId);
    await expect(field(again, 'connector')).toHaveAttribute('data-state', 'disconnected');
    await expect(field(again, 'connector').locator('.row-value')).toHaveText(/^Disconnected \(last known: .+\)$/);
    await screenshot(again, 'popup-connector-stale');
  });

  test('nothing visited: all three unknown, guidance, and the start button', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    expect(await states(popup)).toEqual({ owner: 'unknown', 'app-status': 'unknown', connector: 'unknown' });
    await expect(startButton(popup)).toBeVisible();
    await expect(startButton(popup)).toBeEnabled();
    await expect(popup.locator('header')).toContainText('No TikTok Shop seen yet');
    await expect(popup.locator('.guidance')).toContainText('Nothing is known yet');
    // The troubleshooting, opened: among its answers, how a keyboard gets past Seller Center's dialog to the guide.
    await popup.locator('details.troubleshooting summary').click();
    await expect(popup.locator('details.troubleshooting dd').filter({ hasText: 'Alt+Shift+G' })).toBeVisible();
    // …and where an owner for whom that key clashes sets another (the focus-guide command).
    await expect(popup.locator('details.troubleshooting dd').filter({ hasText: 'Alt+Shift+G' })).toContainText('chrome://extensions/shortcuts');
    await screenshot(popup, 'popup-nothing-known');
  });

  test('badge: "!" with the reason after an expired visit, empty once active and connected', async ({ page, serviceWorker }) => {
    expect(await badge(serviceWorker)).toMatchObject({ text: '' });
    await visitMyApps(page, { owner: 1, app: 'expired' });
    await expect.poll(() => badge(serviceWorker)).toEqual({
      text: '!',
      title: expect.stringContaining('Pipe17 authorization expired for Acme Outdoors US'),
    });

    await page.goto(pipe17Url(CONNECTOR, { connector: 'disconnected' }));
    await expect.poll(async () => (await badge(serviceWorker)).title).toContain('Pipe17 TikTok Shop connector disconnected (Acme Outdoors US)');

    await visitMyApps(page, { owner: 1, app: 'active' });
    await expect.poll(async () => (await badge(serviceWorker)).title).not.toContain('expired');
    await page.goto(pipe17Url(CONNECTOR, { connector: 'connected' }));
    await expect.poll(() => badge(serviceWorker)).toEqual({ text: '', title: 'Pipe17 re-authorization status' });
  });
});

test('the popup opens from the keyboard: Chrome has assigned Alt+Shift+O to it (no permission needed; Alt+Shift+P and +R were refused here)', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  // Beside it, the guide's own `focus-guide`, with no key (a11y.spec.ts).
  expect(commands.map(({ name, shortcut }) => ({ name, shortcut })).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))).toEqual([
    { name: '_execute_action', shortcut: 'Alt+Shift+O' },
    { name: 'focus-guide', shortcut: '' },
  ]);
});

test.describe('popup: start the guide', () => {
  test('over a Seller Center tab: Start starts the guide in that tab', async ({ page, context, extensionId }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired' }));
    await expectStep(page, 'idle');

    // In a test the popup is a tab of its own; bring the Seller Center tab to the front so it is "the active tab"
    // when the popup asks (as it is in real use, where the popup floats over it).
    const popup = await context.newPage();
    await page.bringToFront();
    await openPopup(context, extensionId, { page: popup });
    await expect(popup.locator('.this-tab')).toHaveText('The shop open in this tab');
    await expect(popup.locator('header')).toContainText('Acme Outdoors US');

    const closed = popup.waitForEvent('close');
    await startButton(popup).click();
    await expectStep(page, 'open-growth');
    // Started: the popup closes itself, as a popup does after its action.
    await closed;
  });

  test('no Seller Center tab: Start opens My apps and incidents in a new tab with the guide on', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const opened = context.waitForEvent('page', (p) => p.url().startsWith('chrome-extension://') === false);
    await startButton(popup).click();
    const myApps = await opened;
    await expect(myApps).toHaveURL(/^https:\/\/seller-us\.tiktok\.com\/services\/authorizations\?shop_region=US&tab=apps/);
    await expect(host(myApps)).toHaveAttribute('data-step', /^(?!idle$).+/);
    await expectStep(myApps, 'click-authorize');
  });
});

test.describe('popup: what survives', () => {
  test('the service worker restarting between visits and popup loses nothing', async ({ page, context, extensionId }) => {
    await visitMyApps(page, { owner: 1, app: 'expired' });
    const popup = await openPopup(context, extensionId);
    await expect(field(popup, 'app-status')).toHaveAttribute('data-state', 'expired');
    await popup.close();

    const worker = await watchWorker(context, page, extensionId);
    await worker.stop();
    // Reading storage does not need the worker: the popup opens with everything while it is stopped.
    const whileStopped = await openPopup(context, extensionId);
    expect(await states(whileStopped)).toEqual({ owner: 'owner', 'app-status': 'expired', connector: 'unknown' });
    await whileStopped.close();

    // A fresh worker handles the next report on top of what is stored.
    await page.goto(pipe17Url(CONNECTOR, { connector: 'error' }));
    await expect.poll(() => worker.status()).toBe('running');
    const after = await openPopup(context, extensionId);
    await expect(field(after, 'connector')).toHaveAttribute('data-state', 'error');
    expect(await states(after)).toEqual({ owner: 'owner', 'app-status': 'expired', connector: 'error' });
    await after.close();

    // Stopped once more: still all there.
    await worker.stop();
    const third = await openPopup(context, extensionId);
    expect(await states(third)).toEqual({ owner: 'owner', 'app-status': 'expired', connector: 'error' });
  });

  test('a corrupt record in storage: the popup still opens, shows the rest, and says what was dropped', async ({ page, context, extensionId, serviceWorker }) => {
    await visitMyApps(page, { owner: 1, app: 'expired' });
    await page.goto(pipe17Url(CONNECTOR, { connector: 'connected' }));
    const first = await openPopup(context, extensionId);
    await expect(field(first, 'connector')).toHaveAttribute('data-state', 'connected');
    await first.close();

    await serviceWorker.evaluate(() => chrome.storage.local.set({ 'shop:seller-us.tiktok.com': { v: 99, junk: true } }));
    const popup = await openPopup(context, extensionId);
    expect(await states(popup)).toEqual({ owner: 'owner', 'app-status': 'expired', connector: 'connected' });
    await expect(popup.locator('.notices')).toBeVisible();
    await expect(popup.locator('.notices')).toContainText('seller-us.tiktok.com');
    await expect(popup.locator('.notices')).toContainText('could not be read');
    await screenshot(popup, 'popup-notice');
  });
});

test.describe('options page', () => {
  test('expected Target shop for the region: a different Target shop in the Renew dialog is wrong', async ({ page, context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(optionsUrl(extensionId));
    await options.locator('#shop-us').fill('Acme Outdoors Outlet');
    await options.locator('[data-action="save"]').click();
    await expect(options.locator('[role="status"]')).toHaveText('Settings saved.');
    await screenshot(options, 'options-saved');
    await options.reload();
    await expect(options.locator('#shop-us')).toHaveValue('Acme Outdoors Outlet');
    await options.close();

    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', fast: 1, shop: 'Acme Outdoors US' }));
    await expectStep(page, 'click-authorize');
    await pipe17Row(page).locator('css:light=button').filter({ hasText: /^Authorize$/ }).click();
    await expect(light(page, '[role="dialog"]').filter({ hasText: 'Renew' })).toBeVisible();
    await expect(check(page, 'target-shop')).toHaveAttribute('data-state', 'wrong');
    await expect(check(page, 'target-shop')).toContainText('Acme Outdoors Outlet');
  });

  test('an invalid contact email: inline error, the typed value kept, nothing saved', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(optionsUrl(extensionId));
    const email = options.locator('#contact-email');
    await email.fill('ops@acme');
    await options.locator('[data-action="save"]').click();
    await expect(options.locator('#contact-email-error')).toBeVisible();
    await expect(options.locator('#contact-email-error')).toContainText('email address');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveValue('ops@acme');
    await expect(options.locator('[role="status"]')).toContainText('Not saved');
    await screenshot(options, 'options-invalid-email');
    expect(((await stored(options)).settings as { contactEmail?: string } | undefined)?.contactEmail ?? '').toBe('');

    // Fixing it clears the error and saves.
    await email.fill('ops@acme-outdoors.com');
    await options.locator('[data-action="save"]').click();
    await expect(options.locator('[role="status"]')).toHaveText('Settings saved.');
    await expect(options.locator('#contact-email-error')).toHaveCount(0);
    await expect.poll(async () => ((await stored(options)).settings as { contactEmail?: string }).contactEmail).toBe('ops@acme-outdoors.com');
  });

  test('clear all data, after confirming, empties the popup back to unknown', async ({ page, context, extensionId }) => {
    await visitMyApps(page, { owner: 1, app: 'expired' });
    await page.goto(pipe17Url(CONNECTOR, { connector: 'connected' }));
    const popup = await openPopup(context, extensionId);
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'connected');
    expect(await states(popup)).toEqual({ owner: 'owner', 'app-status': 'expired', connector: 'connected' });

    const options = await context.newPage();
    await options.goto(optionsUrl(extensionId));
    await options.locator('[data-action="clear"]').click();
    // Asking is not doing: nothing is cleared before the confirmation.
    await expect(options.locator('[data-action="clear-confirm"]')).toBeVisible();
    await options.locator('[data-action="clear-cancel"]').click();
    await expect(options.locator('[data-action="clear-confirm"]')).toHaveCount(0);
    expect(Object.keys(await stored(options)).some((k) => k.startsWith('shop:'))).toBe(true);

    await options.locator('[data-action="clear"]').click();
    await options.locator('[data-action="clear-confirm"]').click();
    await expect(options.locator('[role="status"]')).toHaveText('All stored data was cleared.');

    // The open popup follows storage, and a new one finds nothing.
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'unknown');
    expect(await states(popup)).toEqual({ owner: 'unknown', 'app-status': 'unknown', connector: 'unknown' });
    const fresh = await openPopup(context, extensionId);
    expect(await states(fresh)).toEqual({ owner: 'unknown', 'app-status': 'unknown', connector: 'unknown' });
    await expect(fresh.locator('header')).toContainText('No TikTok Shop seen yet');
  });
});

/**
 * The extension's service worker as Chrome's DevTools protocol sees it: its running status, and a way to stop it
 * (as Chrome does when it has been idle), waiting until it has stopped.
 */
async function watchWorker(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  type Version = { scriptURL: string; runningStatus: string };
  let status = 'unknown';
  const listeners = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Version[] }) => {
    const ours = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
    if (!ours) return;
    status = ours.runningStatus;
    for (const l of listeners) l();
  });
  await cdp.send('ServiceWorker.enable');
  return {
    status: () => status,
    async stop(): Promise<void> {
      const stopped = new Promise<void>((resolve) => {
        const l = () => status === 'stopped' && (listeners.delete(l), resolve());
        listeners.add(l);
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
  };
}
