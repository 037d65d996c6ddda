// The first link of the chain: the content script mounts the guide's host where it should, and only there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { STEP_IDS } from '../src/shared/contract';
import { EXTENSION_DIST, expect, guideHost, sellerCenterUrl, authorizationUrl, test, UNRELATED_URL } from './fixtures';

/** One host, a child of <html>, with an open shadow root and a contract step id. */
async function expectGuideHost(page: Page): Promise<void> {
  const host = guideHost(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-step', new RegExp(`^(${STEP_IDS.join('|')})$`));
  expect(await host.evaluate((el) => el.parentElement === document.documentElement && el.shadowRoot !== null)).toBe(true);
}

test.describe('where the extension runs', () => {
  test('the extension is loaded (service worker running)', async ({ extensionId, serviceWorker }) => {
    const background = (JSON.parse(readFileSync(join(EXTENSION_DIST, 'manifest.json'), 'utf8')) as { background: { service_worker: string } }).background;
    expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/${background.service_worker}`);
    // Its start-up ran: the daily expiry alarm (src/background/index.ts, EXPIRY_ALARM) exists only once it has.
    await expect
      .poll(() =>
        serviceWorker.evaluate(async () => {
          const { chrome } = globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } } };
          return (await chrome.alarms.get('expiry-check'))?.periodInMinutes ?? null;
        }),
      )
      .toBe(24 * 60);
  });

  test('mounts the guide host on a Seller Center page', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
    await expect(page.getByText('My apps and incidents')).toBeVisible();
    await expectGuideHost(page);
  });

  test('mounts the guide host on the authorization conditions page', async ({ page }) => {
    await page.goto(authorizationUrl());
    await expect(page.getByRole('button', { name: 'Authorize' })).toBeVisible();
    await expectGuideHost(page);
  });

  test('does not run on an unrelated site', async ({ page }) => {
    await page.goto(UNRELATED_URL);
    await expect(page.getByRole('heading', { name: 'Example Domain' })).toBeVisible();
    // Content scripts run at document_idle: give it time to (wrongly) appear.
    await page.waitForTimeout(1000);
    await expect(guideHost(page)).toHaveCount(0);
  });
});

