// The DOM helpers' page facts beyond the first tests (found by mutation testing, `npm run mutate`).
import { beforeEach, describe, expect, it } from 'vitest';
import { arco, byIdRef, byText, clickableOf, hasArcoClass, isShown, textOf } from './dom';
import { html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

const el = (id: string) => document.getElementById(id)!;

describe.each(PREFIXES)('Arco classes (%s)', (p) => {
  it('a stem found among other classes, or as the last class', () => {
    html(`<div class="${p}-menu-item ${p}-menu-selected" id="a"></div><div class="x ${p}-menu-item" id="b"></div>`);
    expect([...document.querySelectorAll(arco('menu-item'))].map((e) => e.id)).toEqual(['a', 'b']);
    expect(hasArcoClass(el('a'), 'menu-item')).toBe(true);
  });

  it('a class that is only the stem with its dash, no prefix, is not Arco’s', () => {
    html(`<div class="-btn" id="a"></div>`);
    expect(hasArcoClass(el('a'), 'btn')).toBe(false);
  });

  it.each(['menu-pop-header', 'menu-inline-header', 'menu-title-txt', 'link', 'tabs-header-title'])('a label inside %s is clicked on it', (stem) => {
    html(`<div class="${p}-${stem}" id="c"><span><i id="l">x</i></span></div>`);
    expect(clickableOf(el('l')).id).toBe('c');
  });
});

describe('what a person clicks', () => {
  it.each([
    ['<a href="/x" id="c"><span id="l">x</span></a>'],
    ['<div role="button" id="c"><span id="l">x</span></div>'],
    ['<div role="tab" id="c"><span id="l">x</span></div>'],
    ['<div role="option" id="c"><span id="l">x</span></div>'],
    ['<div role="menuitem" id="c"><span id="l">x</span></div>'],
    ['<li id="c"><span id="l">x</span></li>'],
    ['<div aria-haspopup="true" id="c"><span id="l">x</span></div>'],
  ])('%s', (markup) => {
    html(markup);
    expect(clickableOf(el('l')).id).toBe('c');
  });

  it('a label in nothing clickable is clicked on itself; a link without href is not a link', () => {
    html('<div><a id="a"><span id="l">x</span></a></div>');
    expect(clickableOf(el('l')).id).toBe('l');
  });
});

describe('shown on screen', () => {
  it('not when detached, hidden, aria-hidden, inert or display:none; yes otherwise', () => {
    html(`<div id="ok"></div><div hidden><i id="h"></i></div><div aria-hidden="true"><i id="ah"></i></div><div aria-hidden="false"><i id="af"></i></div><div inert><i id="in"></i></div><div style="display:none"><i id="dn"></i></div><div style="visibility:hidden"><i id="vh"></i></div>`);
    expect(isShown(el('ok'))).toBe(true);
    expect(isShown(el('af'))).toBe(true);
    for (const id of ['h', 'ah', 'in', 'dn', 'vh']) expect(isShown(el(id)), id).toBe(false);
    expect(isShown(document.createElement('div'))).toBe(false);
    expect(isShown(null)).toBe(false);
  });

  it('where the browser has no checkVisibility, what the attributes say', () => {
    html('<div id="ok"></div>');
    const ok = el('ok') as HTMLElement & { checkVisibility?: unknown };
    Object.defineProperty(ok, 'checkVisibility', { value: undefined });
    expect(isShown(ok)).toBe(true);
  });
});

describe('labels by their whole text', () => {
  it('the innermost match only, in page order, and siblings both', () => {
    html('<button id="b1"><span id="s1">Authorize</span></button><button id="b2">Authorize</button><p>Authorize now</p>');
    expect(byText(document, 'button, span, p', new Set(['authorize'])).map((e) => e.id)).toEqual(['s1', 'b2']);
  });

  it('text is normalized: case, spaces', () => {
    html('<span id="s">  My   Apps </span>');
    expect(textOf(el('s'))).toBe('my apps');
    expect(textOf(null)).toBe('');
  });

  it('an id reference: the first of several ids; none when the attribute is empty or missing', () => {
    html('<div id="t" aria-labelledby="a b"></div><div id="e" aria-labelledby=""></div><i id="a"></i><i id="b"></i>');
    expect(byIdRef(el('t'), 'aria-labelledby')?.id).toBe('a');
    expect(byIdRef(el('e'), 'aria-labelledby')).toBeNull();
    expect(byIdRef(el('e'), 'aria-controls')).toBeNull();
  });
});
