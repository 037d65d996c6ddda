// Watch the Pipe17 app (an SPA) for the connector status: DOM changes are coalesced to one read per
// animation frame, nothing runs while the page is still, and a report goes out only when the reading changes.
import type { MessageOf } from '../shared/messages';
import { readConnectorPage, type ConnectorPage } from './finder';

export type ConnectorReport = MessageOf<'connector/report'>;

/** How long the page must be still before "heading but no badge" counts as an unreadable page, not a loading one. */
export const SETTLE_MS = 1500;

export function toReport(page: ConnectorPage, settled: boolean, url: string): ConnectorReport | null {
  const u = url.slice(0, 2000);
  if (page.kind === 'reading') {
    const { state, shop, statusText } = page.reading;
    return { type: 'connector/report', state, shop, ...(statusText ? { statusText } : {}), url: u };
  }
  // An error text is final; a missing badge may just be loading, so wait for the page to settle.
  if (page.kind === 'error' && (page.why === 'error-text' || settled)) {
    return { type: 'connector/report', state: 'unknown', shop: null, stale: true, url: u };
  }
  return null;
}

export function watchConnector(doc: Document, send: (report: ConnectorReport) => void): () => void {
  const win = doc.defaultView ?? window;
  let last = '';
  let frame = 0;
  let timer = 0;
  let settleTimer = 0;

  const check = (settled: boolean) => {
    const page = readConnectorPage(doc);
    // Leaving the connector page: a later visit reports again, so the evidence time is fresh.
    if (page.kind === 'other') last = '';
    const report = toReport(page, settled, doc.location?.href ?? '');
    if (!report) return;
    const signature = JSON.stringify({ ...report, url: undefined });
    if (signature === last) return;
    last = signature;
    send(report);
  };

  const run = () => {
    frame = 0;
    timer = 0;
    check(false);
    win.clearTimeout(settleTimer);
    settleTimer = win.setTimeout(() => check(true), SETTLE_MS);
  };

  const schedule = () => {
    if (frame || timer) return;
    // Hidden tabs get no animation frames; a short timer still reads them.
    if (doc.hidden) timer = win.setTimeout(run, 100);
    else frame = win.requestAnimationFrame(run);
  };

  const observer = new win.MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  run();

  return () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    win.clearTimeout(settleTimer);
  };
}
