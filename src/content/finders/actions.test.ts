import { describe, expect, it } from 'vitest';
import { inView, isAuthorizeLabel, isCancel, isDialogDismiss } from './actions';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe("the owner's own actions", () => {
  it('Cancel is read from the button, whichever inner element the click landed on', () => {
    const d = page('<button id="c"><span id="s">Cancel</span></button><button id="o">Confirm to install</button>');
    expect(isCancel(d.getElementById('s')!)).toBe(true);
    expect(isCancel(d.getElementById('c')!)).toBe(true);
    expect(isCancel(d.getElementById('o')!)).toBe(false);
  });

  it('closing the Renew dialog: its Cancel, its × (by name or by Arco class under any prefix), or the mask around it', () => {
    const d = page(`
      <div class="core-modal-mask" id="mask"></div>
      <div role="dialog" id="dialog">
        <button aria-label="Close" id="x"><svg></svg></button>
        <span class="core-modal-close-icon" id="icon"></span>
        <button id="cancel">Cancel</button>
        <button id="confirm">Confirm to install</button>
        <input id="email" />
      </div>
      <button id="elsewhere">Cancel</button>
      <div role="dialog"><div class="theme-arco-modal-mask" id="other-mask"></div></div>`);
    const dialog = d.getElementById('dialog')!;
    for (const id of ['x', 'icon', 'cancel', 'mask']) expect(isDialogDismiss(d.getElementById(id)!, dialog), id).toBe(true);
    // Typing, confirming, another page's Cancel and a mask inside another dialog do not close this one.
    for (const id of ['confirm', 'email', 'elsewhere', 'other-mask']) expect(isDialogDismiss(d.getElementById(id)!, dialog), id).toBe(false);
  });

  it('an Authorize action is named Authorize (or an earlier wording of it); other row actions are not', () => {
    const d = page('<a id="a"><span id="in">Authorise</span></a><button id="r">Renew</button><button id="u">Uninstall</button>');
    expect(isAuthorizeLabel(d.getElementById('in')!)).toBe(true);
    expect(isAuthorizeLabel(d.getElementById('r')!)).toBe(true);
    expect(isAuthorizeLabel(d.getElementById('u')!)).toBe(false);
  });

  it('in view while any of its box is inside the window', () => {
    const el = page('<div id="t"></div>').getElementById('t')!;
    const at = (top: number, left = 10) =>
      Object.assign(el, { getBoundingClientRect: () => ({ top, left, bottom: top + 20, right: left + 20 }) as DOMRect });
    expect(inView(at(10))).toBe(true);
    expect(inView(at(-19))).toBe(true);
    expect(inView(at(-20))).toBe(false);
    expect(inView(at(window.innerHeight))).toBe(false);
    expect(inView(at(10, -20))).toBe(false);
  });
});
