// Page facts of the Renew dialog that the first tests left open (found by mutation testing, `npm run mutate`): ways
// Seller Center may draw its fields, and what the guide must read from each.
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldByLabel, findConfirm, findConsent, readRenewDialog, selectOptions, selectParts, selectValue } from './renewDialog';
import { dialog, html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

/** A dialog of our own markup holding `body`, titled Renew, with its footer. */
const renew = (body: string) =>
  `<div role="dialog" id="d"><h2>Renew</h2>${body}<button type="button">Cancel</button><button type="button"><span>Confirm to install</span></button></div>`;
const d = () => document.getElementById('d')!;
const item = (label: string, control: string) => `<div class="item"><label>${label}</label><div>${control}</div></div>`;

describe('Renew options drawn as ARIA radios (role=radio, no input, no label around them)', () => {
  const group = (checked: 'only' | 'update' | null) =>
    renew(
      item(
        'Renew options',
        `<div role="radiogroup"><div role="radio" aria-checked="${checked === 'only'}">Re-authorize only</div><div role="radio" aria-checked="${checked === 'update'}">Re-authorize and update permissions</div></div>`,
      ),
    );

  it('the one marked aria-checked="true" is the chosen option', () => {
    html(group('only'));
    expect(readRenewDialog(d()).checks['renew-option']).toMatchObject({ state: 'ok', value: 'Re-authorize only' });
    html(group('update'));
    expect(readRenewDialog(d()).checks['renew-option']).toMatchObject({ state: 'wrong', value: 'Re-authorize and update permissions' });
  });

  it('none marked: missing, and the options are the radios', () => {
    html(group(null));
    const f = readRenewDialog(d());
    expect(f.checks['renew-option']).toMatchObject({ state: 'missing', value: '' });
    expect(f.reauthorizeOnlyMissing).toBe(false);
    expect(selectOptions(fieldByLabel(d(), new Set(['renew options']))!)).toEqual(['Re-authorize only', 'Re-authorize and update permissions']);
  });
});
