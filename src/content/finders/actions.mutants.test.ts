// The owner's own clicks, beyond the first tests (found by mutation testing, `npm run mutate`).
import { describe, expect, it } from 'vitest';
import { FOCUSABLE, inView, isAuthorizeLabel, isCancel, isDialogDismiss } from './actions';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe("the owner's own clicks", () => {
  it('the click lands inside a link or a role=button: that action is read', () => {
    const d = page('<a href="#" id="a"><i id="ai">Cancel</i></a><div role="button" id="r"><b id="ri">Authorize</b></div>');
    expect(isCancel(d.getElementById('ai')!)).toBe(true);
    expect(isAuthorizeLabel(d.getElementById('ri')!)).toBe(true);
  });

  it('the Arco mask or wrapper outside the dialog closes it; another element outside does not', () => {
    const d = page(`<div class="theme-arco-modal-wrapper" id="wrap"><div role="dialog" id="dialog"><button>Cancel</button></div></div><div class="page" id="page"></div><div class="x-modal-mask-light" id="mask"></div>`);
    const dialog = d.getElementById('dialog')!;
    expect(isDialogDismiss(d.getElementById('wrap')!, dialog)).toBe(true);
    expect(isDialogDismiss(d.getElementById('mask')!, dialog)).toBe(true);
    expect(isDialogDismiss(d.getElementById('page')!, dialog)).toBe(false);
  });

  it('inside the dialog, an element with a modal class other than close does not close it', () => {
    const d = page(`<div role="dialog" id="dialog"><div class="arco-modal-footer" id="footer"></div><button aria-label="Help" id="help">?</button></div>`);
    const dialog = d.getElementById('dialog')!;
    expect(isDialogDismiss(d.getElementById('footer')!, dialog)).toBe(false);
    expect(isDialogDismiss(d.getElementById('help')!, dialog)).toBe(false);
  });

  it('in view: its right edge past the window’s left, its left before the window’s right', () => {
    const el = page('<div id="t"></div>').getElementById('t')!;
    const at = (left: number) => Object.assign(el, { getBoundingClientRect: () => ({ top: 10, left, bottom: 30, right: left + 20 }) as DOMRect });
    expect(inView(at(-19))).toBe(true);
    expect(inView(at(window.innerWidth - 1))).toBe(true);
    expect(inView(at(window.innerWidth))).toBe(false);
  });

  it('what Tab can land on: enabled controls and positive tabindex, not hidden inputs, disabled ones or tabindex -1', () => {
    const d = page('<input id="i"><input type="hidden" id="h"><button id="b"></button><button disabled id="bd"></button><textarea id="t"></textarea><select id="s"></select><span tabindex="0" id="z"></span><span tabindex="-1" id="m"></span><input disabled id="id">');
    expect([...d.querySelectorAll(FOCUSABLE)].map((e) => e.id)).toEqual(['i', 'b', 't', 's', 'z']);
  });
});
