// The first link of the chain: the content script mounts the guide's host where it should, and only there.
import { expect, guideHost, sellerCenterUrl, authorizationUrl, test, UNRELATED_URL } from './fixtures';

test('the extension is loaded (service worker running)', async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('mounts the guide host on a Seller Center page', async ({ page }) => {
  await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
  await expect(page.getByText('My apps and incidents')).toBeVisible();
  const host = guideHost(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-step', /.+/);
  expect(await host.evaluate((el) => el.parentElement === document.documentElement)).toBe(true);
});

test('mounts the guide host on the authorization conditions page', async ({ page }) => {
  await page.goto(authorizationUrl());
  await expect(page.getByRole('button', { name: 'Authorize' })).toBeVisible();
  await expect(guideHost(page)).toHaveCount(1);
  await expect(guideHost(page)).toHaveAttribute('data-step', /.+/);
});

test('does not run on an unrelated site', async ({ page }) => {
  await page.goto(UNRELATED_URL);
  await expect(page.getByRole('heading', { name: 'Example Domain' })).toBeVisible();
  // Content scripts run at document_idle: give it time to (wrongly) appear.
  await page.waitForTimeout(1000);
  await expect(guideHost(page)).toHaveCount(0);
});
