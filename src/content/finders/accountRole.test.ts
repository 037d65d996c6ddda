import { beforeEach, describe, expect, it } from 'vitest';
import { readAccountRole } from './accountRole';
import { html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

// The stand-in's picture of an account line (sandbox/src/SellerCenter.tsx): a name, and the role on its own line.
const account = (role: string) => `<div class="account"><div>Dana Whitfield</div><div class="account-role">${role}</div></div>`;

describe('the account role in the header', () => {
  it('a cited role name, alone in a shown element of the header, is read in its cited spelling', () => {
    html(`<header>${account('Customer Service Agent')}</header><main>My apps</main>`);
    expect(readAccountRole(document)).toBe('Customer Service Agent');
    html(`<header>${account('  main   ADMINISTRATOR ')}</header>`);
    expect(readAccountRole(document)).toBe('Main Administrator');
  });
  it.each(PREFIXES.map((p) => [p]))('in a %s layout header, a banner, or the top bar that holds the Seller Center logo', (p) => {
    html(`<section class="${p}-layout"><div class="${p}-layout-header theme-m4b-layout-header">${account('Customer Service Agent')}</div><main class="${p}-layout-content"></main></section>`);
    expect(readAccountRole(document)).toBe('Customer Service Agent');
    html(`<div role="banner">${account('Main Administrator')}</div>`);
    expect(readAccountRole(document)).toBe('Main Administrator');
    html(`<div class="sc_top_nav"><a id="top_nav_seller_center_logo"></a>${account('Main Administrator')}</div>`);
    expect(readAccountRole(document)).toBe('Main Administrator');
  });
  it('the same name twice (a short and a long account line) is one role', () => {
    html(`<header>${account('Customer Service Agent')}<span><b>Customer Service Agent</b></span></header>`);
    expect(readAccountRole(document)).toBe('Customer Service Agent');
  });
});

describe('nothing is quoted unless exactly one cited role is shown in the header', () => {
  it('a custom role, or the stand-in’s "Member"', () => {
    html(`<header>${account('Warehouse lead')}</header>`);
    expect(readAccountRole(document)).toBeNull();
    html('<header><div>Dana Whitfield · Member</div></header>');
    expect(readAccountRole(document)).toBeNull();
  });
  it('two different role names', () => {
    html(`<header>${account('Customer Service Agent')}${account('Main Administrator')}</header>`);
    expect(readAccountRole(document)).toBeNull();
  });
  it('a role word inside a longer sentence, or beside other words in one element', () => {
    html('<header><div>Signed in as Customer Service Agent</div><div>Dana · Main Administrator</div></header>');
    expect(readAccountRole(document)).toBeNull();
    html('<header><div>Customer Service Agent team</div></header>');
    expect(readAccountRole(document)).toBeNull();
  });
  it('role text outside the header: the page (User Management lists roles), a header inside the content, a dialog', () => {
    html(`<header>${account('')}</header><main><table><tr><td>Customer Service Agent</td></tr></table></main>`);
    expect(readAccountRole(document)).toBeNull();
    html(`<main><article><header>${account('Customer Service Agent')}</header></article></main>`);
    expect(readAccountRole(document)).toBeNull();
    html(`<div role="dialog"><header>${account('Main Administrator')}</header></div><aside><header>Main Administrator</header></aside>`);
    expect(readAccountRole(document)).toBeNull();
    html(`<a id="top_nav_seller_center_logo"></a><div>${account('Main Administrator')}</div>`);
    expect(readAccountRole(document)).toBeNull();
  });
  it('a role name not shown (a closed account menu kept in the header)', () => {
    html(`<header><div hidden>${account('Customer Service Agent')}</div><div aria-hidden="true">Main Administrator</div></header>`);
    expect(readAccountRole(document)).toBeNull();
  });
  it('a role shown beside a hidden other one is the one shown', () => {
    html(`<header>${account('Customer Service Agent')}<div hidden>Main Administrator</div></header>`);
    expect(readAccountRole(document)).toBe('Customer Service Agent');
  });
});
