// The guided walkthrough from anywhere in Seller Center to the Pipe17 Authorize action (issue 3).
import { expect, screenshot, sellerCenterUrl, test } from './fixtures';
import { expectSpotlightOn, expectStep, guideButton, host, light, lightText, spotlight, tooltip } from './guide';
import { pipe17Authorize } from './standin';

test.describe('from another Seller Center page: Growth, then My Apps & Services', () => {
  test('home → Growth → My Apps & Services → Apps → Authorize, driven by real hover and clicks', async ({ page }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired' }));
    await expectStep(page, 'idle');
    await expect(guideButton(page, 'start-guide')).toBeVisible();
    await screenshot(page, 'walkthrough-0-idle-launcher');

    await guideButton(page, 'start-guide').click();
    await expectStep(page, 'open-growth');
    const growth = light(page, '.theme-arco-menu-pop-header').filter({ hasText: 'Growth' });
    await expectSpotlightOn(page, lightText(page, 'Growth'), growth);
    await expect(tooltip(page)).toContainText('Growth');
    await expect(tooltip(page)).toContainText('Step 1 of 5');
    await screenshot(page, 'walkthrough-1-open-growth');

    await growth.hover();
    await expectStep(page, 'open-my-apps');
    const myApps = light(page, '[role="menuitem"]').filter({ hasText: 'My Apps & Services' });
    await expectSpotlightOn(page, myApps);
    await screenshot(page, 'walkthrough-2-open-my-apps');

    await myApps.click();
    await expect(page).toHaveURL(/\/services\/authorizations/);
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page).locator('css:light=span'), pipe17Authorize(page));
    await expect(tooltip(page)).toContainText('Authorize');
    await screenshot(page, 'walkthrough-3-click-authorize');
  });

  test('a navigation whose Growth opens in place on a click (Arco Menu, vertical mode): the tooltip says click, and follows it', async ({ page }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired', nav: 'inline' }));
    await guideButton(page, 'start-guide').click();
    await expectStep(page, 'open-growth');
    const growth = light(page, '.theme-arco-menu-inline-header').filter({ hasText: 'Growth' });
    await expectSpotlightOn(page, lightText(page, 'Growth'), growth);
    await expect(tooltip(page)).toContainText('Click Growth');
    await expect(tooltip(page)).not.toContainText('Hover');
    await screenshot(page, 'walkthrough-inline-1-click-growth');
    // Hovering does nothing in this menu; the step waits for the click.
    await growth.hover();
    await page.waitForTimeout(500);
    await expectStep(page, 'open-growth');
    await growth.click();
    await expectStep(page, 'open-my-apps');
    const myApps = light(page, '[role="menuitem"]').filter({ hasText: 'My Apps & Services' });
    await expectSpotlightOn(page, myApps);
    await screenshot(page, 'walkthrough-inline-2-open-my-apps');
    // Closed again before going on: back to step 1.
    await growth.click();
    await expectStep(page, 'open-growth');
    await growth.click();
    await myApps.click();
    await expect(page).toHaveURL(/\/services\/authorizations/);
    await expectStep(page, 'click-authorize');
  });

  test('a navigation folded to its icons (nav=collapsed): the Growth icon is spotlighted and the tooltip says so; hovering it goes on', async ({ page }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired', nav: 'collapsed' }));
    await guideButton(page, 'start-guide').click();
    await expectStep(page, 'open-growth');
    const growth = light(page, '.theme-arco-menu-pop-header').filter({ hasText: 'Growth' });
    await expectSpotlightOn(page, growth.locator('css:light=svg').first(), growth);
    await expect(tooltip(page)).toContainText('Point to the highlighted icon: it is Growth');
    await screenshot(page, 'walkthrough-folded-1-growth-icon');
    await growth.hover();
    await expectStep(page, 'open-my-apps');
    const myApps = light(page, '[role="menuitem"]').filter({ hasText: 'My Apps & Services' });
    await expectSpotlightOn(page, myApps);
    await myApps.click();
    await expect(page).toHaveURL(/\/services\/authorizations/);
    await expectStep(page, 'click-authorize');
  });

  test('a page left quiet for a while: hovering Growth still brings the next step (its menu is a portal)', async ({ page }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired' }));
    await guideButton(page, 'start-guide').click();
    await expectStep(page, 'open-growth');
    await page.waitForTimeout(4500); // past the settle window and the click's active spell
    await light(page, '.theme-arco-menu-pop-header').filter({ hasText: 'Growth' }).hover();
    await expectStep(page, 'open-my-apps');
  });
});

test.describe('on My apps and incidents, unasked', () => {
  test('on My apps and incidents the Pipe17 Authorize is highlighted without starting anything, not another app’s', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expiring' }));
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page));
    // Other rows have Authorize too: the spotlight must sit on Pipe17's.
    const others = light(page, 'tr').filter({ hasNot: lightText(page, 'Pipe17') }).locator('css:light=button').filter({ hasText: /^Authorize$/ });
    expect(await others.count()).toBeGreaterThan(0);
  });

  test('Incidents tab → open-apps-tab, then the Apps tab brings click-authorize', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=incidents', { app: 'expired' }));
    await expectStep(page, 'open-apps-tab');
    const appsTab = light(page, '[role="tab"]').filter({ hasText: /^Apps$/ });
    await expectSpotlightOn(page, appsTab);
    await screenshot(page, 'walkthrough-open-apps-tab');
    await appsTab.click();
    await expectStep(page, 'click-authorize');
  });

  test('tabs that carry their counts (table=counts: "Apps (14)", "Incidents" with a badge): Incidents → open-apps-tab → click-authorize', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=incidents', { app: 'expired', table: 'counts' }));
    const appsTab = light(page, '[role="tab"]').filter({ hasText: /^Apps \(\d+\)$/ });
    await expect(appsTab).toBeVisible();
    await expect(light(page, '[role="tab"] .theme-arco-badge')).toBeVisible();
    await expectStep(page, 'open-apps-tab');
    await expectSpotlightOn(page, appsTab);
    await appsTab.click();
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page));
  });

  test('Apps and Incidents as a segmented control (table=segmented): on Incidents, open-apps-tab on the Apps segment, not "not the owner" over an incident', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=incidents', { app: 'expired', table: 'segmented' }));
    const segment = (name: string) => light(page, '.theme-arco-radio-button').filter({ hasText: new RegExp(`^${name}$`) });
    await expect(segment('Incidents')).toHaveClass(/theme-arco-radio-checked/);
    // The incidents table names Pipe17, with no status and no Authorize: the old reading said not-owner here.
    await expect(light(page, 'td').filter({ hasText: /^Pipe17$/ }).first()).toBeVisible();
    await expectStep(page, 'open-apps-tab');
    await expectSpotlightOn(page, segment('Apps'));
    await segment('Apps').click();
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page));
  });

  test('not the owner: Pipe17 row without Authorize → not-owner with the troubleshooting', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { owner: 0, app: 'expired' }));
    await expectStep(page, 'not-owner');
    await expect(tooltip(page)).toContainText('shop owner');
    await expect(tooltip(page)).toContainText('Sign in with the account that created the shop');
    await expect(spotlight(page)).toHaveCount(0);
    // The header names no role here ("Dana Whitfield · Member"): nothing is quoted.
    await expect(tooltip(page)).not.toContainText('Seller Center shows this account as');
    await screenshot(page, 'walkthrough-not-owner');
  });

  test('not the owner, the header naming a cited role (role=Customer Service Agent, our own placement): the tooltip quotes it; a custom role is not', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { owner: 0, app: 'expired', role: 'Customer Service Agent' }));
    await expect(light(page, '[data-sandbox="account-role"]')).toHaveText('Customer Service Agent');
    await expectStep(page, 'not-owner');
    await expect(tooltip(page).locator('h2')).toHaveText('Seller Center shows this account as “Customer Service Agent”: only the shop owner can re-authorize Pipe17');
    await expect(tooltip(page)).toContainText('Sign in with the account that created the shop');
    await expect(guideButton(page, 'copy-owner-steps')).toBeVisible();
    await screenshot(page, 'walkthrough-not-owner-role');

    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { owner: 0, app: 'expired', role: 'Warehouse lead' }));
    await expect(light(page, '[data-sandbox="account-role"]')).toHaveText('Warehouse lead');
    await expectStep(page, 'not-owner');
    await expect(tooltip(page).locator('h2')).toHaveText('Only the shop owner can re-authorize Pipe17');
  });

  test('an Authorize the page enables by itself (table=later: disabled until its permissions load, then only its attributes change): followed with no input', async ({ page }) => {
    // The guide observes no attribute changes (src/content/watch.ts): it hears this by the button's colour transition.
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired', table: 'later' }));
    await expect(pipe17Authorize(page)).toBeDisabled();
    // A disabled Authorize is none the owner can click (Seller Center may show it so to an account that is not the owner):
    // not-owner while it lasts. Seen first, so what follows is heard, not read at a later first look.
    await expectStep(page, 'not-owner');
    await expect(pipe17Authorize(page)).toBeEnabled();
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page));
  });

  test('rows that arrive late: find-pipe17 while loading, then click-authorize', async ({ page }) => {
    // Held until the test lets them in: a timed delay raced the guide's start on a loaded machine.
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { delay: 'held', app: 'expired' }));
    await expectStep(page, 'find-pipe17');
    await page.evaluate(() => dispatchEvent(new Event('standin:rows')));
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page));
  });
});

test.describe('Pipe17 not on screen: another page, the search box, below the fold', () => {
  test('Pipe17 on page 2: find-pipe17 points at the search box, paging there brings click-authorize', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { page2: 1, app: 'expired' }));
    await expectStep(page, 'find-pipe17');
    await expect(tooltip(page)).toContainText('search');
    const search = light(page, 'input[placeholder="Search by app name"]');
    await expectSpotlightOn(page, search);
    await screenshot(page, 'walkthrough-find-pipe17');
    await light(page, '.theme-arco-pagination-item').filter({ hasText: /^2$/ }).click();
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page));
  });

  test('Pipe17 typed into the search box: the filtered table brings click-authorize', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { page2: 1, app: 'expired' }));
    await expectStep(page, 'find-pipe17');
    await light(page, 'input[placeholder="Search by app name"]').fill('Pipe17');
    await expectStep(page, 'click-authorize');
  });

  test('below the fold in an inner scroll container: scrolled into view, spotlight follows scrolling and resizing', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { below: 1, app: 'expired' }));
    await expectStep(page, 'click-authorize');
    await expect(pipe17Authorize(page)).toBeInViewport();
    await expectSpotlightOn(page, pipe17Authorize(page));
    // Scroll the inner container, then the window size: the spotlight stays on the target.
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, -150);
    await expectSpotlightOn(page, pipe17Authorize(page));
    await page.setViewportSize({ width: 1100, height: 700 });
    await expectSpotlightOn(page, pipe17Authorize(page));
    await screenshot(page, 'walkthrough-below-fold-resized');
    // And clicks still reach the target through the overlay.
    await pipe17Authorize(page).click();
    await expect(light(page, '[role="dialog"]')).toBeVisible();
  });
});

test.describe('navigation, dismissal, keyboard, re-renders', () => {
  test('SPA navigation back and forth keeps the guide on the page that is shown', async ({ page }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired' }));
    await guideButton(page, 'start-guide').click();
    await expectStep(page, 'open-growth');
    await light(page, '.theme-arco-menu-pop-header').filter({ hasText: 'Growth' }).hover();
    await light(page, '[role="menuitem"]').filter({ hasText: 'My Apps & Services' }).click();
    await expectStep(page, 'click-authorize');
    await page.goBack();
    await expect(page).toHaveURL(/homepage/);
    await expectStep(page, 'open-growth');
    await page.goForward();
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, pipe17Authorize(page));
    // The tooltip's Back goes to the page of the step before.
    await guideButton(page, 'back').click();
    await expect(page).toHaveURL(/homepage/);
    await expectStep(page, 'open-growth');
  });

  test('dismiss ends the guide and it stays dismissed across reloads until started again; progress survives a reload', async ({ page }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired' }));
    await guideButton(page, 'start-guide').click();
    await expectStep(page, 'open-growth');
    await page.reload();
    await expectStep(page, 'open-growth');

    await guideButton(page, 'dismiss').click();
    await expectStep(page, 'idle');
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps'));
    await expect(lightText(page, 'Pipe17')).toBeVisible();
    await page.waitForTimeout(500);
    await expectStep(page, 'idle');
    await page.reload();
    await expect(lightText(page, 'Pipe17')).toBeVisible();
    await page.waitForTimeout(500);
    await expectStep(page, 'idle');

    await guideButton(page, 'start-guide').click();
    await expectStep(page, 'click-authorize');
  });

  test('keyboard: the tooltip buttons are reachable and Esc in the guide dismisses it', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
    await expectStep(page, 'click-authorize');
    await expect(tooltip(page)).toHaveAttribute('role', 'dialog');
    await expect(tooltip(page)).toHaveAttribute('aria-labelledby', /.+/);
    await guideButton(page, 'dismiss').focus();
    await expect(guideButton(page, 'dismiss')).toBeFocused();
    await page.keyboard.press('Escape');
    await expectStep(page, 'idle');
    await expect(host(page)).toHaveCount(1);
  });

  test('a re-rendered table and a zoomed page: the spotlight moves to the new Authorize and stays on it', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
    await expectStep(page, 'click-authorize');
    const before = await pipe17Authorize(page).elementHandle();
    // The app re-renders the whole table body: every row is a new element.
    await page.evaluate(() => {
      const body = document.querySelector('tbody')!;
      body.replaceWith(body.cloneNode(true));
    });
    expect(await before!.evaluate((b) => b.isConnected)).toBe(false);
    await expectSpotlightOn(page, pipe17Authorize(page));
    // Page zoom (CSS zoom on the app's root) moves and scales the target.
    await page.evaluate(() => ((document.querySelector('.sc-root') as HTMLElement).style.zoom = '1.25'));
    await expectSpotlightOn(page, pipe17Authorize(page));
    await page.evaluate(() => ((document.querySelector('.sc-root') as HTMLElement).style.zoom = '0.8'));
    await expectSpotlightOn(page, pipe17Authorize(page));
    await screenshot(page, 'walkthrough-rerendered-zoomed');
  });

  test('the Pipe17 row disappearing takes the spotlight with it', async ({ page }) => {
    await page.goto(sellerCenterUrl('/services/authorizations?tab=apps', { app: 'expired' }));
    await expectStep(page, 'click-authorize');
    await expect(spotlight(page)).toBeVisible();
    await light(page, 'input[placeholder="Search by app name"]').fill('Klaviyo');
    await expectStep(page, 'find-pipe17');
    // find-pipe17 points at the search box: the old spotlight is not left on a vanished row.
    await expectSpotlightOn(page, light(page, 'input[placeholder="Search by app name"]'));
  });
});

