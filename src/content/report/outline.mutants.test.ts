// The support report's outline, beyond the first tests (found by mutation testing, `npm run mutate`): what each
// filter shows of a page at its edges, so support reads the same structure from every owner's report.
import { describe, expect, it } from 'vitest';
import { classStems, outline, outlineLine } from './outline';

const h = (tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElement => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...kids);
  return el;
};
/** The line without its box, which a test page without layout draws at 0,0. */
const line = (el: Element): string => outlineLine(el).replace(/ pos=\S+ size=\S+/, '');

describe('one element, one line', () => {
  it('roles: a known one lower-cased and trimmed, any other only said to be there', () => {
    expect(line(h('div', { role: ' Dialog ' }))).toBe('div role=dialog');
    expect(line(h('div', { role: 'alertdialog' }))).toBe('div role=alertdialog');
    expect(line(h('div', { role: 'shop-card' }))).toBe('div role=[other]');
    expect(line(h('div', { role: '' }))).toBe('div role=[other]');
  });

  it('ARIA: tokens and short numbers shown, text as the guide’s word or its length, references never, odd names skipped', () => {
    const el = h('div', {
      'aria-expanded': ' TRUE ',
      'aria-level': '2',
      'aria-rowcount': '12345',
      'aria-label': 'Acme',
      'aria-placeholder': '',
      'aria-owns': 'shop-7',
      'aria-current': 'page',
      'aria-x1': 'true',
    });
    expect(line(el)).toBe(
      'div aria-expanded=true aria-level=2 aria-rowcount=[value] aria-label=[text 4] aria-placeholder="" aria-owns=[ref] aria-current=page',
    );
    expect(line(h('div', { 'aria-busy': 'maybe' }))).toBe('div aria-busy=[value]');
    expect(line(h('div', { ['aria-' + 'a'.repeat(31)]: 'true' }))).toBe('div');
    expect(line(h('div', { ['aria-' + 'a'.repeat(30)]: 'true' }))).toBe(`div aria-${'a'.repeat(30)}=true`);
  });

  it('data-tid: the m4b layer’s own ids shown, any other not', () => {
    expect(line(h('button', { 'data-tid': 'M4B_Button' }))).toBe('button data-tid=M4B_Button');
    expect(line(h('button', { 'data-tid': `m4b_${'a'.repeat(41)}` }))).toBe('button data-tid=[other]');
    expect(line(h('button', { 'data-tid': 'shop_m4b_button' }))).toBe('button data-tid=[other]');
    expect(line(h('button', { 'data-tid': 'm4b_button x' }))).toBe('button data-tid=[other]');
  });

  it('inputs: the type (text when none, a known one, or another) and whether it holds something, never what', () => {
    const typed = h('input') as HTMLInputElement;
    typed.value = 'owner@acme.com';
    expect(line(typed)).toBe('input type=text filled');
    expect(line(h('input', { type: 'EMAIL' }))).toBe('input type=email empty');
    expect(line(h('input', { type: 'color' }))).toBe('input type=[other] empty');
    const box = h('input', { type: 'checkbox' }) as HTMLInputElement;
    expect(line(box)).toBe('input type=checkbox unchecked');
    box.checked = true;
    expect(line(box)).toBe('input type=checkbox checked');
    const radio = h('input', { type: 'radio' }) as HTMLInputElement;
    radio.checked = true;
    expect(line(radio)).toBe('input type=radio checked');
    // Only an input says filled or empty.
    expect(line(h('textarea'))).toBe('textarea');
  });

  it('placeholder and disabled', () => {
    expect(line(h('input', { placeholder: '', disabled: '' }))).toBe('input type=text empty placeholder="" disabled');
    expect(line(h('input', { placeholder: 'owner@acme.com' }))).toBe('input type=text empty placeholder=[text 14]');
  });

  it('links: the two paths the guide relies on, deeper ones with …, a look-alike path or no URL as a link', () => {
    expect(line(h('a', { href: '/services/market' }))).toBe('a href=/services/market');
    expect(line(h('a', { href: 'https://seller-us.tiktok.com/services/market/custom-authorize/7?code=x' }))).toBe('a href=/services/market/…');
    expect(line(h('a', { href: '/services/marketplace' }))).toBe('a href=[link]');
    expect(line(h('a', { href: '/x/services/authorizations' }))).toBe('a href=[link]');
    expect(line(h('a', { href: 'http://[::1' }))).toBe('a href=[link]');
  });

  it('the box rounded, what is not a number drawn as 0', () => {
    const el = h('div');
    el.getBoundingClientRect = () => ({ left: 10.6, top: Number.NaN, width: 99.4, height: Number.POSITIVE_INFINITY }) as DOMRect;
    expect(outlineLine(el)).toBe('div pos=11,0 size=99x0');
  });

  it('a tag: its name, or [tag] when it is not one a page could draw', () => {
    expect(line(h(`x-${'a'.repeat(29)}`))).toBe(`x-${'a'.repeat(29)}`);
    expect(line(h(`x-${'a'.repeat(30)}`))).toBe('[tag]');
  });

  it('text: only its own, squashed, after everything else', () => {
    expect(line(h('button', { class: 'theme-arco-btn' }, ' Authorize ', h('span', {}, 'Acme')))).toBe('button class=theme-arco-btn "Authorize"');
  });
});

describe('class stems at their edges', () => {
  it('a prefix of up to three parts and up to four parts after the stem; 60 characters at most', () => {
    expect(classStems(h('div', { class: 'a-b-c-btn a-b-c-d-btn x-btn-a-b-c-d x-btn-a-b-c-d-e 1x-btn x-btn-A x-btnx' }))).toEqual(['a-b-c-btn', 'x-btn-a-b-c-d']);
    const sixty = `theme-arco-btn-${'a'.repeat(45)}`;
    expect(sixty).toHaveLength(60);
    expect(classStems(h('div', { class: `${sixty} ${sixty}b` }))).toEqual([sixty]);
  });
});

describe('a part of the page', () => {
  it('where it sits: up to six ancestors below <body>, each with its stems', () => {
    let el: HTMLElement = h('section', { class: 'theme-arco-table pay-7' });
    const top = el;
    for (let i = 0; i < 7; i++) el = el.appendChild(h('div'));
    const root = el.appendChild(h('span'));
    document.body.replaceChildren(top);
    expect(outline({ part: root }).split('\n')[1]).toBe('in: div > div > div > div > div > div');
    expect(outline({ part: top.firstElementChild }).split('\n')[1]).toBe('in: section.theme-arco-table');
    expect(outline({ part: top }).split('\n')[1]).toBe('in: (page)');
  });

  it('its inside: drawn shapes and scripts left out, deeper levels counted, the cut said', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
    const root = h('div', {}, svg, h('script'), h('style'), h('template'), h('noscript'), h('ul', {}, h('li', {}, h('b'), h('i'))));
    document.body.replaceChildren(root);
    expect(outline({ part: root }, { depth: 1 }).split('\n').slice(2)).toEqual([
      'div pos=0,0 size=0x0',
      '  svg pos=0,0 size=0x0',
      '  ul pos=0,0 size=0x0',
      '    … 1 more',
    ]);
    expect(outline({ part: root }, { nodes: 2 }).split('\n').slice(2)).toEqual(['div pos=0,0 size=0x0', '  svg pos=0,0 size=0x0', '  … cut at 2 elements']);
  });

  it('four levels and forty elements unless asked otherwise', () => {
    let deep: HTMLElement = h('div');
    const top = deep;
    for (let i = 0; i < 6; i++) deep = deep.appendChild(h('div'));
    document.body.replaceChildren(top);
    const lines = outline({ part: top }).split('\n').slice(2);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe(`${'  '.repeat(5)}… 1 more`);
    const wide = h('ul', {}, ...Array.from({ length: 50 }, () => h('li')));
    document.body.replaceChildren(wide);
    expect(outline({ part: wide }).split('\n').slice(2)).toHaveLength(41);
  });

  it('its name as the guide gave it, or [part]', () => {
    expect(outline({ 'pipe17-row': null, 'Acme Outdoors': null, [`a${'b'.repeat(40)}`]: null })).toBe(
      '## pipe17-row: not found\n## [part]: not found\n## [part]: not found',
    );
  });
});
