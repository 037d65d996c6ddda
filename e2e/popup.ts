// Reading the popup and the options page through the contract's "Popup" section (../shared/guide-contract.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { EXTENSION_DIST, expect } from './fixtures';

/** The extension API read in the service worker. */
declare const chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } };

type Manifest = { action?: { default_popup?: string }; options_ui?: { page?: string }; options_page?: string };
const manifest = (): Manifest => JSON.parse(readFileSync(join(EXTENSION_DIST, 'manifest.json'), 'utf8')) as Manifest;

export const popupUrl = (extensionId: string): string => {
  const path = manifest().action?.default_popup;
  if (!path) throw new Error('manifest.json has no action.default_popup');
  return `chrome-extension://${extensionId}/${path}`;
};

export const optionsUrl = (extensionId: string): string => {
  const m = manifest();
  const path = m.options_ui?.page ?? m.options_page;
  if (!path) throw new Error('manifest.json has no options page');
  return `chrome-extension://${extensionId}/${path}`;
};

export type Field = 'owner' | 'app-status' | 'connector';
export const field = (popup: Page, name: Field): Locator => popup.locator(`[data-field="${name}"]`);
export const startButton = (popup: Page): Locator => popup.locator('[data-action="start-guide"]');

/** The popup's size in Chrome: its content is 360 px wide. */
export const POPUP_VIEWPORT = { width: 360, height: 600 };

/**
 * Open the popup the way a test can: as a page in a new tab (which makes that tab the active one).
 * Resolves once every field has a state, i.e. storage has been read (and, with two shops or more known, the tab
 * has said which one it shows: with one, its answer cannot change the rows, which do not wait for it).
 */
export async function openPopup(context: BrowserContext, extensionId: string, opts: { page?: Page } = {}): Promise<Page> {
  const popup = opts.page ?? (await context.newPage());
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(popupUrl(extensionId));
  await waitForPopup(popup);
  return popup;
}

export async function waitForPopup(popup: Page): Promise<void> {
  for (const name of ['owner', 'app-status', 'connector'] as const) {
    await expect(field(popup, name)).toHaveAttribute('data-state', /.+/);
  }
  await expect(startButton(popup)).toBeVisible();
}

/** The three states, for one-line assertions. */
export async function states(popup: Page): Promise<Record<Field, string | null>> {
  return {
    owner: await field(popup, 'owner').getAttribute('data-state'),
    'app-status': await field(popup, 'app-status').getAttribute('data-state'),
    connector: await field(popup, 'connector').getAttribute('data-state'),
  };
}

/** The toolbar button's badge and its tooltip, read in the service worker. */
export const badge = (sw: Worker): Promise<{ text: string; title: string }> =>
  sw.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
