// The store images, part of `npm run demo`: five 1280×800 screenshots of the built extension on the Seller Center
// stand-in and the 440×280 promo tile, written to store/ (scripts/listing.test.ts checks their sizes).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, sellerCenterUrl, pipe17Url, test } from '../e2e/fixtures';
import { expectStep, light, lightText } from '../e2e/guide';
import { POPUP_VIEWPORT, popupUrl } from '../e2e/popup';
import { choose, confirmButton, consentText, pipe17Authorize } from '../e2e/standin';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };
const MY_APPS = '/services/authorizations?tab=apps';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.waitForTimeout(300); // the spotlight's entrance, for the picture
  await page.screenshot({ path: join(out, `${name}.png`) });
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The popup as Chrome shows it, over the page it was opened on: a composite, since a real popup cannot be captured. */
async function popupOver(context: BrowserContext, extensionId: string, page: Page, name: string): Promise<void> {
  const background = await page.screenshot();
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(popupUrl(extensionId));
  await expect(popup.locator('.steps li').first()).toHaveAttribute('data-step', /.+/);
  await popup.waitForTimeout(300);
  const panel = await popup.screenshot();
  await popup.close();
  const frame = await context.newPage();
  await frame.setViewportSize(SIZE);
  await frame.setContent(
    `<body style="margin:0;position:relative;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden">
      <img src="${dataUrl(background)}" style="position:absolute;inset:0">
      <img src="${dataUrl(panel)}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">
    </body>`,
  );
  await frame.screenshot({ path: join(out, `${name}.png`) });
  await frame.close();
}

test('store screenshots: the walk from My apps to done, and the popup', async ({ page, context, extensionId }) => {
  await page.setViewportSize(SIZE);
  await page.goto(pipe17Url('/integrations/tiktok-shop', { connector: 'disconnected' }));
  await expect(lightText(page, 'Disconnected')).toBeVisible();

  await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', shop: '', fast: 1 }));
  await expectStep(page, 'click-authorize');
  await shot(page, '1-authorize-on-the-pipe17-row');
  await popupOver(context, extensionId, page, '5-popup-owner-authorization-connector');
  await page.bringToFront();

  await pipe17Authorize(page).click();
  await expectStep(page, 'renew-dialog');
  await choose(page, 'Target shop', 'Acme Outdoors US');
  await choose(page, 'Renew options', 'Re-authorize and update permissions');
  await expect(page.locator('#pipe17-reauth-guide [data-check="renew-option"]')).toHaveAttribute('data-state', 'wrong');
  await shot(page, '2-renew-dialog-checked-field-by-field');
  await choose(page, 'Renew options', 'Re-authorize only');
  await consentText(page).click();
  await expectStep(page, 'confirm-install');
  await shot(page, '3-every-check-passes');

  await confirmButton(page).click();
  await expectStep(page, 'authorize-consent');
  await light(page, 'button').filter({ hasText: /^Authorize$/ }).click();
  await expectStep(page, 'done');
  await shot(page, '4-done-and-the-after-steps');
});

test('store promo tile, 440×280', async ({ page }) => {
  const icon = readFileSync(join(root, 'public', 'icons', 'icon128.png'));
  const en = JSON.parse(readFileSync(join(root, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  await page.setViewportSize({ width: 440, height: 280 });
  // Text goes in as text nodes: the page is built from strings, never from markup.
  await page.setContent(
    `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;
      background:linear-gradient(135deg,#0b57d0,#062e6f);color:#fff;font-family:system-ui,sans-serif">
      <img alt="" src="${dataUrl(icon)}" width="96" height="96">
      <div><div id="name" style="font-size:26px;font-weight:700;line-height:1.15"></div>
      <div id="tag" style="font-size:15px;margin-top:10px;opacity:.92;line-height:1.35"></div></div></body>`,
  );
  await page.locator('#name').evaluate((e, s) => (e.textContent = s), en.extName!.message);
  await page.locator('#tag').evaluate((e) => (e.textContent = 'Step by step through Seller Center, every field checked'));
  mkdirSync(join(root, 'store'), { recursive: true });
  await page.screenshot({ path: join(root, 'store', 'promo-440x280.png') });
});
