// Seller Center in a language the guide has no words for (issue 30): it stands on what does not change with the
// language — the URL, the brand name Pipe17, the row it sits in, the dialog that opened after the owner's click in
// that row, fields by their kind, the primary button, the link to /services/authorizations.
// `lang=es` and `lang=zh-CN` are the stand-in's own translations (sandbox/src/languages.ts), `lang=pseudo` a
// pseudo-locale: none of them is Seller Center's wording, and none is in the guide's word table.
import type { Locator, Page } from '@playwright/test';
import { TRANSLATIONS, type SandboxLanguage } from '../sandbox/src/languages';
import { pseudo } from '../sandbox/src/scenario';
import { expect, sellerCenterUrl, test } from './fixtures';
import { check, expectSpotlightOn, expectStep, guideButton, light, lightText, spotlight, tooltip } from './guide';
import { MY_APPS } from './standin';

type Lang = SandboxLanguage | 'pseudo';
const LANGS: Lang[] = ['es', 'zh-CN', 'pseudo'];

/** A stand-in label as the page shows it in `lang`. */
const say = (lang: Lang, label: string): string => (lang === 'pseudo' ? pseudo(label) : (TRANSLATIONS[lang][label] ?? pseudo(label)));

const row = (page: Page): Locator => light(page, 'tr').filter({ has: lightText(page, 'Pipe17') });
const action = (page: Page, lang: Lang, label: string): Locator =>
  row(page).locator('css:light=button').filter({ hasText: say(lang, label) });
const dialogOf = (page: Page, lang: Lang): Locator => light(page, '[role="dialog"]').filter({ hasText: say(lang, 'Confirm to install') });
/** A form item of the dialog by its label as shown. */
const item = (page: Page, lang: Lang, label: string): Locator =>
  dialogOf(page, lang)
    .locator('css:light=.theme-arco-form-item')
    .filter({ has: page.locator(`xpath=.//label[normalize-space()=${JSON.stringify(say(lang, label))}]`) });

async function chooseShown(page: Page, lang: Lang, label: string, option: string): Promise<void> {
  const box = item(page, lang, label).locator('css:light=[role="combobox"]');
  await box.click();
  const list = page.locator(`css:light=#${await box.getAttribute('aria-controls')}`);
  await list.locator('css:light=[role="option"]').filter({ hasText: say(lang, option) }).click();
  await expect(list).toBeHidden();
}

/** In the open Renew dialog: the option picked (unverified: its words are unread), consent ticked, confirmed, the
 * conditions page's primary button, and done back on My apps. */
async function renewToDone(page: Page, lang: Lang): Promise<void> {
  const dialog = dialogOf(page, lang);
  await expectStep(page, 'renew-dialog');
  await chooseShown(page, lang, 'Renew options', 'Re-authorize only');
  await expect(check(page, 'renew-option')).toHaveAttribute('data-state', 'unverified');
  await dialog.locator('css:light=.theme-arco-checkbox-text').click();
  await expect(check(page, 'consent')).toHaveAttribute('data-state', 'ok');
  await dialog.locator('css:light=button').filter({ hasText: say(lang, 'Confirm to install') }).click();
  await expect(page).toHaveURL(/services\.tiktokshop\.com\/open\/authorize/);
  await expectStep(page, 'authorize-consent');
  await light(page, 'button.theme-arco-btn-primary').click();
  await expect(page).toHaveURL(/seller-us\.tiktok\.com\/services\/authorizations/, { timeout: 15_000 });
  await expectStep(page, 'done');
}

for (const lang of LANGS) {
  test(`lang=${lang}: from My apps to done, by structure — the row's actions, the dialog by its fields, the primary button, the expiry date`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(sellerCenterUrl(MY_APPS, { lang, app: 'expired', fast: 1 }));
    const authorize = action(page, lang, 'Authorize');
    await expect(authorize).toBeVisible();

    // Unstarted, on My apps: the Pipe17 row's action cell, named in English Seller Center's words.
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, authorize, row(page).locator('css:light=td').last());
    await expect(tooltip(page)).toContainText('Click Authorize — the action that renews Pipe17');

    // The dialog that opened after the owner's click in the row is the Renew dialog, whatever its title says.
    await authorize.click();
    const dialog = dialogOf(page, lang);
    await expect(dialog).toBeVisible();
    await expectStep(page, 'renew-dialog');
    await expect(check(page, 'target-shop')).toHaveAttribute('data-state', 'ok');
    await expect(check(page, 'renew-option')).toHaveAttribute('data-state', 'missing');
    await expect(check(page, 'contact-email')).toHaveAttribute('data-state', 'ok');
    await expect(check(page, 'consent')).toHaveAttribute('data-state', 'missing');

    // Closed and back on the row: the action that opened it is known now, by its own label, and pointed at alone.
    await dialog.locator('css:light=button').filter({ hasText: say(lang, 'Cancel') }).click();
    await expect(dialog).toBeHidden();
    await expectStep(page, 'click-authorize');
    await expectSpotlightOn(page, authorize);
    await expect(tooltip(page)).toContainText(`Click ${say(lang, 'Authorize')} (Authorize) — the action that renews Pipe17`);

    await authorize.click();
    await expect(dialog).toBeVisible();
    await expectStep(page, 'renew-dialog');
    // A renew option the guide cannot read is unverified, never ok: the tooltip says which one to pick, in English.
    await chooseShown(page, lang, 'Renew options', 'Re-authorize only');
    await expect(check(page, 'renew-option')).toHaveAttribute('data-state', 'unverified');
    await item(page, lang, 'Contact email').locator('css:light=input').fill('not-an-address');
    await expect(check(page, 'contact-email')).toHaveAttribute('data-state', 'wrong');
    await item(page, lang, 'Contact email').locator('css:light=input').fill('owner@acme-outdoors.com');
    await expect(check(page, 'contact-email')).toHaveAttribute('data-state', 'ok');
    await dialog.locator('css:light=.theme-arco-checkbox-text').click();
    await expect(check(page, 'consent')).toHaveAttribute('data-state', 'ok');
    await expectStep(page, 'renew-dialog');
    await expect(tooltip(page)).toContainText('Make sure Re-authorize only is chosen');
    // The guide never ticks, selects or types: what is in the form is what the test put there.
    await expect(dialog.locator('css:light=input[type="checkbox"]')).toBeChecked();

    await dialog.locator('css:light=button').filter({ hasText: say(lang, 'Confirm to install') }).click();
    await expect(page).toHaveURL(/services\.tiktokshop\.com\/open\/authorize/);
    // The conditions page: its one primary button.
    await expectStep(page, 'authorize-consent');
    const consent = light(page, 'button.theme-arco-btn-primary');
    await expectSpotlightOn(page, consent);
    await expect(tooltip(page)).toContainText('Authorize in English');
    await consent.click();

    // Back on My apps: the row's expiry moved a year ahead of the one seen at Confirm to install.
    await expect(page).toHaveURL(/seller-us\.tiktok\.com\/services\/authorizations/, { timeout: 15_000 });
    await expectStep(page, 'done');
    await expect(spotlight(page)).toHaveCount(0);
  });
}

test('lang=pseudo, from another page: the menu group holding the link to My apps, then the link (nav=m4b-kept)', async ({ page }) => {
  await page.goto(sellerCenterUrl('/homepage', { lang: 'pseudo', app: 'expired', nav: 'm4b-kept' }));
  await guideButton(page, 'start-guide').click();
  await expectStep(page, 'open-growth');
  const growth = light(page, '.theme-m4b-menu-title-txt').filter({ hasText: pseudo('Growth') });
  await expectSpotlightOn(page, growth);
  await expect(tooltip(page)).toContainText('Open the highlighted menu (Growth in English)');
  await growth.click();
  await expectStep(page, 'open-my-apps');
  const link = light(page, 'a[id^="menu_item_"]').filter({ hasText: pseudo('My Apps & Services') });
  await expectSpotlightOn(page, link.locator('css:light=div'), link);
  await expect(tooltip(page)).toContainText('My Apps & Services in English');
  await link.click();
  await expect(page).toHaveURL(/\/services\/authorizations/);
  await expectStep(page, 'click-authorize');
});

test('lang=pseudo, a navigation whose closed groups hold no links (Arco pop menu): the manual instruction, saying what was not found', async ({ page }) => {
  await page.goto(sellerCenterUrl('/homepage', { lang: 'pseudo', app: 'expired' }));
  await guideButton(page, 'start-guide').click();
  await expectStep(page, 'open-growth');
  await expect(tooltip(page)).toContainText("Couldn't find Growth");
  await expect(page.locator('#pipe17-reauth-guide [data-guide="language-note"]')).toContainText('by the page\'s layout');
  await expect(spotlight(page)).toHaveCount(0);
});

test('lang=es with an authorization period (form=duration): the period chosen, in words the guide cannot read, is unverified', async ({ page }) => {
  await page.goto(sellerCenterUrl(MY_APPS, { lang: 'es', app: 'expired', form: 'duration' }));
  await expectStep(page, 'click-authorize');
  await action(page, 'es', 'Authorize').click();
  await expect(dialogOf(page, 'es')).toBeVisible();
  await expectStep(page, 'renew-dialog');
  // "6 meses" is chosen: a number the guide reads, a unit it does not.
  await expect(check(page, 'duration')).toHaveAttribute('data-state', 'unverified');
  await expect(check(page, 'renew-option')).toHaveAttribute('data-state', 'missing');
  await chooseShown(page, 'es', 'Renew options', 'Re-authorize only');
  await chooseShown(page, 'es', 'Authorization duration', '1 year');
  await expect(check(page, 'duration')).toHaveAttribute('data-state', 'unverified');
  await expect(check(page, 'renew-option')).toHaveAttribute('data-state', 'unverified');
});

test('lang=pseudo, not the shop owner (no Authorize on the row): no not-owner verdict from actions it cannot read — the cell, and what it means if none renews', async ({ page }) => {
  await page.goto(sellerCenterUrl(MY_APPS, { lang: 'pseudo', app: 'expired', owner: 0 }));
  const details = action(page, 'pseudo', 'View details');
  await expect(details).toBeVisible();
  await expect(action(page, 'pseudo', 'Authorize')).toHaveCount(0);
  await expectStep(page, 'click-authorize');
  await expectSpotlightOn(page, details, row(page).locator('css:light=td').last());
  await expect(tooltip(page)).toContainText('None does: only the shop owner can renew it.');
});

test('lang=pseudo: another app’s dialog, opened after the owner’s click in its row, is not taken for Pipe17’s', async ({ page }) => {
  await page.goto(sellerCenterUrl(MY_APPS, { lang: 'pseudo', app: 'expired' }));
  await expectStep(page, 'click-authorize');
  // Pipe17's first (the guide learns which action renews), then another app's.
  await action(page, 'pseudo', 'Authorize').click();
  await expectStep(page, 'renew-dialog');
  await dialogOf(page, 'pseudo').locator('css:light=button').filter({ hasText: pseudo('Cancel') }).click();
  await expectStep(page, 'click-authorize');
  const other = light(page, 'tr').filter({ has: lightText(page, 'Klaviyo for TikTok Shop') });
  await other.locator('css:light=button').filter({ hasText: pseudo('Authorize') }).click();
  await expect(dialogOf(page, 'pseudo')).toContainText('Klaviyo for TikTok Shop');
  await expectStep(page, 'idle');
  await expect(page.locator('#pipe17-reauth-guide [data-check]')).toHaveCount(0);
});

test('lang=pseudo with the list drawn with bare divs (table=divs): the Pipe17 row by its shape, from My apps to done', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(sellerCenterUrl(MY_APPS, { lang: 'pseudo', app: 'expired', fast: 1, table: 'divs' }));
  // No table, row or cell anywhere: the row is the repeated list item holding "Pipe17", its last child the actions.
  const divRow = light(page, '.r4t6y').filter({ has: lightText(page, 'Pipe17') });
  const authorize = divRow.locator('css:light=button').filter({ hasText: pseudo('Authorize') });
  await expect(authorize).toBeVisible();
  await expect(light(page, 'table, [role="row"], [role="table"]')).toHaveCount(0);
  await expectStep(page, 'click-authorize');
  await expectSpotlightOn(page, authorize, divRow.locator('css:light=.c1v5n').last());
  await expect(tooltip(page)).toContainText('Click Authorize — the action that renews Pipe17');

  await authorize.click();
  const dialog = dialogOf(page, 'pseudo');
  await expectStep(page, 'renew-dialog');
  await expect(check(page, 'target-shop')).toHaveAttribute('data-state', 'ok');
  await dialog.locator('css:light=button').filter({ hasText: pseudo('Cancel') }).click();
  await expect(dialog).toBeHidden();
  // The action that opened it, known now, alone.
  await expectSpotlightOn(page, authorize);
  await expect(tooltip(page)).toContainText(`Click ${pseudo('Authorize')} (Authorize)`);

  // Another app's row, drawn with divs too, right after Pipe17's: its dialog is not taken for Pipe17's.
  await light(page, '.r4t6y').filter({ has: lightText(page, 'Klaviyo for TikTok Shop') }).locator('css:light=button').filter({ hasText: pseudo('Authorize') }).click();
  await expect(dialog).toContainText('Klaviyo for TikTok Shop');
  await expectStep(page, 'idle');
  await dialog.locator('css:light=button').filter({ hasText: pseudo('Cancel') }).click();
  await expect(dialog).toBeHidden();

  await authorize.click();
  await renewToDone(page, 'pseudo');
});

test('lang=es, Authorize in the row’s "More" (⋯) menu (table=more): the cell, the open menu, then the ⋯ button and the item known to renew; another app’s menu is not Pipe17’s; to done', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(sellerCenterUrl(MY_APPS, { lang: 'es', app: 'expired', fast: 1, table: 'more' }));
  const more = (name: string) => light(page, 'tr').filter({ has: lightText(page, name) }).locator('css:light=button.sc-more');
  const menuItem = (label: string) => light(page, '[role="menu"] [role="menuitem"]').filter({ hasText: new RegExp(`^${say('es', label)}$`) });
  const openMenu = light(page, '[role="menu"]').filter({ hasText: say('es', 'Contact developer') });
  // View details and ⋯ on the row: which renews is not known, so the cell.
  await expectStep(page, 'click-authorize');
  await expectSpotlightOn(page, more('Pipe17'), row(page).locator('css:light=td').last());

  // Its menu open (on hover, at the end of <body>): the menu as a whole, the item to pick named in English.
  await more('Pipe17').hover();
  await expect(menuItem('Authorize')).toBeVisible();
  await expectSpotlightOn(page, menuItem('Authorize'), openMenu);
  await expect(tooltip(page)).toContainText('Click Authorize — the action that renews Pipe17');
  // A click on an item of that menu, drawn outside the row, is a click in the Pipe17 row: its dialog is checked.
  await menuItem('Authorize').click();
  const dialog = dialogOf(page, 'es');
  await expectStep(page, 'renew-dialog');
  await expect(check(page, 'target-shop')).toHaveAttribute('data-state', 'ok');
  await dialog.locator('css:light=button').filter({ hasText: say('es', 'Cancel') }).click();
  await expect(dialog).toBeHidden();

  // The renew action is known, and no action of the cell: the ⋯ button, then that item alone.
  await expectStep(page, 'click-authorize');
  await expectSpotlightOn(page, more('Pipe17'));
  await expect(tooltip(page)).toContainText('Open the ⋯ menu on the Pipe17 row');
  await more('Pipe17').hover();
  await expectSpotlightOn(page, menuItem('Authorize'));
  await expect(tooltip(page)).toContainText(`Click ${say('es', 'Authorize')} (Authorize) — the action that renews Pipe17`);

  // Another app's menu, right after Pipe17's: that dialog is not Pipe17's. (Pipe17's menu closed first: both open
  // at once, the item to click would be a guess.)
  await light(page, 'h4').first().hover();
  await expect(menuItem('Authorize')).toHaveCount(0);
  await more('Gorgias Helpdesk').hover();
  await menuItem('Authorize').click();
  await expect(dialog).toContainText('Gorgias Helpdesk');
  await expectStep(page, 'idle');
  await expect(check(page, 'target-shop')).toHaveCount(0);
  await dialog.locator('css:light=button').filter({ hasText: say('es', 'Cancel') }).click();
  await expect(dialog).toBeHidden();

  await more('Pipe17').hover();
  await menuItem('Authorize').click();
  await renewToDone(page, 'es');
});

test('lang=pseudo, every action in the ⋯ menu (table=moreonly): the ⋯ button, the only action, until its menu opens', async ({ page }) => {
  await page.goto(sellerCenterUrl(MY_APPS, { lang: 'pseudo', app: 'expired', table: 'moreonly' }));
  const more = row(page).locator('css:light=button.sc-more');
  await expectStep(page, 'click-authorize');
  await expectSpotlightOn(page, more);
  await expect(tooltip(page)).toContainText('Open the ⋯ menu on the Pipe17 row');
  await more.hover();
  const menu = light(page, '[role="menu"]').filter({ hasText: pseudo('Contact developer') });
  await expect(menu).toBeVisible();
  await expectSpotlightOn(page, menu.locator('css:light=[role="menuitem"]').first(), menu);
  await expect(tooltip(page)).toContainText('Click Authorize — the action that renews Pipe17');
  await menu.locator('css:light=[role="menuitem"]').filter({ hasText: pseudo('Authorize') }).click();
  await expectStep(page, 'renew-dialog');
});
