// Bytes injected into every Seller Center page: the content script and what it imports, gzip -9 (bench/bytes.mjs,
// which CI runs as the budget).
import { test } from '@playwright/test';
import { EXTENSION_DIST } from '../../e2e/fixtures';
import { formatBytes, injectedBytes } from '../bytes.mjs';
import { saveFigures } from '../results';
import { summarize } from '../stats';

test('bytes injected into every Seller Center page', () => {
  const bytes = injectedBytes(EXTENSION_DIST);
  console.log(formatBytes(bytes));
  saveFigures(
    'bytes',
    [
      {
        id: 'bytes',
        name: 'bytes injected into every Seller Center page (JS + CSS, gzip -9)',
        unit: 'KiB',
        off: null,
        on: summarize([bytes.gzip / 1024]),
        target: '≤ 15 KiB',
        met: !bytes.over,
        note: bytes.files.map((f) => `${f.path.replace('assets/', '')} ${(f.gzip / 1024).toFixed(2)}`).join(', '),
      },
    ],
    bytes,
  );
});
