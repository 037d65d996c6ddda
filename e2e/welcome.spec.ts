// The welcome page: opened once by a first install, audited by axe in light and dark in each of the ten languages,
// and saving what the options page then shows.
import AxeBuilder from '@axe-core/playwright';
import { chromium, test as plain, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIST, expect, screenshot, test } from './fixtures';
import { optionsUrl } from './popup';

const WELCOME = 'src/welcome/index.html';
const LOCALES = join(EXTENSION_DIST, '_locales');
const isWelcome = (p: Page) => p.url().endsWith(`/${WELCOME}`);

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('on install', () => {
  test('the welcome page opens by itself, once, and saves the Target shop and contact email as the options page does', async ({ context, extensionId }) => {
    await expect.poll(() => context.pages().filter(isWelcome).length).toBe(1);
    const welcome = context.pages().find(isWelcome)!;
    await expect(welcome.locator('h1')).toHaveText('Welcome to the Pipe17 Re-authorization Guide');
    await expect(welcome.locator('css=.lead p')).toHaveCount(3);
    await welcome.locator('#region').selectOption('uk');
    await welcome.locator('#target-shop').fill('Acme UK');
    await welcome.locator('#contact-email').fill('ops@acme.example');
    await welcome.locator('[data-action="save"]').click();
    await expect(welcome.getByRole('status')).toHaveText('Settings saved.');
    await screenshot(welcome, 'welcome-saved');

    const options = await context.newPage();
    await options.goto(optionsUrl(extensionId));
    await expect(options.locator('#shop-uk')).toHaveValue('Acme UK');
    await expect(options.locator('#contact-email')).toHaveValue('ops@acme.example');
    // Nothing else opened it again meanwhile.
    expect(context.pages().filter(isWelcome)).toHaveLength(1);
  });
});

/** Chromium with the extension and its interface in `lang` (Linux Chromium takes its UI language from LANGUAGE). */
async function launchIn(lang: string): Promise<{ context: BrowserContext; dir: string; errors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'pipe17-welcome-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: !process.env.HEADED,
    env: { ...process.env, LANGUAGE: lang.replace('_', '-'), LC_ALL: '', LANG: '' },
    args: ['--no-sandbox', '--no-first-run', '--disable-gpu', '--disable-sync', `--lang=${lang.replace('_', '-')}`,
      `--disable-extensions-except=${EXTENSION_DIST}`, `--load-extension=${EXTENSION_DIST}`],
    viewport: { width: 1280, height: 900 },
  });
  const errors: string[] = [];
  context.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  context.on('weberror', (e) => void errors.push(e.error().message));
  return { context, dir, errors };
}

plain.describe('in every language, light and dark', () => {
  for (const lang of readdirSync(LOCALES).sort()) {
    plain(`${lang}: no serious axe violations, and the page is in ${lang}`, async () => {
      const messages = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const { context, dir, errors } = await launchIn(lang);
      try {
        await expect.poll(() => context.pages().some(isWelcome)).toBe(true);
        const page = context.pages().find(isWelcome)!;
        await expect(page.locator('h1')).toHaveText(messages.welcome_title!.message);
        await expect(page.locator('#target-shop')).toBeVisible();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect({ lang, scheme, violations: await seriousViolations(page) }).toEqual({ lang, scheme, violations: [] });
          if (lang === 'en' || lang === 'ja') await screenshot(page, `welcome-${lang}-${scheme}`);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
