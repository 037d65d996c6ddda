// The extension API for the content scripts, without webextension-polyfill's 10 kB in every Seller Center page:
// Firefox's `browser` and Chrome's MV3 `chrome` both return promises for everything the content scripts call
// (storage.local.get, runtime.sendMessage). Popup, options and background use the polyfill.
import type { Browser } from 'webextension-polyfill';

type G = { browser?: Browser; chrome?: Browser };
export const ext: Browser | undefined = (globalThis as G).browser ?? (globalThis as G).chrome;
