// Guide health and the support report in the popup.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyHealth, HEALTH_PARTS } from '../shared/health';
import { fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { GuideHealth } from './Health';
import { askReport, Report } from './Report';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

const NOW = new Date(2025, 5, 1, 12).getTime();
let root: HTMLElement;
beforeEach(() => {
  resetFakeBrowser();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('guide health', () => {
  it('one part each, with its state, and when it was read; open by itself only when a part is missing', () => {
    const health = { ...emptyHealth(), growth: { state: 'found', at: NOW - 120_000 }, 'pipe17-row': { state: 'missing', at: NOW } } as const;
    render(<GuideHealth health={health} now={NOW} lang="en" />, root);
    const parts = [...root.querySelectorAll('[data-field="guide-health"] [data-part]')];
    expect(parts.map((p) => p.getAttribute('data-part'))).toEqual([...HEALTH_PARTS]);
    const state = (p: string) => root.querySelector(`[data-part="${p}"]`);
    expect(state('growth')?.getAttribute('data-state')).toBe('found');
    expect(state('growth')?.textContent).toContain('2 minutes ago');
    expect(state('pipe17-row')?.getAttribute('data-state')).toBe('missing');
    expect(state('authorize')?.getAttribute('data-state')).toBe('unseen');
    expect(root.querySelector<HTMLDetailsElement>('[data-field="guide-health"]')?.open).toBe(true);
    render(<GuideHealth health={emptyHealth()} now={NOW} lang="en" />, root);
    expect(root.querySelector<HTMLDetailsElement>('[data-field="guide-health"]')?.open).toBe(false);
  });
});

describe('support report', () => {
  const click = () => root.querySelector<HTMLButtonElement>('[data-action="copy-report"]')!.click();
  const report = () => root.querySelector('[data-field="report"]');

  it('asks the active tab, and takes only a report of the right shape', async () => {
    fakeBrowser._.activeTab = { id: 7 };
    fakeBrowser._.tabReply = async (_id, msg) => (JSON.stringify(msg) === '{"type":"tab/report"}' ? { report: 'Pipe17 report' } : null);
    expect(await askReport()).toBe('Pipe17 report');
    fakeBrowser._.tabReply = async () => ({ report: 42 });
    expect(await askReport()).toBeNull();
    fakeBrowser._.tabReply = async () => ({ report: 'x'.repeat(16 * 1024 + 1) });
    expect(await askReport()).toBeNull();
    fakeBrowser._.activeTab = undefined;
    expect(await askReport()).toBeNull();
  });

  it('copied on the click and shown whole; refused, still shown to copy by hand', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Report ask={async () => 'line 1\nline 2'} />, root);
    expect(report()).toBeNull();
    click();
    await vi.waitFor(() => expect(report()?.textContent).toBe('line 1\nline 2'));
    expect(writeText).toHaveBeenCalledWith('line 1\nline 2');
    expect(root.textContent).toContain('Copied');

    writeText.mockRejectedValueOnce(new Error('denied'));
    render(null, root);
    render(<Report ask={async () => 'the report'} />, root);
    click();
    await vi.waitFor(() => expect(report()?.textContent).toBe('the report'));
    expect(root.textContent).toContain('did not allow copying');
  });

  it('no Seller Center tab to ask: says so, shows nothing', async () => {
    render(<Report ask={async () => null} />, root);
    click();
    await vi.waitFor(() => expect(root.textContent).toContain('Open the Seller Center page'));
    expect(report()).toBeNull();
  });
});
