import { describe, expect, it } from 'vitest';
import { readConsentPage } from './consentPage';

const html = (s: string) => {
  document.body.innerHTML = s;
};

describe('consent page: Cancel', () => {
  it('finds the page\'s Cancel button (the way back from a renewal of the wrong shop)', () => {
    html(`<div><h1>Pipe17 is requesting access</h1><button class="core-btn core-btn-secondary"><span>Cancel</span></button><button class="core-btn core-btn-primary"><span>Authorize</span></button></div>`);
    const c = readConsentPage(document);
    expect(c.cancel?.tagName).toBe('BUTTON');
    expect(c.cancel?.textContent).toBe('Cancel');
  });
  it('no Cancel on the page → null, never the Authorize', () => {
    html(`<div><h1>Pipe17</h1><button class="arco-btn arco-btn-primary"><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).cancel).toBeNull();
  });
});
