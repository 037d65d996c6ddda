// Reading the guide through its contract (../shared/guide-contract.md): data-step, the spotlight, the checks.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const host = (page: Page) => page.locator('#pipe17-reauth-guide');
export const spotlight = (page: Page) => page.locator('#pipe17-reauth-guide [data-guide="spotlight"]');
export const tooltip = (page: Page) => page.locator('#pipe17-reauth-guide [data-guide="tooltip"]');
export const check = (page: Page, id: string) => page.locator(`#pipe17-reauth-guide [data-check="${id}"]`);
export const guideButton = (page: Page, action: string) => page.locator(`#pipe17-reauth-guide [data-action="${action}"]`);

export async function expectStep(page: Page, id: string): Promise<void> {
  await expect(host(page)).toHaveAttribute('data-step', id);
}

/** The page's own DOM only (never the guide's shadow root). */
export const light = (page: Page, css: string): Locator => page.locator(`css:light=${css}`);
export const lightText = (page: Page, text: string): Locator =>
  page.locator(`xpath=//*[normalize-space(text())=${JSON.stringify(text)}]`);

export type Rect = { left: number; top: number; right: number; bottom: number };

/**
 * The contract's spotlight rule, for any driver: the spotlight's rect `s` contains the target label's rect `l` and
 * extends at most 48 px past the clickable element's rect `c` on any side. 'on target', or the rects as found.
 */
export function spotlightVerdict(s: Rect, l: Rect, c: Rect = l): string {
  const contains = s.left <= l.left + 0.5 && s.top <= l.top + 0.5 && s.right >= l.right - 0.5 && s.bottom >= l.bottom - 0.5;
  const tight = c.left - s.left <= 48 && c.top - s.top <= 48 && s.right - c.right <= 48 && s.bottom - c.bottom <= 48;
  return contains && tight ? 'on target' : JSON.stringify({ s, l, c });
}
const rectOf = (l: Locator): Promise<Rect> =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

/**
 * The contract's spotlight rule: the spotlight's rect contains the target label's rect and extends at most
 * 48 px past the clickable element on any side. Polls, since the spotlight follows on the next frame.
 */
export async function expectSpotlightOn(page: Page, label: Locator, clickable: Locator = label): Promise<void> {
  await expect(spotlight(page)).toBeVisible();
  await expect
    .poll(
      async () => {
        const [s, l, c] = await Promise.all([rectOf(spotlight(page)), rectOf(label), rectOf(clickable)]);
        return spotlightVerdict(s, l, c);
      },
      { timeout: 5000 },
    )
    .toBe('on target');
}
