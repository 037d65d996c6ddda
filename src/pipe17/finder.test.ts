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
  ])('reads the badge "%s"', (word, state) => {
    expect(readConnector(page(word))).toEqual({ state, shop: 'Acme Outdoors US', statusText: word.replace(/\s+/g, ' ') });
  });

  it('reads a role=heading and a shop name split over two elements', () => {
    const doc = dom(`<div><div role="heading" aria-level="1">Integrations › TikTok Shop connector</div>
      <dl><dt>Shop:</dt><dd>Acme <b>Outdoors</b> US</dd></dl><div><span>Connected</span></div></div>`);
    expect(readConnector(doc)).toEqual({ state: 'connected', shop: 'Acme Outdoors US', statusText: 'Connected' });
  });

  it('reads the name when it sits in a child element', () => {
    const doc = dom(`<div><h1>TikTok Shop</h1><p>Shop: <strong>Acme Outdoors US</strong></p><span>Error</span></div>`);
    expect(readConnector(doc)).toMatchObject({ state: 'error', shop: 'Acme Outdoors US' });
  });

  it('has a null shop when the page names none', () => {
    expect(readConnector(dom(`<div><h1>TikTok Shop</h1><span>Connecting</span></div>`))).toEqual({ state: 'connecting', shop: null, statusText: 'Connecting' });
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

  it('a heading outside h1–h3 or role=heading does not count', () => {
    expect(readConnectorPage(dom(`<h4>TikTok Shop</h4><span>Connected</span>`))).toEqual({ kind: 'other' });
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
