// Accessibility: axe on the overlay in every step, the popup and the options page, light and dark;
// keyboard-only use; reduced motion.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIST, expect, screenshot, sellerCenterUrl, authorizationUrl, test } from './fixtures';
import { expectStep, guideButton, light, lightText, spotlight, tooltip } from './guide';
import { choose, emailInput, pipe17Authorize, renewDialog } from './standin';

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIST, 'manifest.json'), 'utf8'));

async function axe(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return serious;
}

const MY_APPS = '/services/authorizations?tab=apps';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test(`the overlay in every step has no serious axe violations (${scheme})`, async ({ page }) => {
      // Nine pages, each with an axe pass: 26 s on a quiet machine, past the 60 s default beside another Chromium.
      test.slow();
      const steps: [string, () => Promise<unknown>][] = [
        ['idle', async () => page.goto(sellerCenterUrl('/homepage', { app: 'expired' }))],
        ['open-growth', async () => guideButton(page, 'start-guide').click()],
        ['open-my-apps', async () => light(page, '.theme-arco-menu-pop-header').filter({ hasText: 'Growth' }).hover()],
        ['open-apps-tab', async () => page.goto(sellerCenterUrl('/services/authorizations?tab=incidents', { app: 'expired' }))],
        ['find-pipe17', async () => page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', page2: 1 }))],
        ['not-owner', async () => page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', owner: 0 }))],
        ['click-authorize', async () => page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', owner: 1 }))],
        [
          'renew-dialog',
          async () =>
            light(page, 'tr').filter({ has: lightText(page, 'Pipe17') }).locator('css:light=button').filter({ hasText: /^Authorize$/ }).click(),
        ],
        ['authorize-consent', async () => page.goto(authorizationUrl({ fast: 1 }))],
      ];
      for (const [id, go] of steps) {
        await go();
        await expectStep(page, id);
        if (id !== 'idle') await expect(tooltip(page)).toBeVisible();
        expect({ step: id, violations: await axe(page, '#pipe17-reauth-guide') }).toEqual({ step: id, violations: [] });
      }
      await screenshot(page, `a11y-${scheme}-authorize-consent`);
    });

    test(`popup and options pages have no serious axe violations (${scheme})`, async ({ page, extensionId }) => {
      const m = manifest();
      await page.goto(`chrome-extension://${extensionId}/${m.action.default_popup}`);
      await expect(page.locator('[data-field="owner"]')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await screenshot(page, `a11y-${scheme}-popup`);
      await page.goto(`chrome-extension://${extensionId}/${m.options_ui.page}`);
      await expect(page.locator('form, main').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  });
}

test.describe('keyboard, focus and motion', () => {
  test('keyboard only: Tab reaches the launcher, Enter starts, Tab reaches the tooltip buttons, Esc dismisses', async ({ page }) => {
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired' }));
    await expectStep(page, 'idle');
    // Tab through the page until the launcher has focus (it is the last thing in the document).
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await guideButton(page, 'start-guide').evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await expectStep(page, 'open-growth');
    // The launcher is gone: focus moves into the guide's tooltip (not lost to <body>).
    await expect(tooltip(page)).toBeFocused();
    await guideButton(page, 'dismiss').focus();
    await expect(guideButton(page, 'dismiss')).toBeFocused();
    const outline = await guideButton(page, 'dismiss').evaluate((b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await expectStep(page, 'idle');
  });

  test('the guide never takes focus from a form field the owner is typing in', async ({ page }) => {
    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', page2: 1 }));
    await expectStep(page, 'find-pipe17');
    const search = light(page, 'input[placeholder="Search by app name"]');
    await search.click();
    await page.keyboard.type('Pipe17');
    await expectStep(page, 'click-authorize');
    await expect(search).toBeFocused();
  });

  test('reduced motion: the spotlight does not animate', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired' }));
    await expectStep(page, 'click-authorize');
    await expect(spotlight(page)).toBeVisible();
    expect(await spotlight(page).evaluate((s) => getComputedStyle(s, '::after').animationName)).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await spotlight(page).evaluate((s) => getComputedStyle(s, '::after').animationName)).toBe('pulse');
  });

  test('keyboard in the Renew dialog: Alt+Shift+G takes focus past Seller Center’s focus lock to the checklist and back; Esc there leaves the dialog alone', async ({ page }) => {
    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', fast: 1 }));
    await expectStep(page, 'click-authorize');
    await pipe17Authorize(page).click();
    await expect(renewDialog(page)).toBeVisible();
    await expectStep(page, 'renew-dialog');
    const pageFocus = () => page.evaluate(() => (document.activeElement?.id || document.activeElement?.tagName) ?? null);
    const guideFocus = () =>
      page.evaluate(() => {
        const a = document.getElementById('pipe17-reauth-guide')?.shadowRoot?.activeElement;
        return a ? (a.getAttribute('data-guide') ?? a.getAttribute('data-action')) : null;
      });
    // Arco's focus lock keeps Tab inside the dialog: Tab never reaches the guide.
    await emailInput(page).focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await guideFocus()).toBeNull();
    }
    await emailInput(page).focus();
    await expect(tooltip(page)).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+G');
    await expect(page.locator('#pipe17-reauth-guide [data-guide="keyboard-hint"]')).toContainText('Alt+Shift+G');

    await page.keyboard.press('Alt+Shift+KeyG');
    await expect(tooltip(page)).toBeFocused();
    // The lock does not pull it back (the host opts out with react-focus-lock's data-no-focus-lock).
    await page.waitForTimeout(500);
    expect(await guideFocus()).toBe('tooltip');
    await screenshot(page, 'a11y-renew-dialog-keyboard');
    await page.keyboard.press('Tab');
    expect(await guideFocus()).toBe('dismiss');
    // Back to the field the owner left, with nothing typed into it.
    await page.keyboard.press('Alt+Shift+KeyG');
    await expect(emailInput(page)).toBeFocused();
    await expect(emailInput(page)).toHaveValue('owner@acme-outdoors.com');

    // Nothing focused in the page before (focus on <body>): back into the Renew dialog.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Alt+Shift+KeyG');
    await expect(tooltip(page)).toBeFocused();
    await page.keyboard.press('Alt+Shift+KeyG');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await emailInput(page).focus();

    // Esc in the guide dismisses the guide; the dialog stays open and focus returns to it.
    await page.keyboard.press('Alt+Shift+KeyG');
    await expect(tooltip(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expectStep(page, 'idle');
    await expect(renewDialog(page)).toBeVisible();
    await expect(emailInput(page)).toBeFocused();
    expect(await pageFocus()).not.toBe('pipe17-reauth-guide');
  });
});


/** The few extension APIs the test calls in the service worker. */
declare const chrome: {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

test.describe('the owner’s own key, screen readers, contrast themes', () => {
  test('a key of the owner’s own: the browser’s extension shortcuts list “focus-guide” with no key, and what the background sends for it moves focus as Alt+Shift+G does', async ({ page, serviceWorker }) => {
    // Listed, described in the browser's language, and with no key of its own (Alt+Shift+G needs none).
    const command = (await serviceWorker.evaluate(() => chrome.commands.getAll())).find((c) => c.name === 'focus-guide');
    expect(command).toEqual({ name: 'focus-guide', shortcut: '', description: expect.stringContaining('Move between the Seller Center page and the guide') });

    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', fast: 1 }));
    await expectStep(page, 'click-authorize');
    await pipe17Authorize(page).click();
    await expect(renewDialog(page)).toBeVisible();
    await expectStep(page, 'renew-dialog');
    await emailInput(page).focus();

    // What the background's onCommand sends (a browser command cannot be pressed in a test): to every tab, as the
    // unit tests' handler does to one; only a Seller Center tab has a guide to answer.
    const sendFocus = () =>
      serviceWorker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        const replies = await Promise.allSettled(tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type: 'guide/focus' })));
        return replies.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      });
    expect(await sendFocus()).toEqual([{ moved: true }]);
    await expect(tooltip(page)).toBeFocused();
    await page.waitForTimeout(500);
    await expect(tooltip(page)).toBeFocused();
    expect(await sendFocus()).toEqual([{ moved: true }]);
    await expect(emailInput(page)).toBeFocused();
    await expect(emailInput(page)).toHaveValue('owner@acme-outdoors.com');

    // Nothing of the guide shown: the tab answers that nothing moved, and focus stays where the owner left it.
    await page.keyboard.press('Alt+Shift+KeyG');
    await expect(tooltip(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expectStep(page, 'idle');
    // The launcher turned off (as the options page does): nothing of the guide is shown now.
    await serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), launcher: false } });
    });
    await expect(guideButton(page, 'start-guide')).toBeHidden();
    await emailInput(page).focus();
    expect(await sendFocus()).toEqual([{ moved: false }]);
    await expect(emailInput(page)).toBeFocused();
  });

  test('screen readers: a check that changes state is spoken once the form is still, not at every keystroke', async ({ page }) => {
    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', fast: 1 }));
    await expectStep(page, 'click-authorize');
    await pipe17Authorize(page).click();
    await expectStep(page, 'renew-dialog');
    const announce = page.locator('#pipe17-reauth-guide [data-guide="announce"]');
    await expect(announce).toHaveAttribute('aria-live', 'polite');
    await expect(announce).toHaveText('');
    // Everything the live region says, in order.
    await announce.evaluate((el) => {
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));

    await choose(page, 'Renew options', 'Re-authorize and update permissions');
    await expect(announce).toContainText('Renew options: needs a change.');
    await choose(page, 'Renew options', 'Re-authorize only');
    await expect(announce).toContainText('Renew options: OK.');

    // An address typed out: empty, then invalid for most keystrokes, then valid. Only where it settles is spoken.
    await emailInput(page).fill('');
    await expect(announce).toContainText('Contact email: not set yet.');
    await emailInput(page).pressSequentially('owner@acme-outdoors.com', { delay: 60 });
    // No contact email set in the options: a well-formed address is the owner's to confirm, and said so.
    await expect(announce).toContainText('Contact email: check it yourself. Is this the email for your Pipe17 integration? owner@acme-outdoors.com');
    const all = await said();
    expect(all.filter((s) => s.includes('Contact email: needs a change'))).toEqual([]);
    expect(all.map((s) => s.split(':')[0])).toEqual(['Renew options', 'Renew options', 'Contact email', 'Contact email']);
  });

  test('contrast themes (forced colors): the spotlight takes the system highlight colour, the launcher keeps its border', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(sellerCenterUrl(MY_APPS, { app: 'expired', fast: 1 }));
    await expectStep(page, 'click-authorize');
    await expect(spotlight(page)).toBeVisible();
    // What the system colours resolve to here, read from a probe in the page.
    const system = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const read = (c: string) => ((probe.style.color = c), getComputedStyle(probe).color);
      const colours = { highlight: read('Highlight'), text: read('CanvasText'), buttonText: read('ButtonText') };
      probe.remove();
      return colours;
    });
    expect(system.highlight).not.toBe(system.text);
    expect(await spotlight(page).evaluate((s) => getComputedStyle(s).borderTopColor)).toBe(system.highlight);
    await screenshot(page, 'a11y-forced-colors-spotlight');
    await page.goto(sellerCenterUrl('/homepage', { app: 'expired', fast: 1 }));
    await expectStep(page, 'idle');
    const launcher = guideButton(page, 'start-guide');
    await expect(launcher).toBeVisible();
    expect(await launcher.evaluate((b) => [getComputedStyle(b).borderTopStyle, getComputedStyle(b).borderTopColor])).toEqual(['solid', system.buttonText]);
  });
});

