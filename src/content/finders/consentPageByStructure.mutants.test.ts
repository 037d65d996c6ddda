// The conditions page read by structure, beyond the first tests (found by mutation testing, `npm run mutate`): Authorize
// drawn as a link, a part of the page read alone, which button beside Authorize is Cancel (one, not Authorize's own
// wrapper, not when the words found Cancel elsewhere), and when an unticked box comes before Authorize.
import { beforeEach, describe, expect, it } from 'vitest';
import { readConsentPage } from './consentPage';
import { readConsentPageByStructure } from './consentPageByStructure';
import { html } from './fixtures.test.util';
import { unread } from './unread.test.util';

const read = () => readConsentPageByStructure(document, readConsentPage(document));
const AUTHORIZE = '<button class="core-btn core-btn-primary" id="authorize"><span>Authorize</span></button>';
const DISABLED = '<button class="core-btn core-btn-primary core-btn-disabled" disabled id="authorize"><span>Authorize</span></button>';
const button = (id: string, label: string) => `<button class="core-btn core-btn-secondary" id="${id}"><span>${label}</span></button>`;
/** The page's footer: its buttons side by side, each in Arco's space item. */
const footer = (...buttons: string[]) => `<div class="core-space">${buttons.map((b) => `<div class="core-space-item">${b}</div>`).join('')}</div>`;
const box = (ticked: boolean) => `<label class="core-checkbox"><input type="checkbox"${ticked ? ' checked' : ''}><span>I agree to the terms</span></label>`;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('Authorize, the one primary button', () => {
  it('drawn as a link (Arco’s Button given an href) is Authorize', () => {
    html(unread(`<div><h1>Pipe17 is requesting access</h1>${footer(button('cancel', 'Cancel'), '<a class="core-btn core-btn-primary" href="/oauth/grant" id="authorize"><span>Authorize</span></a>')}</div>`));
    expect(read()).toMatchObject({ authorize: document.querySelector('#authorize'), cancel: document.querySelector('#cancel') });
  });

  it('read from a part of the page (no body of its own), as from the whole page', () => {
    const part = document.createElement('section');
    part.innerHTML = unread(`<h1>Pipe17 is requesting access</h1>${footer(button('cancel', 'Cancel'), AUTHORIZE)}`);
    document.body.append(part);
    expect(readConsentPageByStructure(part, readConsentPage(part))).toMatchObject({ authorize: part.querySelector('#authorize'), cancel: part.querySelector('#cancel') });
  });
});

describe('Cancel, the one other button beside Authorize', () => {
  it('Cancel read by its words stands, though another button sits next to Authorize', () => {
    // The page translated but for Cancel, which is up in its header.
    html(`<header>${button('cancel', 'Cancel')}</header>` + unread(`<main>${footer(button('back', 'Back'), AUTHORIZE)}</main>`));
    expect(read()).toMatchObject({ authorize: document.querySelector('#authorize'), cancel: document.querySelector('#cancel') });
  });

  it('Authorize alone, no other button on the page: no Cancel', () => {
    html(unread(`<div><h1>Pipe17 is requesting access</h1>${footer(AUTHORIZE)}</div>`));
    expect(read()).toMatchObject({ authorize: document.querySelector('#authorize'), cancel: null });
  });

  it('two buttons beside Authorize: which one cancels would be a guess, so none', () => {
    html(unread(footer(button('back', 'Back'), button('cancel', 'Cancel'), AUTHORIZE)));
    expect(read()).toMatchObject({ authorize: document.querySelector('#authorize'), cancel: null });
  });

  it('Authorize inside a wrapper that is styled as a button too: the wrapper is not Cancel, the button beside is', () => {
    html(unread(footer(button('cancel', 'Cancel'), `<span class="authorize-btn">${AUTHORIZE}</span>`)));
    expect(read()).toMatchObject({ authorize: document.querySelector('#authorize'), cancel: document.querySelector('#cancel') });
  });
});

describe('an unticked box before Authorize', () => {
  it('an enabled Authorize waits on no box: an unticked one (optional, then) does not come first', () => {
    html(unread(`<div>${box(false)}${footer(button('cancel', 'Cancel'), AUTHORIZE)}</div>`));
    expect(read()).not.toHaveProperty('tickFirst');
  });

  it('Authorize disabled, one box ticked and one not: the unticked one comes first', () => {
    html(unread(`<div>${box(true)}${box(false)}${footer(button('cancel', 'Cancel'), DISABLED)}</div>`));
    expect(read().tickFirst).toBe(true);
  });

  it('Authorize disabled, its only box ticked already: nothing to tick first (the page is busy)', () => {
    html(unread(`<div>${box(true)}${footer(button('cancel', 'Cancel'), DISABLED)}</div>`));
    expect(read()).not.toHaveProperty('tickFirst');
  });
});
