import { describe, expect, it } from 'vitest';
import { readConnector, readConnectorPage } from './finder';

// Test fixtures are trusted snippets; the finder itself only ever reads text.
const dom = (html: string): Document => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

const page = (badge: string, extra = '') =>
  dom(`
  <nav><a href="/orders">Orders</a><a href="/integrations">Integrations</a></nav>
  <main>
    <section class="card">
      <header><h2>TikTok Shop</h2><span class="badge"><i class="dot"></i> ${badge} </span></header>
      <p>Shop: Acme Outdoors US</p>
      <button>Reconnect</button>
    </section>
    ${extra}
  </main>`);

describe('readConnector', () => {
  it.each([
    ['Connected', 'connected'],
    ['Connecting', 'connecting'],
    ['Not Configured', 'not-configured'],
    ['Error', 'error'],
    ['Disconnected', 'disconnected'],
    ['DISCONNECTED', 'disconnected'],
    ['not   configured', 'not-configured'],
    ['Disabled', 'disconnected'],
    ['Status: Error', 'error'],
  ])('reads the badge "%s"', (word, state) => {
    expect(readConnector(page(word))).toEqual({ state, shop: 'Acme Outdoors US', statusText: word.replace(/\s+/g, ' ').replace('Status: ', ''), evidence: 'status' });
  });

  it('reads a role=heading and a shop name split over two elements', () => {
    const doc = dom(`<div><div role="heading" aria-level="1">Integrations › TikTok Shop connector</div>
      <dl><dt>Shop:</dt><dd>Acme <b>Outdoors</b> US</dd></dl><div><span>Connected</span></div></div>`);
    expect(readConnector(doc)).toEqual({ state: 'connected', shop: 'Acme Outdoors US', statusText: 'Connected', evidence: 'status' });
  });

  it('reads the name when it sits in a child element', () => {
    const doc = dom(`<div><h1>TikTok Shop</h1><p>Shop: <strong>Acme Outdoors US</strong></p><span>Error</span></div>`);
    expect(readConnector(doc)).toMatchObject({ state: 'error', shop: 'Acme Outdoors US' });
  });

  it('has a null shop when the page names none', () => {
    expect(readConnector(dom(`<div><h1>TikTok Shop</h1><span>Connecting</span></div>`))).toEqual({ state: 'connecting', shop: null, statusText: 'Connecting', evidence: 'status' });
  });

  it('ignores words that only contain a badge word', () => {
    const doc = dom(`<div><h1>TikTok Shop</h1><p>Connected accounts</p><p>Last error: none</p><span>Disconnected</span></div>`);
    expect(readConnector(doc)?.state).toBe('disconnected');
  });

  it('takes the badge nearest the TikTok Shop heading, not another connector’s', () => {
    const doc = dom(`<main>
      <section><h2>Shopify</h2><span>Connected</span></section>
      <section><h2>TikTok Shop</h2><p>Shop: Acme Outdoors US</p><span>Disconnected</span></section>
    </main>`);
    expect(readConnector(doc)).toMatchObject({ state: 'disconnected', shop: 'Acme Outdoors US' });
  });
});

describe('readConnectorPage', () => {
  it('says nothing about a page that is not the connector page, even with a decoy "Connected"', () => {
    const doc = dom(`<h1>Integrations</h1><ul><li>Shopify <span>Connected</span></li></ul><p>TikTok Shop is connected</p>`);
    expect(readConnectorPage(doc)).toEqual({ kind: 'other' });
    expect(readConnector(doc)).toBeNull();
  });

  it('a name that is a link or in the navigation is not a title', () => {
    expect(readConnectorPage(dom(`<p><a href="/i/tiktok">TikTok Shop</a> <span>Connected</span></p>`))).toEqual({ kind: 'other' });
    expect(readConnectorPage(dom(`<nav><h4>TikTok Shop</h4><span>Connected</span></nav>`))).toEqual({ kind: 'other' });
    expect(readConnectorPage(dom(`<div><span>TikTok Shop</span><span>Connected</span></div>`))).toEqual({ kind: 'other' });
  });

  it('an error page is unreadable', () => {
    expect(readConnectorPage(dom(`<h1>Oops</h1><p>Something went wrong. Try again.</p>`))).toEqual({ kind: 'error', why: 'error-text' });
    expect(readConnectorPage(dom(`<p>Page not found</p>`))).toEqual({ kind: 'error', why: 'error-text' });
    expect(readConnectorPage(dom(`<h1>TikTok Shop</h1><p>Something went wrong</p>`))).toEqual({ kind: 'error', why: 'error-text' });
  });

  it('the heading without a badge is unreadable', () => {
    expect(readConnectorPage(dom(`<h1>TikTok Shop</h1><p>Shop: Acme</p><div class="spinner"></div>`))).toEqual({ kind: 'error', why: 'no-badge' });
  });

  it('ignores badge words in scripts and styles', () => {
    expect(readConnectorPage(dom(`<div><h1>TikTok Shop</h1><script>Connected</script></div>`))).toEqual({ kind: 'error', why: 'no-badge' });
  });
});

describe('the connector page in other shapes', () => {
  it.each([
    ['an h5', `<h5>TikTok Shop</h5>`],
    ['an h6 named "TikTok"', `<h6>TikTok</h6>`],
    ['role=heading without a level', `<div role="heading">TikTok Shop (US)</div>`],
    ['a div whose class says title', `<div class="integration-title"><span>TikTok Shop</span></div>`],
    ['a span with an aria-level', `<span aria-level="2">TikTok</span>`],
    ['a div in large type', `<div style="font-size: 28px">TikTok Shop (US)</div>`],
    ['a breadcrumb title', `<div class="page-header">Integrations / TikTok Shop connector</div>`],
  ])('reads the title as %s', (_, title) => {
    const doc = dom(`<main><header>${title}</header><p>Shop: Acme Outdoors US</p><div><span class="chip">Error</span></div></main>`);
    expect(readConnector(doc)).toEqual({ state: 'error', shop: 'Acme Outdoors US', statusText: 'Error', evidence: 'status' });
  });

  it.each(['TikTok Shopify', 'Connect TikTok Shop', 'TikTok Shop orders', 'Pipe17 for TikTok'])('"%s" names no TikTok connector', (name) => {
    expect(readConnectorPage(dom(`<h1>${name}</h1><span>Connected</span>`))).toEqual({ kind: 'other' });
  });

  it('a title-like name with nothing to read is another page, a heading with nothing to read is unreadable', () => {
    expect(readConnectorPage(dom(`<div class="card-title">TikTok</div><button>Connect</button>`))).toEqual({ kind: 'other' });
    expect(readConnectorPage(dom(`<h5>TikTok</h5><button>Connect</button>`))).toEqual({ kind: 'error', why: 'no-badge' });
  });

  it('two TikTok connectors that disagree: which is meant cannot be told', () => {
    const doc = dom(`<section><h2>TikTok Shop (US)</h2><span>Connected</span></section><section><h2>TikTok Shop (UK)</h2><span>Error</span></section>`);
    expect(readConnectorPage(doc)).toEqual({ kind: 'other' });
    const agree = dom(`<section><h2>TikTok Shop (US)</h2><span>Connected</span></section><section><h2>TikTok Shop (UK)</h2><span>Connected</span></section>`);
    expect(readConnector(agree)?.state).toBe('connected');
  });
});

describe('the enabled toggle and the spinning wheel, where no status word is shown', () => {
  const detail = (corner: string, extra = '') =>
    dom(`<aside><div>Shopify</div><span>Connected</span></aside>
      <main><header><h2>TikTok Shop</h2><div class="actions">${corner}</div></header><p>Shop: Acme Outdoors US</p>${extra}
      <h3>Other integrations</h3><ul><li>Amazon <span>Error</span></li></ul></main>`);

  it('on: connected', () => {
    expect(readConnector(detail(`<button role="switch" aria-checked="true" aria-label="Enabled"></button>`))).toEqual({
      state: 'connected', shop: 'Acme Outdoors US', evidence: 'toggle',
    });
  });
  it('on with a spinning wheel beside it: connecting', () => {
    expect(readConnector(detail(`<span class="MuiSwitch-root"><input type="checkbox" checked></span><span role="progressbar"></span>`))).toMatchObject({
      state: 'connecting', evidence: 'toggle-wheel',
    });
    expect(readConnector(detail(`<button role="switch" aria-checked="true"></button><svg class="icon-spin"></svg>`))?.state).toBe('connecting');
  });
  it('off: disconnected (Pipe17 disables an integration to reconnect it)', () => {
    expect(readConnector(detail(`<label class="toggle"><input type="checkbox"></label>`))).toMatchObject({ state: 'disconnected', evidence: 'toggle' });
  });
  it('a status word wins over the toggle', () => {
    expect(readConnector(detail(`<button role="switch" aria-checked="true"></button>`, `<span>Error</span>`))).toMatchObject({ state: 'error', evidence: 'status' });
  });
  it('a toggle that does not say whether it is on, or a plain checkbox, is not read', () => {
    expect(readConnectorPage(detail(`<button role="switch"></button>`))).toEqual({ kind: 'error', why: 'no-badge' });
    expect(readConnectorPage(detail(`<label><input type="checkbox" checked> Notify me</label>`))).toEqual({ kind: 'error', why: 'no-badge' });
  });
  it('a wheel elsewhere on the page is not beside the toggle', () => {
    const doc = detail(`<button role="switch" aria-checked="true"></button>`, `<section><p>Recent orders are loading, this can take a while, please wait a little</p><div class="loading"></div></section>`);
    expect(readConnector(doc)?.state).toBe('connected');
  });
});
