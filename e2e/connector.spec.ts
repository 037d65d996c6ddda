// The Pipe17 connector page in the shapes the Pipe17 help describes, not only the stand-in's usual one: a title of
// any level or none, the connector named "TikTok" or "TikTok Shop (US)", the word "Disabled", and the enabled toggle
// with its spinning wheel where no status word is shown. Each checked through the popup's [data-field="connector"].
import type { Page } from '@playwright/test';
import { expect, pipe17Url, screenshot, test } from './fixtures';
import { lightText } from './guide';
import { field, openPopup } from './popup';

const CONNECTOR = '/integrations/tiktok-shop';

/** The connector page with `p17=` shapes (sandbox/src/scenario.ts) and a connector status. */
const connectorUrl = (p17: string, connector: string): string => {
  const url = new URL(pipe17Url(CONNECTOR, { connector: connector as 'connected' }));
  url.searchParams.set('p17', p17);
  return url.toString();
};

async function visit(page: Page, p17: string, connector: string): Promise<void> {
  await page.goto(connectorUrl(p17, connector));
  await expect(lightText(page, 'Failed records')).toBeVisible();
}

const SHAPES: [name: string, p17: string, connector: string, state: string][] = [
  ['the title a large div, not a heading', 'div', 'error', 'error'],
  ['the title an h5', 'h5', 'connecting', 'connecting'],
  ['the connector named "TikTok"', 'tiktok', 'not-configured', 'not-configured'],
  ['the connector named "TikTok Shop (US)", its title a div', 'us,div', 'connected', 'connected'],
  ['the status word "Disabled"', 'disabled', 'connected', 'disconnected'],
  ['no status word, the enabled toggle on', 'toggle', 'connected', 'connected'],
  ['no status word, a spinning wheel beside the enabled toggle', 'toggle,h5', 'connecting', 'connecting'],
  ['no status word, the toggle off', 'toggle,div,tiktok', 'disconnected', 'disconnected'],
];

test.describe('the Pipe17 connector page read by its words', () => {
  for (const [name, p17, connector, state] of SHAPES) {
    test(`${name} → connector ${state}`, async ({ page, context, extensionId }) => {
      await visit(page, p17, connector);
      const popup = await openPopup(context, extensionId);
      await expect(field(popup, 'connector')).toHaveAttribute('data-state', state);
      await expect(field(popup, 'connector')).toContainText('Pipe17 TikTok Shop connector');
      if (p17 === 'toggle,h5') await screenshot(page, 'connector-toggle-wheel');
    });
  }

  test('a connector page with neither a status word nor a toggle stays unknown, not a state', async ({ page, context, extensionId }) => {
    await visit(page, 'nostatus,h5', 'connected');
    // Past the reader's settle time: the page is read as unreadable, never as a state.
    await page.waitForTimeout(2500);
    const popup = await openPopup(context, extensionId);
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'unknown');
  });

  test('a known state is kept, not replaced by a guess, when the page later shows neither', async ({ page, context, extensionId }) => {
    await visit(page, 'h5', 'error');
    const popup = await openPopup(context, extensionId);
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'error');
    await visit(page, 'nostatus,h5', 'connected');
    await expect(field(popup, 'connector').locator('.row-value')).toContainText('last known', { timeout: 15_000 });
    await expect(field(popup, 'connector')).toHaveAttribute('data-state', 'error');
  });
});
