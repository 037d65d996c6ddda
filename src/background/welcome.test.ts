import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../test/fakeBrowser';
import { WELCOME_PAGE } from './index';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

// The worker registered its listeners once, on import; each test starts with no tab opened.
beforeEach(() => {
  fakeBrowser._.createdTabs.length = 0;
});

describe('welcome page on install', () => {
  it('opens once on a first install', async () => {
    fakeBrowser.runtime.onInstalled.emit({ reason: 'install' });
    await vi.waitFor(() => expect(fakeBrowser._.createdTabs).toEqual([{ url: `chrome-extension://fake-extension-id/${WELCOME_PAGE}` }]));
  });

  it('never on an update, a browser update or a shared module update', async () => {
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) fakeBrowser.runtime.onInstalled.emit({ reason });
    await new Promise((r) => setTimeout(r, 20));
    expect(fakeBrowser._.createdTabs).toEqual([]);
  });
});
