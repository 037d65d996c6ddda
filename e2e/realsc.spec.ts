// The real Seller Center as public evidence shows it (issue 29, ../shared/seller-center-evidence.md), each shape walked
// to the end through the contract: the conditions page on the Seller Center host, Arco under `core-`, the m4b
// navigation, lists drawn with divs (bare, and Arco's virtualized body), the other hosts, an authorization period.
// The page is driven by roles, labels and texts only, never by a class prefix.
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, sellerCenterUrl, test, type Scenario } from './fixtures';
import { check, expectSpotlightOn, expectStep, guideButton, host, light, lightText, spotlight, tooltip } from './guide';

// The stand-in's scenario parameters for these shapes (sandbox/README.md), beside the shared fixture's.
// Each test walks a whole renewal, the conditions page's own countdown included.
test.describe.configure({ timeout: 150_000 });

type Walk = Omit<Scenario, 'nav' | 'conditions'> & { arco?: 'core'; authhost?: 'us'; nav?: string; conditions?: string };
const MY_APPS = '/services/authorizations?tab=apps';
const go = (page: Page, path: string, scenario: Walk, at?: string) =>
  page.goto(sellerCenterUrl(path, { app: 'expired', fast: 1, ...scenario } as unknown as Scenario, at));

const dialog = (page: Page): Locator => light(page, '[role="dialog"]').filter({ hasText: 'Confirm to install' });
const button = (scope: Page | Locator, name: string): Locator =>
  scope.locator('css:light=button').filter({ hasText: new RegExp(`^${name}$`) });
/** The Pipe17 row's Authorize, whatever draws the row: the Authorize nearest to the text "Pipe17". */
const pipe17Authorize = (page: Page, row: string): Locator => light(page, row).filter({ has: lightText(page, 'Pipe17') }).locator('css:light=button').filter({ hasText: /^Authorize$/ });

/** Pick an option as a person does: open the select by its label's `for`, click the option in its list. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const id = await dialog(page).locator(`xpath=.//label[normalize-space()=${JSON.stringify(label)}]`).getAttribute('for');
  const box = page.locator(`css:light=#${id}`);
  await box.click();
  const list = page.locator(`css:light=#${await box.getAttribute('aria-controls')}`);
  await list.locator('css:light=[role="option"]').filter({ hasText: new RegExp(`^${option}$`) }).click();
  await expect(list).toBeHidden();
}

/** From the Pipe17 row's Authorize to `done`: the Renew dialog filled in, Confirm to install, the conditions page. */
async function renewToDone(page: Page, o: { row: string; conditions: RegExp; back: RegExp; duration?: boolean; shot: string }): Promise<void> {
  await expectStep(page, 'click-authorize');
  await expectSpotlightOn(page, pipe17Authorize(page, o.row).first());
  await pipe17Authorize(page, o.row).first().click();
  await expect(dialog(page)).toBeVisible();
  await expectStep(page, 'renew-dialog');
  await expect(check(page, 'duration')).toHaveCount(o.duration ? 1 : 0);
  await choose(page, 'Renew options', 'Re-authorize only');
  await expect(check(page, 'renew-option')).toHaveAttribute('data-state', 'ok');
  if (o.duration) {
    await expect(check(page, 'duration')).toHaveAttribute('data-state', 'wrong');
    await screenshot(page, `${o.shot}-duration-wrong`);
    await choose(page, 'Authorization duration', '1 year');
    await expect(check(page, 'duration')).toHaveAttribute('data-state', 'ok');
  }
  await dialog(page).locator('css:light=label').filter({ hasText: 'I agree' }).click();
  await expect(check(page, 'consent')).toHaveAttribute('data-state', 'ok');
  await expectStep(page, 'confirm-install');
  await expectSpotlightOn(page, button(dialog(page), 'Confirm to install'));
  await button(dialog(page), 'Confirm to install').click();

  await expect(page).toHaveURL(o.conditions);
  await expectStep(page, 'authorize-consent');
  await expectSpotlightOn(page, button(page, 'Authorize'));
  await screenshot(page, `${o.shot}-authorize-consent`);
  await button(page, 'Authorize').click();

  await expect(page).toHaveURL(o.back, { timeout: 15_000 });
  await expectStep(page, 'done');
  await expect(spotlight(page)).toHaveCount(0);
  await screenshot(page, `${o.shot}-done`);
}

test('the conditions page on the Seller Center host (/services/market/custom-authorize/…): Authorize spotlighted, then done', async ({ page }) => {
  await go(page, MY_APPS, { conditions: 'seller' });
  await renewToDone(page, {
    row: 'tr',
    conditions: /seller-us\.tiktok\.com\/services\/market\/custom-authorize\/7100000000000000001\?.*shop_region=US/,
    back: /seller-us\.tiktok\.com\/services\/authorizations/,
    shot: 'realsc-seller-conditions',
  });
});

test('Cancel on the Seller Center host’s conditions page withdraws the renewal: back on My apps, no done', async ({ page }) => {
  await go(page, MY_APPS, { conditions: 'seller' });
  await pipe17Authorize(page, 'tr').click();
  await choose(page, 'Renew options', 'Re-authorize only');
  await dialog(page).locator('css:light=label').filter({ hasText: 'I agree' }).click();
  await button(dialog(page), 'Confirm to install').click();
  await expect(page).toHaveURL(/\/services\/market\/custom-authorize\//);
  await expectStep(page, 'authorize-consent');
  await button(page, 'Cancel').click();
  await expect(page).toHaveURL(/\/services\/authorizations/);
  await expectStep(page, 'click-authorize');
});

test('Arco under the core- prefix: home → Growth → My Apps & Services → Authorize → … → done', async ({ page }) => {
  await go(page, '/homepage', { arco: 'core' });
  // The stand-in really is drawn under core-: no theme-arco- class anywhere in the page.
  await expect(light(page, '[class*="core-menu"]').first()).toBeVisible();
  expect(await page.locator('css:light=[class*="theme-arco-"]').count()).toBe(0);
  await guideButton(page, 'start-guide').click();
  await expectStep(page, 'open-growth');
  const growth = light(page, '[aria-haspopup]').filter({ hasText: 'Growth' });
  await expectSpotlightOn(page, lightText(page, 'Growth'), growth);
  await growth.hover();
  await expectStep(page, 'open-my-apps');
  const myApps = light(page, '[role="menuitem"]').filter({ hasText: 'My Apps & Services' });
  await expectSpotlightOn(page, myApps);
  await myApps.click();
  await renewToDone(page, { row: 'tr', conditions: /services\.tiktokshop\.com\/open\/authorize/, back: /\/services\/authorizations/, shot: 'realsc-core' });
});

test('the m4b navigation: Growth is a title clicked open (the tooltip says click), My Apps & Services a link under it → done', async ({ page }) => {
  await go(page, '/homepage', { nav: 'm4b' });
  await guideButton(page, 'start-guide').click();
  await expectStep(page, 'open-growth');
  const growth = light(page, '.theme-m4b-menu-title-txt').filter({ hasText: 'Growth' });
  await expectSpotlightOn(page, growth);
  await expect(tooltip(page)).toContainText('Click Growth');
  await screenshot(page, 'realsc-m4b-1-open-growth');
  await growth.click();
  await expectStep(page, 'open-my-apps');
  const myApps = light(page, 'a[id^="menu_item_"]').filter({ hasText: 'My Apps & Services' });
  await expectSpotlightOn(page, myApps.locator('css:light=div'), myApps);
  await screenshot(page, 'realsc-m4b-2-open-my-apps');
  await myApps.click();
  await renewToDone(page, { row: 'tr', conditions: /services\.tiktokshop\.com\/open\/authorize/, back: /\/services\/authorizations/, shot: 'realsc-m4b' });
});

test('the m4b navigation in words the guide lacks for My apps: its link to /services/authorizations is the item', async ({ page }) => {
  await go(page, '/homepage', { nav: 'm4b', rename: 'myapps' });
  await guideButton(page, 'start-guide').click();
  await light(page, '.theme-m4b-menu-title-txt').filter({ hasText: 'Growth' }).click();
  await expectStep(page, 'open-my-apps');
  const item = light(page, 'a[id^="menu_item_"]').filter({ hasText: 'App hub' });
  await expectSpotlightOn(page, item.locator('css:light=div'), item);
  await item.click();
  await expectStep(page, 'click-authorize');
});

test('Growth › App store › My apps and incidents (the partner docs’ path, no My Apps item): the App store, then its link', async ({ page }) => {
  await go(page, '/homepage', { nav: 'm4b-store' });
  await guideButton(page, 'start-guide').click();
  await light(page, '.theme-m4b-menu-title-txt').filter({ hasText: 'Growth' }).click();
  await expectStep(page, 'open-my-apps');
  const store = light(page, 'a[id^="menu_item_"]').filter({ hasText: 'App store' });
  await expectSpotlightOn(page, store.locator('css:light=div'), store);
  await store.click();
  await expect(page).toHaveURL(/\/services\/market$/);
  await expectStep(page, 'open-my-apps');
  const link = light(page, 'a').filter({ hasText: 'My apps and incidents' });
  await expectSpotlightOn(page, link);
  await screenshot(page, 'realsc-m4b-store');
  await link.click();
  await renewToDone(page, { row: 'tr', conditions: /services\.tiktokshop\.com\/open\/authorize/, back: /\/services\/authorizations/, shot: 'realsc-m4b-store' });
});

test('the apps list drawn with bare divs (no table, row or cell anywhere): the Pipe17 row’s Authorize → done', async ({ page }) => {
  await go(page, MY_APPS, { table: 'divs' });
  expect(await page.locator('css:light=table, [role="row"], [class*="-table-tr"]').count()).toBe(0);
  await expect(host(page)).not.toHaveAttribute('data-step', 'find-pipe17');
  await renewToDone(page, { row: '.r4t6y', conditions: /services\.tiktokshop\.com\/open\/authorize/, back: /\/services\/authorizations/, shot: 'realsc-divs' });
});

test('Arco’s virtualized table (div rows, only those on screen): find-pipe17, then scrolled to, the row’s Authorize → done', async ({ page }) => {
  await go(page, MY_APPS, { table: 'virtual', below: 1 });
  // Arco's virtualized body: div rows (`-table-tr`), only those near the screen in the DOM.
  await expect(light(page, '[class*="-table-virtualized"] [class*="-table-tr"]').first()).toBeVisible();
  expect(await page.locator('css:light=[class*="-table-virtualized"] tbody').count()).toBe(0);
  const pipe17 = light(page, '[class*="-table-tr"]').filter({ has: lightText(page, 'Pipe17') });
  // Pipe17 is row 41 of 43: until the list is scrolled to it, the guide points at the search box, never at another row.
  if ((await pipe17.count()) === 0) await expectStep(page, 'find-pipe17');
  await light(page, '[class*="-table-tr"]').last().evaluate((row) => {
    let el: HTMLElement | null = row.parentElement;
    while (el && el.scrollHeight <= el.clientHeight) el = el.parentElement;
    el?.scrollBy(0, 10_000);
  });
  await expect(pipe17).toHaveCount(1);
  await renewToDone(page, { row: '[class*="-table-tr"]', conditions: /services\.tiktokshop\.com\/open\/authorize/, back: /\/services\/authorizations/, shot: 'realsc-virtual' });
});

test('the cross-border host seller.tiktokglobalshop.com with the US authorization host services.tiktokshops.us → done', async ({ page }) => {
  await go(page, MY_APPS, { authhost: 'us' }, 'seller.tiktokglobalshop.com');
  await renewToDone(page, {
    row: 'tr',
    conditions: /^https:\/\/services\.tiktokshops\.us\/open\/authorize/,
    back: /^https:\/\/seller\.tiktokglobalshop\.com\/services\/authorizations/,
    shot: 'realsc-global',
  });
});

test('an authorization period in the Renew dialog: a fifth check, wrong while shorter than the longest offered, then done', async ({ page }) => {
  await go(page, MY_APPS, { form: 'duration' });
  await renewToDone(page, { row: 'tr', conditions: /services\.tiktokshop\.com\/open\/authorize/, back: /\/services\/authorizations/, duration: true, shot: 'realsc-duration' });
});
