import { beforeEach, describe, expect, it } from 'vitest';
import { findRenewDialog } from './dialog';
import { dialog, html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each(PREFIXES)('finding the Renew dialog (%s)', (p) => {
  it('the open Renew modal, not another dialog', () => {
    html(dialog(p));
    expect(findRenewDialog(document)?.getAttribute('role')).toBe('dialog');
    html(dialog(p, { title: 'Renewal history' }));
    expect(findRenewDialog(document)).toBeNull();
  });
  it('an Arco modal drawn without role=dialog, found by its class stem', () => {
    html(dialog(p).replace('role="dialog" ', ''));
    const found = findRenewDialog(document);
    expect(found).not.toBeNull();
    expect(hasClass(found!, `${p}-modal`)).toBe(true);
  });
  it('of two, the one not animating out', () => {
    html(dialog(p, { leaving: true, email: 'old@x.com' }) + dialog(p, { email: 'new@x.com' }));
    expect(findRenewDialog(document)?.querySelector('input[id="email_input"]')?.getAttribute('value')).toBe('new@x.com');
  });
});

const hasClass = (el: Element, c: string): boolean => el.classList.contains(c);
