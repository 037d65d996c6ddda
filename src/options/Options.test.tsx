import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { Options } from './Options';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

let root: HTMLElement;
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const type = (sel: string, value: string) => {
  const input = $<HTMLInputElement>(sel);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const submit = () => $<HTMLButtonElement>('[data-action="save"]').click();
const status = () => $('[role="status"]').textContent;

beforeEach(async () => {
  resetFakeBrowser();
  fakeBrowser._.data = { [KEYS.settings]: { ...DEFAULT_SETTINGS, expectedShops: { us: 'Acme Outdoors US' }, expiryWarningDays: 21 } };
  root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<Options />, root);
  await vi.waitFor(() => expect(root.querySelector('#shop-us')).not.toBeNull());
});
afterEach(() => render(null, root));

describe('options page', () => {
  it('shows the stored settings', () => {
    expect($<HTMLInputElement>('#shop-us').value).toBe('Acme Outdoors US');
    expect($<HTMLInputElement>('#shop-global').value).toBe('');
    expect($<HTMLInputElement>('#warning-days').value).toBe('21');
    // A launcher stored as on (before there were three choices): where it is needed.
    expect($<HTMLInputElement>('#launcher-auto').checked).toBe(true);
    expect($<HTMLInputElement>('#launcher-always').checked).toBe(false);
  });

  it('the launcher’s third choice, always, is saved as such', async () => {
    $<HTMLInputElement>('#launcher-always').click();
    submit();
    await vi.waitFor(() => expect(status()).toBe('Settings saved.'));
    expect(fakeBrowser._.sentToRuntime).toMatchObject([{ type: 'settings/save', settings: { launcher: 'always' } }]);
  });

  it('saves through the background and says so', async () => {
    type('#shop-uk', 'Acme UK');
    type('#contact-email', 'ops@acme.example');
    submit();
    await vi.waitFor(() => expect(status()).toBe('Settings saved.'));
    expect(fakeBrowser._.sentToRuntime).toEqual([
      {
        type: 'settings/save',
        settings: { ...DEFAULT_SETTINGS, expectedShops: { us: 'Acme Outdoors US', uk: 'Acme UK' }, contactEmail: 'ops@acme.example', expiryWarningDays: 21 },
      },
    ]);
  });

  it('shows an inline email error, keeps the typed value and sends nothing', async () => {
    type('#contact-email', 'ops@acme');
    submit();
    await vi.waitFor(() => expect(root.querySelector('#contact-email-error')?.textContent).toContain('name@example.com'));
    expect($<HTMLInputElement>('#contact-email').value).toBe('ops@acme');
    expect($('#contact-email').getAttribute('aria-invalid')).toBe('true');
    expect($('#contact-email').getAttribute('aria-describedby')).toContain('contact-email-error');
    expect(status()).toBe('Not saved: fix the fields marked above.');
    expect(fakeBrowser._.sentToRuntime).toEqual([]);
  });

  it('reports a failed save', async () => {
    fakeBrowser._.runtimeReply = async () => ({ ok: false, reason: 'settings/save not accepted from other' });
    submit();
    await vi.waitFor(() => expect(status()).toBe('Could not save the settings: settings/save not accepted from other'));
  });

  it('clears all data only after confirming', async () => {
    $<HTMLButtonElement>('[data-action="clear"]').click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="clear-confirm"]')).not.toBeNull());
    expect(fakeBrowser._.sentToRuntime).toEqual([]);
    $<HTMLButtonElement>('[data-action="clear-cancel"]').click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="clear-confirm"]')).toBeNull());
    $<HTMLButtonElement>('[data-action="clear"]').click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="clear-confirm"]')).not.toBeNull());
    $<HTMLButtonElement>('[data-action="clear-confirm"]').click();
    await vi.waitFor(() => expect(status()).toBe('All stored data was cleared.'));
    expect(fakeBrowser._.sentToRuntime).toEqual([{ type: 'data/clear' }]);
    expect($<HTMLInputElement>('#shop-us').value).toBe('');
  });
});
