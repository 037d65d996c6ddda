// The Renew dialog as other Seller Center pages may draw it: named by aria-labelledby or by its title alone, as a
// drawer, and replaced while the old one animates out. Each case is a page fact `findRenewDialog` must hold to.
import { beforeEach, describe, expect, it } from 'vitest';
import { findRenewDialog } from './dialog';
import { dialog, html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

const footer = (p: string) => `<div class="${p}-modal-footer"><button class="${p}-btn" type="button"><span>Cancel</span></button><button class="${p}-btn ${p}-btn-primary" type="button"><span>Confirm to install</span></button></div>`;

describe.each(PREFIXES)('the Renew dialog, however it is titled (%s)', (p) => {
  it('named by aria-labelledby: that name counts, not the first heading inside', () => {
    html(`<div role="dialog" aria-labelledby="dlg-name" class="${p}-modal"><h3>Data shared with Pipe17</h3><span id="dlg-name">Renew</span>${footer(p)}</div>`);
    expect(findRenewDialog(document)?.querySelector('h3')?.textContent).toBe('Data shared with Pipe17');
    html(`<div role="dialog" aria-labelledby="dlg-name" class="${p}-modal"><h3>Renew</h3><span id="dlg-name">Renewal history</span>${footer(p)}</div>`);
    expect(findRenewDialog(document)).toBeNull();
  });

  it('with no aria-labelledby: the modal title, whatever element draws it', () => {
    html(`<div role="dialog" class="${p}-modal"><div class="${p}-modal-header"><div class="${p}-modal-title">Renew</div></div>${footer(p)}</div>`);
    expect(findRenewDialog(document)).not.toBeNull();
  });

  it('an Arco drawer without role=dialog, titled Renew', () => {
    html(`<div class="${p}-drawer"><div class="${p}-drawer-header"><div class="${p}-drawer-title">Renew</div></div>${footer(p)}</div>`);
    expect(findRenewDialog(document)?.classList.contains(`${p}-drawer`)).toBe(true);
  });

  it('a plain heading as the title', () => {
    html(`<div role="dialog"><h2>Renew</h2>${footer(p)}</div>`);
    expect(findRenewDialog(document)?.getAttribute('role')).toBe('dialog');
  });

  it('the new dialog, when the one animating out comes after it in the page', () => {
    html(dialog(p, { email: 'new@x.com' }) + dialog(p, { leaving: true, email: 'old@x.com' }));
    expect(findRenewDialog(document)?.querySelector('#email_input')?.getAttribute('value')).toBe('new@x.com');
  });
});
