import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { Welcome } from './Welcome';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

let root: HTMLElement;
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const type = (sel: string, value: string) => {
  const input = $<HTMLInputElement>(sel);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const choose = (region: string) => {
  const select = $<HTMLSelectElement>('#region');
  select.value = region;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const submit = () => $<HTMLButtonElement>('[data-action="save"]').click();
const status = () => $('[role="status"]').textContent;

const stored = { ...DEFAULT_SETTINGS, expectedShops: { uk: 'Acme UK' }, expiryWarningDays: 21, launcher: false };

beforeEach(async () => {
  resetFakeBrowser();
  fakeBrowser._.data = { [KEYS.settings]: stored };
  root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<Welcome />, root);
  await vi.waitFor(() => expect(root.querySelector('#target-shop')).not.toBeNull());
});
afterEach(() => render(null, root));

describe('welcome page', () => {
  it('says what the guide does, how to start, what to have ready, and the privacy sentence', () => {
    const text = root.textContent!;
    expect(root.querySelectorAll('.lead p')).toHaveLength(3);
    expect(text).toContain('Growth → My Apps & Services → My apps and incidents');
    expect(text).toContain('Start re-authorization');
    expect(text).toContain('the account that created the TikTok Shop');
    expect(text).toContain("Pipe17 integration's contact email");
    expect($('.privacy').textContent).toContain('sends nothing anywhere');
  });

  it('shows the region whose Target shop is already set, and that shop', () => {
    expect($<HTMLSelectElement>('#region').value).toBe('uk');
    expect($<HTMLInputElement>('#target-shop').value).toBe('Acme UK');
    choose('us');
    return vi.waitFor(() => expect($<HTMLInputElement>('#target-shop').value).toBe(''));
  });

  it('saves as the options page does: the same message, every other setting kept', async () => {
    choose('us');
    await vi.waitFor(() => expect($<HTMLInputElement>('#target-shop').value).toBe(''));
    type('#target-shop', '  Acme Outdoors US ');
    type('#contact-email', 'ops@acme.example');
    submit();
    await vi.waitFor(() => expect(status()).toBe('Settings saved.'));
    expect(fakeBrowser._.sentToRuntime).toEqual([
      {
        type: 'settings/save',
        settings: { ...stored, expectedShops: { uk: 'Acme UK', us: 'Acme Outdoors US' }, contactEmail: 'ops@acme.example' },
      },
    ]);
  });

  it('an invalid email is marked, explained and not sent', async () => {
    type('#contact-email', 'ops@acme');
    submit();
    await vi.waitFor(() => expect(root.querySelector('#contact-email-error')).not.toBeNull());
    expect($('#contact-email').getAttribute('aria-invalid')).toBe('true');
    expect(fakeBrowser._.sentToRuntime).toEqual([]);
  });
});
