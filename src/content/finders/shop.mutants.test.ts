// The header's shop name, beyond the first test (found by mutation testing, `npm run mutate`).
import { beforeEach, describe, expect, it } from 'vitest';
import { findShopName } from './shop';
import { html } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the signed-in shop in the header', () => {
  it.each([
    ['<div data-shop-name="Acme Outdoors US">A</div>'],
    ['<header><div class="shopName">Acme Outdoors US</div></header>'],
    ['<div class="top-header"><div class="x-shop-name">Acme Outdoors US</div></div>'],
    ['<div class="top-header"><div class="nav-shopName">Acme Outdoors US</div></div>'],
    ['<div data-testid="nav-shop-name">Acme Outdoors US</div>'],
    ['<div data-tid="m4b-shop-name">Acme Outdoors US</div>'],
  ])('%s', (markup) => {
    html(markup);
    expect(findShopName(document)).toBe('Acme Outdoors US');
  });

  it('a shop-name class outside any header is not the header’s', () => {
    html('<main><div class="shop-name">Acme Outdoors US</div></main>');
    expect(findShopName(document)).toBeNull();
  });

  it('empty, or longer than any name (a whole panel): none', () => {
    html('<header><span class="shop-name">  </span></header>');
    expect(findShopName(document)).toBeNull();
    html(`<header><span class="shop-name">${'x'.repeat(301)}</span></header>`);
    expect(findShopName(document)).toBeNull();
    html(`<header><span class="shop-name">${'x'.repeat(300)}</span></header>`);
    expect(findShopName(document)).toHaveLength(300);
  });
});
