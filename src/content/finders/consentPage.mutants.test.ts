// The conditions page as TikTok may draw it, beyond the first tests (found by mutation testing, `npm run mutate`).
import { beforeEach, describe, expect, it } from 'vitest';
import { readConsentPage } from './consentPage';
import { html, PREFIXES } from './fixtures.test.util';

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each(PREFIXES)('the conditions page (%s)', (p) => {
  it('of two enabled Authorize buttons, the primary one, wherever it is', () => {
    html(`<div><button class="${p}-btn ${p}-btn-primary" id="primary"><span>Authorize</span></button><button class="${p}-btn ${p}-btn-secondary" id="plain"><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).authorize?.id).toBe('primary');
    html(`<div><button class="${p}-btn ${p}-btn-secondary" id="plain"><span>Authorize</span></button><button class="${p}-btn ${p}-btn-primary" id="primary"><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).authorize?.id).toBe('primary');
  });

  it('disabled by Arco class alone, the primary Authorize gives way to an enabled plain one', () => {
    html(`<div><button class="${p}-btn ${p}-btn-primary ${p}-btn-disabled" id="primary"><span>Authorize</span></button><button class="${p}-btn" id="plain"><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).authorize?.id).toBe('plain');
    html(`<div><button class="${p}-btn ${p}-btn-primary" id="primary" disabled><span>Authorize</span></button><button class="${p}-btn" id="plain"><span>Authorize</span></button></div>`);
    expect(readConsentPage(document).authorize?.id).toBe('plain');
  });

  it('a hidden Authorize or Cancel is not pointed at', () => {
    html(`<div><button hidden id="a"><span>Authorize</span></button><button aria-hidden="true" id="c">Cancel</button></div>`);
    const c = readConsentPage(document);
    expect(c.authorize).toBeNull();
    expect(c.cancel).toBeNull();
    html(`<div><button hidden>Cancel</button><a role="button" id="c">Cancel</a></div>`);
    expect(readConsentPage(document).cancel?.id).toBe('c');
  });

  it('a hidden "I agree" box (another step of the page) is nothing to tick first', () => {
    html(`<div><label hidden><input type="checkbox"> I agree to the conditions</label><button>Authorize</button></div>`);
    expect(readConsentPage(document)).not.toHaveProperty('tickFirst');
  });

  it('names Pipe17 only where the page says it; read from the page body when given a document', () => {
    html(`<div><h1>ShipFast is requesting access</h1><button>Authorize</button></div>`);
    expect(readConsentPage(document).mentionsPipe17).toBe(false);
    html(`<div><h1>PIPE17 is requesting access</h1><button>Authorize</button></div>`);
    expect(readConsentPage(document).mentionsPipe17).toBe(true);
    const part = document.createElement('section');
    part.innerHTML = '<p>Pipe17</p><button>Authorize</button>';
    expect(readConsentPage(part)).toMatchObject({ mentionsPipe17: true });
  });
});
