import { beforeEach, describe, expect, it } from 'vitest';
import { findShopName } from './shop';
import { html } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('shop name', () => {
  it('reads the header shop name, null when absent', () => {
    html('<header class="theme-m4b-header"><span class="theme-m4b-header-shop-name"> Acme  Outdoors US </span></header>');
    expect(findShopName(document)).toBe('Acme Outdoors US');
    html('<header></header>');
    expect(findShopName(document)).toBeNull();
  });
});
