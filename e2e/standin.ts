// Driving the Seller Center stand-in the way a person does. Queries go to the page's own DOM only
// (css:light / xpath), never into the guide's shadow root.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { light, lightText } from './guide';

export const MY_APPS = '/services/authorizations?tab=apps';

/** The apps table's Pipe17 row (a row with a cell text exactly "Pipe17"; the incident and notices are not rows of it). */
export const pipe17Row = (page: Page): Locator => light(page, 'tr').filter({ has: lightText(page, 'Pipe17') });
export const authorizeIn = (scope: Locator): Locator => scope.locator('css:light=button').filter({ hasText: /^Authorize$/ });
export const pipe17Authorize = (page: Page): Locator => authorizeIn(pipe17Row(page));

export const growthMenu = (page: Page): Locator => light(page, '.theme-arco-menu-pop-header').filter({ hasText: 'Growth' });
export const myAppsItem = (page: Page): Locator => light(page, '[role="menuitem"]').filter({ hasText: 'My Apps & Services' });
export const searchBox = (page: Page): Locator => light(page, 'input[placeholder="Search by app name"]');

export const renewDialog = (page: Page): Locator => light(page, '[role="dialog"]').filter({ hasText: 'Confirm to install' });
export const formItem = (page: Page, label: string): Locator =>
  renewDialog(page)
    .locator('css:light=.theme-arco-form-item')
    // "Target shop", or "Target shop:" in a form with colons (`form=colon`).
    .filter({ has: page.locator(`xpath=.//label[normalize-space()=${JSON.stringify(label)} or normalize-space()=${JSON.stringify(`${label}:`)}]`) });
export const combobox = (page: Page, label: string): Locator => formItem(page, label).locator('css:light=[role="combobox"]');
export const emailInput = (page: Page): Locator => formItem(page, 'Contact email').locator('css:light=input');
export const consentLabel = (page: Page): Locator => renewDialog(page).locator('css:light=label.theme-arco-checkbox');
export const consentText = (page: Page): Locator => consentLabel(page).locator('css:light=.theme-arco-checkbox-text');
export const confirmButton = (page: Page): Locator => renewDialog(page).locator('css:light=button').filter({ hasText: 'Confirm to install' });

/** Pick an option as a person does: open the select, click the option in its (lazily mounted) list. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await combobox(page, label).click();
  const list = page.locator(`css:light=#${await combobox(page, label).getAttribute('aria-controls')}`);
  await list.locator('css:light=[role="option"]').filter({ hasText: new RegExp(`^${option}$`) }).click();
  await expect(list).toBeHidden();
}
