// The Renew dialog checklist as the owner reads it: each row's action, and its why on a line of its own.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Check } from '../finders/renewDialog';
import { Checklist } from './panels';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const row = (id: string) => root.querySelector(`[data-check="${id}"]`)!;

describe('Checklist', () => {
  it('a wrong Renew option: the action, then why in its own element (run on, it read "…only The other choices…")', () => {
    const checks: Check[] = [
      { id: 'renew-option', state: 'wrong', value: 'Re-authorize and update permissions', field: null },
      { id: 'consent', state: 'ok', value: '', field: null },
    ];
    render(<Checklist checks={checks} emailSet={false} />, root);
    const text = row('renew-option').querySelector('.check-text')!;
    expect(text.querySelector('strong')?.textContent).toContain('Renew options');
    expect(text.querySelector('.check-why')?.textContent).toBe('The other choices change what Pipe17 can do.');
    // The action is the row's own text, not inside the why.
    expect([...text.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).toBe('Change to Re-authorize only');
    // A check with nothing to explain has no why line.
    expect(row('consent').querySelector('.check-why')).toBeNull();
  });

  it('a well-formed contact email no options confirm: asked about with a "?", not ticked, though data-state stays ok', () => {
    const email: Check = { id: 'contact-email', state: 'ok', value: 'a@b.co', field: null };
    render(<Checklist checks={[email]} emailSet={false} />, root);
    expect(row('contact-email').getAttribute('data-state')).toBe('ok');
    expect(row('contact-email').hasAttribute('data-ask')).toBe(true);
    expect(row('contact-email').querySelector('.icon')?.textContent).toBe('?');
    expect(row('contact-email').querySelector('.sr')?.textContent).toBe(': check it yourself');
    // The same address set in the options: ticked.
    render(<Checklist checks={[email]} emailSet={true} />, root);
    expect(row('contact-email').hasAttribute('data-ask')).toBe(false);
    expect(row('contact-email').querySelector('.icon')?.textContent).toBe('✓');
  });
});
