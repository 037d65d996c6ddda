// Unit tests run outside an extension: code that reaches the API through globalThis (shared/ext.ts)
// gets the same fake as code that imports webextension-polyfill (mocked per test file).
import { expect } from 'vitest';
import { fakeBrowser } from './fakeBrowser';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

// A page element is equal only to itself. Without this, toEqual and toMatchObject compare elements by their own
// enumerable fields (they have none), so `toMatchObject({ target: cancel })` passed with null or any other element.
const isNode = (v: unknown): boolean => typeof Node !== 'undefined' && v instanceof Node;
expect.addEqualityTesters([(a: unknown, b: unknown) => (isNode(a) || isNode(b) ? a === b : undefined)]);
