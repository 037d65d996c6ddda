import { beforeEach, describe, expect, it } from 'vitest';
import { readConsentPage } from './consentPage';
import { html } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('consent page', () => {
  it('finds the primary Authorize button', () => {
    html(`<div><h1>Pipe17 is requesting access</h1><button class="theme-arco-btn theme-arco-btn-secondary"><span>Cancel</span></button><button class="theme-arco-btn theme-arco-btn-primary"><span>Authorize</span></button></div>`);
    const c = readConsentPage(document);
    expect(c.mentionsPipe17).toBe(true);
    expect(c.authorize?.className).toContain('btn-primary');
  });
  it('an "I agree" box: Authorize disabled until it is ticked is still the Authorize; the box comes first', () => {
    const page = (ticked: boolean) => `<div><h1>Pipe17 is requesting access</h1>
      <label class="theme-arco-checkbox ${ticked ? 'theme-arco-checkbox-checked' : ''}"><input type="checkbox" ${ticked ? 'checked' : ''}><span class="theme-arco-checkbox-text">I have read and agree to the conditions above</span></label>
      <label class="theme-arco-checkbox"><input type="checkbox"><span class="theme-arco-checkbox-text">Email me product news</span></label>
      <button class="theme-arco-btn theme-arco-btn-secondary"><span>Cancel</span></button>
      <button class="theme-arco-btn theme-arco-btn-primary ${ticked ? '' : 'theme-arco-btn-disabled'}" ${ticked ? '' : 'disabled'}><span>Authorize</span></button></div>`;
    html(page(false));
    const before = readConsentPage(document);
    expect(before.authorize?.textContent).toBe('Authorize');
    expect(before.tickFirst).toBe(true);
    html(page(true));
    const after = readConsentPage(document);
    expect(after.authorize?.hasAttribute('disabled')).toBe(false);
    // The unrelated "Email me" box is not the conditions' box.
    expect(after.tickFirst).toBeUndefined();
    // Ticked by the owner as it happens (a property, not an attribute).
    html(page(false));
    (document.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    expect(readConsentPage(document).tickFirst).toBeUndefined();
  });
  it('an "I agree" box named only by aria-label (role=checkbox) counts too', () => {
    html(`<div><h1>Pipe17</h1><span role="checkbox" aria-checked="false" aria-label="I agree to the conditions" tabindex="0"></span><button class="arco-btn arco-btn-primary" disabled><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).tickFirst).toBe(true);
    document.querySelector('[role=checkbox]')!.setAttribute('aria-checked', 'true');
    expect(readConsentPage(document).tickFirst).toBeUndefined();
  });
  it('an enabled Authorize is preferred to a disabled one', () => {
    html(`<div><a class="theme-arco-btn theme-arco-btn-primary" aria-disabled="true">Authorize</a><button class="theme-arco-btn theme-arco-btn-secondary"><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).authorize?.tagName).toBe('BUTTON');
  });
  it('no button → null', () => {
    html('<div>Loading…</div>');
    expect(readConsentPage(document).authorize).toBeNull();
  });
});
