// Unit tests run outside an extension: code that reaches the API through globalThis (shared/ext.ts)
// gets the same fake as code that imports webextension-polyfill (mocked per test file).
import { fakeBrowser } from './fakeBrowser';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
