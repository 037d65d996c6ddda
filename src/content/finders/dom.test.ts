import { beforeEach, describe, expect, it } from 'vitest';
import { arco, clickableOf, hasArcoClass, outermost } from './dom';
import { html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each(PREFIXES)('Arco by its component stem (%s)', (p) => {
  it('matches a whole class ending in the stem, not a longer one', () => {
    html(`<button class="${p}-btn ${p}-btn-primary" id="b"><span class="${p}-btn-text">Go</span></button><div class="${p}-btn-group" id="g"></div>`);
    expect([...document.querySelectorAll(arco('btn'))].map((e) => e.id)).toEqual(['b']);
    expect(hasArcoClass(document.getElementById('b')!, 'btn')).toBe(true);
    expect(hasArcoClass(document.getElementById('g')!, 'btn')).toBe(false);
  });
  it('finds the clickable element of a label inside a button, a menu item, an m4b menu title', () => {
    html(`<div class="${p}-btn" id="btn"><span id="l1">Authorize</span></div>
      <div class="${p}-menu-item" id="mi"><span class="${p}-menu-item-inner" id="l2">My Apps &amp; Services</span></div>
      <div class="theme-m4b-menu-title"><div class="theme-m4b-menu-title-txt" id="l3">Growth</div></div>`);
    expect(clickableOf(document.getElementById('l1')!).id).toBe('btn');
    expect(clickableOf(document.getElementById('l2')!).id).toBe('mi');
    expect(clickableOf(document.getElementById('l3')!).id).toBe('l3');
  });
});

describe('m4b and page classes', () => {
  it("m4b's button (data-tid) is clickable whatever its classes", () => {
    html('<div data-tid="m4b_button" id="b" class="x1y2z3"><span id="l">Authorize</span></div>');
    expect(clickableOf(document.getElementById('l')!).id).toBe('b');
  });
  it('a class merely containing the stem is not Arco’s', () => {
    html('<div class="btnrow" id="a"></div><div class="my-btnish" id="b"></div>');
    expect(document.querySelectorAll(arco('btn'))).toHaveLength(0);
    expect(hasArcoClass(document.getElementById('a')!, 'btn')).toBe(false);
  });
});

describe('outermost', () => {
  it('keeps those no other of them contains', () => {
    document.body.innerHTML = '<div id="a"><span id="b"></span></div><p id="c"></p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    expect(outermost([b!, a!, c!])).toEqual([a, c]);
  });
});
