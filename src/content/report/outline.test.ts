import { describe, expect, it } from 'vitest';
import { ALL_HOSTILE_STRINGS, HOSTILE_EMAIL, HOSTILE_SHOP, LONG } from '../../../sandbox/src/hostile';
import { classStems, outline, outlineLine, safeText } from './outline';

const h = (tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElement => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...kids);
  return el;
};

/** Every hostile string everywhere a page can put it: text, ARIA names, placeholders, classes, ids, links, values, roles. */
function hostileRow(s: string): HTMLElement {
  const input = h('input', { type: 'email', placeholder: s, 'aria-label': s, title: s, name: s, id: s });
  (input as HTMLInputElement).value = s;
  return h('tr', { class: `theme-arco-table-tr ${s}`, role: s, 'data-tid': s, 'data-row-key': s, 'aria-describedby': s, 'aria-busy': s },
    h('td', { class: 'theme-arco-table-td' }, s, h('span', { 'aria-label': s, title: s }, s)),
    h('td', {}, h('a', { href: s, 'aria-label': 'Authorize' }, s), input, h('button', { class: 'core-btn core-btn-text', 'data-tid': 'm4b_button' }, 'Authorize')),
  );
}

describe('outline: no page data', () => {
  const table = h('table', { class: 'theme-arco-table' }, h('tbody', {}, ...ALL_HOSTILE_STRINGS.map(hostileRow)));
  document.body.replaceChildren(table);
  const out = outline({ 'pipe17-row': table, authorize: table.querySelector('button') }, { depth: 6, nodes: 10_000 });

  it.each(ALL_HOSTILE_STRINGS.map((s, i) => [i, s] as const))('hostile string %i never appears', (_, s) => {
    expect(out).not.toContain(s);
  });

  it('nor any fragment that could carry one', () => {
    for (const bit of ['<', 'onerror', 'javascript', 'pwned', 'Acme', '@', 'W'.repeat(20), '\u202e', '\u2067', '\u200b', '\u200d', '\ufeff', 'Unofficial', 'OrderBridge', 'Inc.']) {
      expect(out).not.toContain(bit);
    }
  });

  it('keeps the structure and the guide’s own words', () => {
    expect(out).toContain('## pipe17-row');
    expect(out).toContain('class=theme-arco-table-tr');
    expect(out).toContain('data-tid=m4b_button');
    expect(out).toContain('aria-label="Authorize"');
    expect(out).toContain('role=[other]');
    expect(out).toContain('type=email filled');
    expect(out).toContain(`[text ${[...HOSTILE_SHOP].length}]`);
    expect(out).toMatch(/button data-tid=m4b_button class=core-btn,core-btn-text pos=\d+,\d+ size=\d+x\d+ "Authorize"/);
  });
});

describe('safeText', () => {
  it.each([
    ['Authorize', '"Authorize"'],
    ['  Re-authorize   only ', '"Re-authorize only"'],
    ['Pipe17', '"Pipe17"'],
    ['Pipe\u200b17', '[text 7]'],
    ['Acme Outdoors US', '[text 16]'],
    [HOSTILE_EMAIL, `[text ${[...HOSTILE_EMAIL].length}]`],
    ['', ''],
  ])('%j → %s', (text, shown) => expect(safeText(text)).toBe(shown));
});

describe('class stems', () => {
  it.each(['theme-arco-', 'core-', 'arco-', 'theme-m4b-', 'ecom-'])('under the prefix %s, kept with it', (prefix) => {
    const el = h('div', { class: `${prefix}btn ${prefix}btn-primary ${prefix}table-tr ${prefix}select-view ${prefix}tabs-header-title-active ${prefix}menu-title-txt` });
    expect(classStems(el)).toEqual([`${prefix}btn`, `${prefix}btn-primary`, `${prefix}table-tr`, `${prefix}select-view`, `${prefix}tabs-header-title-active`, `${prefix}menu-title-txt`]);
  });
  it('drops hashed, generated and the page’s own classes', () => {
    const el = h('div', { class: 'css-1x2y3z sc-AxjAm index-module__btn--3xYz _a8f3k Btn shop-name acme-outdoors theme-arco-btn x-btn-ABC' });
    expect(classStems(el)).toEqual(['theme-arco-btn']);
  });
});

describe('outline', () => {
  it('a part not found says so; links only by the paths the guide knows; ids by reference', () => {
    const link = h('a', { href: 'https://seller-us.tiktok.com/services/authorizations?shop_region=US&order=123', id: 'menu_item_7', 'aria-controls': 'x' }, h('div', {}, 'My Apps & Services'));
    const other = h('a', { href: '/order/detail/5771234567' }, 'Order 5771234567');
    document.body.replaceChildren(link, other);
    const out = outline({ growth: null, 'my-apps-link': link, extra: other });
    expect(out).toContain('## growth: not found');
    expect(out).toContain('href=/services/authorizations ');
    expect(out).toContain('aria-controls=[ref]');
    expect(out).toContain('"My Apps & Services"');
    expect(out).toContain('href=[link]');
    expect(out).not.toMatch(/5771234567|menu_item_7|order=/);
  });

  it('is bounded: depth and element count', () => {
    let deep = h('div');
    const top = deep;
    for (let i = 0; i < 20; i++) deep = deep.appendChild(h('div', { class: 'theme-arco-space' }, 'x'));
    document.body.replaceChildren(top);
    expect(outline({ a: top }, { depth: 3 }).split('\n').filter((l) => l.includes('div')).length).toBe(4);
    const wide = h('ul', {}, ...Array.from({ length: 500 }, () => h('li', {}, LONG)));
    expect(outline({ a: wide }, { nodes: 40 }).split('\n').length).toBeLessThan(45);
  });

  it('a line for an element alone', () => {
    expect(outlineLine(h('span', { role: 'tab', 'aria-selected': 'true' }, 'Apps'))).toMatch(/^span role=tab aria-selected=true pos=0,0 size=0x0 "Apps"$/);
  });
});
