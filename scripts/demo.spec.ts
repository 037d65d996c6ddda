// The demo: one shop owner's whole re-authorization, step by step, with a screenshot of each into
// artifacts/demo/ and a small index.html to page through them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, pipe17Url, sellerCenterUrl, test } from '../e2e/fixtures';
import { expectStep, guideButton, light, lightText } from '../e2e/guide';
import { popupUrl } from '../e2e/popup';
import { choose, confirmButton, consentText, growthMenu, myAppsItem, pipe17Authorize } from '../e2e/standin';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'demo');
const shots: { file: string; caption: string }[] = [];
// Shots of an earlier run (another order, another caption) would sit beside this run's as if they belonged to it.
rmSync(out, { recursive: true, force: true });

async function shot(page: Page, caption: string) {
  mkdirSync(out, { recursive: true });
  const file = `${String(shots.length + 1).padStart(2, '0')}-${caption.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
  await page.waitForTimeout(250); // let the spotlight settle for the picture
  await page.screenshot({ path: join(out, file) });
  shots.push({ file, caption });
  console.log(`  📸 ${file}`);
}

/** The popup as a page, once its first next step is `step`, photographed and closed. */
async function popupShot(context: BrowserContext, extensionId: string, step: string, caption: string) {
  const popup = await context.newPage();
  // The popup's own width (popup.css): a wider page would show a blank strip no owner ever sees.
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(popupUrl(extensionId));
  await expect(popup.locator('.steps li').first()).toHaveAttribute('data-step', step);
  await shot(popup, caption);
  await popup.close();
}

test('demo: re-authorizing Pipe17 from the Seller Center home page', async ({ page, context, extensionId }) => {
  // The Pipe17 app first: the extension learns which shop the connector uses and that it is disconnected.
  await page.goto(pipe17Url('/integrations/tiktok-shop', { connector: 'disconnected' }));
  await expect(lightText(page, 'Disconnected')).toBeVisible();
  await shot(page, 'Pipe17 connector disconnected');

  await page.goto(sellerCenterUrl('/homepage', { app: 'expired', shop: '', fast: 1, panel: 1 }));
  await expectStep(page, 'idle');
  await shot(page, 'Seller Center home with the guide launcher');

  await popupShot(context, extensionId, 'reauthorize', 'Popup before re-authorizing');
  await page.bringToFront();

  await guideButton(page, 'start-guide').click();
  await expectStep(page, 'open-growth');
  await shot(page, 'Step 1 point to Growth');

  await growthMenu(page).hover();
  await expectStep(page, 'open-my-apps');
  await shot(page, 'Step 2 click My Apps and Services');

  await myAppsItem(page).click();
  await expectStep(page, 'click-authorize');
  await shot(page, 'Step 3 click Authorize on the Pipe17 row');

  await pipe17Authorize(page).click();
  await expectStep(page, 'renew-dialog');
  await shot(page, 'Step 4 the Renew dialog checklist');

  await choose(page, 'Target shop', 'Acme Outdoors US');
  await choose(page, 'Renew options', 'Re-authorize and update permissions');
  await expect(page.locator('#pipe17-reauth-guide [data-check="renew-option"]')).toHaveAttribute('data-state', 'wrong');
  await shot(page, 'Step 4 a wrong renew option is flagged');
  await choose(page, 'Renew options', 'Re-authorize only');
  await consentText(page).click();
  await expectStep(page, 'confirm-install');
  await shot(page, 'Step 4 every check passes, Confirm to install');

  await confirmButton(page).click();
  await expectStep(page, 'authorize-consent');
  await shot(page, 'Step 5 the conditions page, click Authorize');

  await light(page, 'button').filter({ hasText: /^Authorize$/ }).click();
  await expectStep(page, 'done');
  await shot(page, 'Done Pipe17 is active again, the after-steps');

  // The popup now: the connector's only reading is from before the renewal, so the next step is to read it again.
  await popupShot(context, extensionId, 'check-connector', 'Popup after re-authorizing, read the connector again');
  await page.goto(pipe17Url('/integrations/tiktok-shop', { connector: 'connected' }));
  await expect(lightText(page, 'Connected')).toBeVisible();
  await popupShot(context, extensionId, 'all-good', 'Popup the connector connected again, nothing to do');
  await page.bringToFront();

  if (process.env.HEADED) {
    console.log('\n  The demo browser stays open: explore, then close the window to end.');
    await page.waitForEvent('close', { timeout: 0 });
  }
});

test('demo: a team member who is not the shop owner', async ({ page }) => {
  await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { owner: 0, app: 'expired' }));
  await expectStep(page, 'not-owner');
  await shot(page, 'Not the owner no Authorize on the Pipe17 row');
});

test('demo: a Target shop Pipe17 does not use, caught on the conditions page', async ({ page }) => {
  // The connector page first: the extension learns the shop Pipe17 uses (Acme Outdoors US).
  await page.goto(pipe17Url('/integrations/tiktok-shop', { connector: 'connected' }));
  await expect(lightText(page, 'Connected')).toBeVisible();
  await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired', shop: '', fast: 1 }));
  await expectStep(page, 'click-authorize');
  await pipe17Authorize(page).click();
  await expectStep(page, 'renew-dialog');
  await choose(page, 'Target shop', 'Acme Outdoors Outlet');
  await choose(page, 'Renew options', 'Re-authorize only');
  await consentText(page).click();
  await confirmButton(page).click();
  await expectStep(page, 'authorize-consent');
  await expect(page.locator('#pipe17-reauth-guide [data-guide="wrong-shop"]')).toBeVisible();
  // The ring is where the words point: on Cancel, not on Authorize (contract v2).
  const cancel = light(page, 'button').filter({ hasText: /^Cancel$/ });
  const ring = await page.locator('#pipe17-reauth-guide [data-guide="spotlight"]').boundingBox();
  const box = await cancel.boundingBox();
  expect(ring && box && ring.x <= box.x && ring.y <= box.y && ring.x + ring.width >= box.x + box.width && ring.y + ring.height >= box.y + box.height).toBe(true);
  await shot(page, 'Step 5 the wrong Target shop, click Cancel');
});

test('demo: Seller Center shown in a language the guide has no words for', async ({ page }) => {
  // My apps by its URL, Pipe17 by its name: the row's action cell, the action named as English Seller Center names it.
  await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { lang: 'pseudo', app: 'expired' }));
  await expectStep(page, 'click-authorize');
  await expect(page.locator('#pipe17-reauth-guide [data-guide="spotlight"]')).toBeVisible();
  await shot(page, 'Another language the Pipe17 row by structure');
  // Where structure fails too (a navigation that draws no links): the manual instruction, and why.
  await page.goto(sellerCenterUrl('/homepage', { lang: 'pseudo', app: 'expired' }));
  await guideButton(page, 'start-guide').click();
  await expectStep(page, 'open-growth');
  await expect(page.locator('#pipe17-reauth-guide [data-guide="language-note"]')).toBeVisible();
  await shot(page, 'Another language where structure fails too the manual instruction and why');
});

test.afterAll(() => {
  if (!shots.length) return;
  const items = shots
    .map((s) => `<figure><img src="${s.file}" alt="${s.caption}" loading="lazy"><figcaption>${s.caption}</figcaption></figure>`)
    .join('\n');
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Pipe17 Re-authorization Guide — demo</title>
<style>body{font:15px system-ui;margin:24px;background:#f4f5f7}figure{margin:0 0 32px}img{max-width:100%;border:1px solid #ccc;border-radius:6px}figcaption{font-weight:600;margin-top:6px}</style>
<h1>Pipe17 Re-authorization Guide — demo</h1>\n${items}\n`,
  );
  console.log(`\n  Screenshots: ${join(out, 'index.html')}`);
});
