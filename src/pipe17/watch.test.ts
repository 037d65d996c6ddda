import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, toReport, watchConnector, type ConnectorReport } from './watch';

let stop: (() => void) | undefined;
beforeEach(() => {
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  stop = undefined;
});

const el = (tag: string, text: string) => Object.assign(document.createElement(tag), { textContent: text });
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('toReport', () => {
  it('turns a reading into connector/report', () => {
    expect(toReport({ kind: 'reading', reading: { state: 'connected', shop: 'A', statusText: 'Connected', evidence: 'status' } }, false, 'https://app.pipe17.com/x')).toEqual({
      type: 'connector/report', state: 'connected', shop: 'A', statusText: 'Connected', url: 'https://app.pipe17.com/x',
    });
  });
  it('a reading from the toggle carries no status text', () => {
    expect(toReport({ kind: 'reading', reading: { state: 'connecting', shop: null, evidence: 'toggle-wheel' } }, false, 'u')).toEqual({
      type: 'connector/report', state: 'connecting', shop: null, url: 'u',
    });
  });
  it('reports an error text at once, a missing badge only once settled', () => {
    expect(toReport({ kind: 'error', why: 'error-text' }, false, 'u')).toMatchObject({ stale: true, state: 'unknown', shop: null });
    expect(toReport({ kind: 'error', why: 'no-badge' }, false, 'u')).toBeNull();
    expect(toReport({ kind: 'error', why: 'no-badge' }, true, 'u')).toMatchObject({ stale: true });
    expect(toReport({ kind: 'other' }, true, 'u')).toBeNull();
  });
});

describe('watchConnector', () => {
  it('reports when the SPA renders the page and again only when the reading changes', async () => {
    const sent: ConnectorReport[] = [];
    stop = watchConnector(document, (r) => sent.push(r));
    expect(sent).toEqual([]);
    const card = document.createElement('section');
    const badge = el('span', 'Connecting');
    card.append(el('h2', 'TikTok Shop'), el('p', 'Shop: Acme Outdoors US'), badge);
    document.body.append(card);
    await nextFrame();
    expect(sent.map((r) => r.state)).toEqual(['connecting']);
    card.append(el('p', 'unrelated change'));
    await nextFrame();
    expect(sent).toHaveLength(1);
    badge.textContent = 'Connected';
    await nextFrame();
    expect(sent.map((r) => r.state)).toEqual(['connecting', 'connected']);
    expect(sent[1]).toMatchObject({ shop: 'Acme Outdoors US', statusText: 'Connected' });
  });

  it('marks the reading stale once a heading-only page has settled', async () => {
    vi.useFakeTimers();
    try {
      const sent: ConnectorReport[] = [];
      document.body.append(el('h1', 'TikTok Shop'));
      stop = watchConnector(document, (r) => sent.push(r));
      expect(sent).toEqual([]);
      vi.advanceTimersByTime(SETTLE_MS + 10);
      expect(sent).toEqual([expect.objectContaining({ stale: true })]);
    } finally {
      vi.useRealTimers();
    }
  });
});
