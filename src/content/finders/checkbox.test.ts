// Checkboxes (checkbox.ts): the wrapper, agreeing, ticked; the later tests are page facts found by mutation testing.
import { beforeEach, describe, expect, it } from 'vitest';
import { checkboxWrapper, isAgreeBox, isTicked } from './checkbox';
import { html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

const el = (id: string) => document.getElementById(id)!;

describe.each(PREFIXES)('a checkbox (%s)', (p) => {
  it('a checkbox: its label wrapper, ticked by property, aria-checked or the -checkbox-checked class', () => {
    html(`<label class="${p}-checkbox ${p}-checkbox-checked" id="w"><input type="checkbox" class="${p}-checkbox-target"><span>I agree</span></label>
      <span class="${p}-checkbox ${p}-checkbox-checked" id="w2"><span role="checkbox" id="box2"></span></span>`);
    expect(checkboxWrapper(document.querySelector('input')!).id).toBe('w');
    expect(isTicked(document.querySelector('input')!)).toBe(false);
    expect(isTicked(document.getElementById('box2')!)).toBe(true);
  });
});

describe.each(PREFIXES)('checkboxes (%s)', (p) => {
  it('the wrapper: a plain label, an Arco checkbox span, else the box itself', () => {
    html(`<label id="w1"><input type="checkbox" id="b1"></label><span class="${p}-checkbox" id="w2"><span role="checkbox" id="b2"></span></span><span role="checkbox" id="b3"></span>`);
    expect(checkboxWrapper(el('b1')).id).toBe('w1');
    expect(checkboxWrapper(el('b2')).id).toBe('w2');
    expect(checkboxWrapper(el('b3')).id).toBe('b3');
  });

  it('agrees by its label text, else by its aria-label; any hint word counts', () => {
    html(`<label id="w"><input type="checkbox" id="b1"> I ACCEPT the terms</label><span role="checkbox" id="b2" aria-label="Consent to sharing"></span><span role="checkbox" id="b3" aria-label="Newsletter"></span>`);
    const hints = new Set(['agree', 'consent', 'accept']);
    expect(isAgreeBox(el('b1'), hints)).toBe(true);
    expect(isAgreeBox(el('b2'), hints)).toBe(true);
    expect(isAgreeBox(el('b3'), hints)).toBe(false);
  });

  it('ticked: an input by its property only; a role=checkbox by aria-checked="true" or its wrapper’s -checkbox-checked', () => {
    html(`<label class="${p}-checkbox ${p}-checkbox-checked"><input type="checkbox" id="i"></label><span role="checkbox" aria-checked="true" id="r1"></span><span role="checkbox" aria-checked="mixed" id="r2"></span><span class="${p}-checkbox"><span role="checkbox" id="r3"></span></span>`);
    expect(isTicked(el('i'))).toBe(false);
    (el('i') as HTMLInputElement).checked = true;
    expect(isTicked(el('i'))).toBe(true);
    expect(isTicked(el('r1'))).toBe(true);
    expect(isTicked(el('r2'))).toBe(false);
    expect(isTicked(el('r3'))).toBe(false);
  });
});
