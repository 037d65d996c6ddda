// As github-url-detection fails a detector that has no test URLs: every finder module has a test file of its own
// that imports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.|\.test\.util\.|\.d\.ts$/.test(f));

describe('finder modules', () => {
  it('are there to check', () => expect(modules.length).toBeGreaterThan(5));
  it.each(modules)('%s has its own test file, which imports it', (file) => {
    const name = file.replace(/\.tsx?$/, '');
    const test = ['.test.ts', '.test.tsx'].map((ext) => join(dir, name + ext)).find(existsSync);
    expect(test, `${name}.test.ts`).toBeDefined();
    expect(readFileSync(test!, 'utf8')).toMatch(new RegExp(`from '\\./${name}'`));
  });
});
