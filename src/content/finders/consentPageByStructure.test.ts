import { beforeEach, describe, expect, it } from 'vitest';
import { readConsentPage } from './consentPage';
import { readConsentPageByStructure } from './consentPageByStructure';
import { html } from './fixtures.test.util';
import { unread } from './unread.test.util';

const page = (o: { disabled?: boolean; box?: boolean; primaries?: number } = {}) => `<div><h1>Pipe17 is requesting access</h1>
  ${o.box ? '<label class="core-checkbox"><input type="checkbox"><span>I agree</span></label>' : ''}
  <div class="core-space"><div class="core-space-item"><button class="core-btn core-btn-secondary"><span>Cancel</span></button></div>
  ${`<div class="core-space-item"><button class="core-btn core-btn-primary${o.disabled ? ' core-btn-disabled" disabled' : '"'}><span>Authorize</span></button></div>`.repeat(o.primaries ?? 1)}</div></div>`;
const read = () => readConsentPageByStructure(document, readConsentPage(document));

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the conditions page by structure', () => {
  it('Authorize is the one primary button, Cancel the one other button beside it', () => {
    html(unread(page()));
    expect(readConsentPage(document).authorize).toBeNull();
    const c = read();
    expect(c.authorize?.className).toContain('btn-primary');
    expect(c.cancel?.className).toContain('btn-secondary');
    expect(c.unread).toBe('');
    expect(c.mentionsPipe17).toBe(true);
    expect(c.tickFirst).toBeUndefined();
  });
  it('Authorize disabled while a box is unticked: the box comes first', () => {
    html(unread(page({ disabled: true, box: true })));
    expect(read().tickFirst).toBe(true);
  });
  it('two primary buttons: which one authorizes would be a guess, so none', () => {
    html(unread(page({ primaries: 2 })));
    expect(read().authorize).toBeNull();
  });
  it('what the words found stays as they read it', () => {
    html(page());
    expect(read()).toEqual(readConsentPage(document));
  });
});
