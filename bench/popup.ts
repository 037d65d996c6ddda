// The popup as the user gets it: Chrome's action popup, opened by `chrome.action.openPopup()` over the Seller Center
// tab, timed from its navigation start to the frame on screen that holds its three status values.
//
// Playwright does not see action popups (they are not tabs), so this talks to the browser itself over the DevTools
// port Chromium was started with (`--remote-debugging-port=0`; the port is in `DevToolsActivePort`). Nothing of ours
// runs in the popup until it has been shown: target discovery says when it exists, and a session attaches only
// afterwards to read what Chrome recorded (Navigation Timing, Paint Timing, Element Timing; bench/page.ts,
// readPopupTiming). An earlier version paused each new popup until an injected probe was in place; that pause fell
// between navigation start and fetch start and added 20–45 ms to every popup figure (bench/README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import WebSocket from 'ws';
import { readPopupTiming, type PopupReadout } from './page';

/**
 * The popup, its floors and (BENCH_POPUP_COMPARE=<another build's dist>) that build's popup, as
 * `chrome.action.setPopup` names them (bench.spec.ts writes the floors into a copy of `dist/`).
 */
export const POPUP_PAGES = {
  popup: 'src/popup/index.html',
  floor: 'bench-floor.html',
  scripted: 'bench-floor-script.html',
  snapshot: 'src/popup/bench-snapshot.html',
  compare: 'src/popup/compare.html',
};

/**
 * Writes two of the floors into `dir` (a copy of `dist/`), each marking its three status values with
 * `elementtiming="status"` as the popup does (bench/page.ts, readPopupTiming):
 * - `bench-floor.html`: the three status rows as plain HTML, no script. How fast Chrome shows any popup here.
 * - `bench-floor-script.html`: the least a popup with data can do. One small module reads storage.local and writes
 *   the three rows; no framework, no tab question, no stylesheet.
 */
export function writeFloorPages(dir: string): void {
  const page = (head: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>${head}</head><body>${body}</body></html>\n`;
  writeFileSync(
    join(dir, POPUP_PAGES.floor),
    page(
      '',
      '<div data-field="owner" elementtiming="status">Shop owner: yes</div>' +
        '<div data-field="app-status" elementtiming="status">Pipe17 authorization: expired</div>' +
        '<div data-field="connector" elementtiming="status">Connector: error</div>',
    ),
  );
  writeFileSync(join(dir, POPUP_PAGES.scripted), page('<script type="module" src="/bench-floor.js"></script>', ''));
  writeFileSync(
    join(dir, 'bench-floor.js'),
    `chrome.storage.local.get(null).then((items) => {
  const n = Object.keys(items).length;
  for (const field of ['owner', 'app-status', 'connector']) {
    const row = document.body.appendChild(document.createElement('div'));
    row.dataset.field = field;
    row.setAttribute('elementtiming', 'status');
    row.textContent = field + ': ' + n + ' items';
  }
});
`,
  );
}

/**
 * Variants of the snapshot floor (BENCH_POPUP_VARIANTS=all or a comma list of their names): the same static page with
 * one thing taken out, to split what a popup of this content costs Chrome before any script. Each is written beside
 * the snapshot as `src/popup/bench-snapshot-<name>.html` and opened in the same rounds.
 */
export const SNAPSHOT_VARIANTS: Record<string, { what: string; make(html: string): string }> = {
  'no-style': {
    // Element Timing counts text for the nearest block that holds it, so the status values stay blocks, as the
    // popup's flex column makes them.
    what: 'no stylesheet but its width (360 px) and the status values as blocks',
    make: (html) =>
      html
        .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
        .replace('</head>', '<style>.popup { width: 360px; } [elementtiming] { display: block; }</style></head>'),
  },
  'sans-serif': {
    what: "one font family (`sans-serif`) instead of the system-ui stack",
    make: (html) => html.replace(/font-family:[^;}]*/g, 'font-family: sans-serif'),
  },
  'no-color-scheme': {
    what: 'no `color-scheme` (meta and CSS)',
    make: (html) => html.replace(/<meta name="color-scheme"[^>]*>/g, '').replace(/(?<![\w-])color-scheme:[^;}]*;?/g, ''),
  },
  'rows-only': {
    what: 'only the header and the three status rows',
    make: (html) => html.replace(/(<ul class="rows"[\s\S]*?<\/ul>)[\s\S]*?(<\/main>)/, '$1$2'),
  },
  'rows-only-tall': {
    what: 'only the header and the three status rows, as tall as the popup (590 px)',
    make: (html) =>
      SNAPSHOT_VARIANTS['rows-only']!.make(html).replace('</head>', '<style>.popup { min-height: 590px; }</style></head>'),
  },
  'no-scrollbar': {
    what: 'its overflow hidden (no scroll bar)',
    make: (html) => html.replace('</head>', '<style>html { overflow: hidden; }</style></head>'),
  },
  'gutter': {
    what: 'the scroll bar\'s gutter reserved (`scrollbar-gutter: stable`)',
    make: (html) => html.replace('</head>', '<style>html { scrollbar-gutter: stable; }</style></head>'),
  },
};
export const snapshotVariantPage = (name: string) => `src/popup/bench-snapshot-${name}.html`;
/** The variants BENCH_POPUP_VARIANTS asks for; a name not in SNAPSHOT_VARIANTS stops the run before anything is measured. */
export const snapshotVariants = (): string[] => {
  const asked = process.env.BENCH_POPUP_VARIANTS?.split(',').map((v) => v.trim()).filter(Boolean) ?? [];
  if (asked.includes('all')) return Object.keys(SNAPSHOT_VARIANTS);
  const unknown = asked.filter((v) => !(v in SNAPSHOT_VARIANTS));
  if (unknown.length) throw new Error(`BENCH_POPUP_VARIANTS: no variant ${unknown.join(', ')} (known: all, ${Object.keys(SNAPSHOT_VARIANTS).join(', ')})`);
  return asked;
};
/** The variant `name` of the snapshot; throws when it takes nothing out (the popup's markup moved under its pattern). */
export function snapshotVariant(name: string, html: string): string {
  const out = SNAPSHOT_VARIANTS[name]!.make(html);
  if (out === html) throw new Error(`BENCH_POPUP_VARIANTS: ${name} found nothing to take out of the popup's static copy`);
  return out;
}

/** Chromium's command-line switch for the DevTools port this needs. */
export const POPUP_CDP_ARGS = ['--remote-debugging-port=0'];

/**
 * The little of the `chrome` API used in the service worker (the project has no @types/chrome). The functions passed
 * to `worker.evaluate` are sent as source, so each casts `globalThis` itself.
 */
type ChromeApi = {
  action: { setPopup(d: { popup: string }): Promise<void>; openPopup(): Promise<void> };
  runtime: { getManifest(): { action?: { default_popup?: string } } };
};

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message: string }; sessionId?: string };
type TargetInfo = { targetId: string; type: string; url: string };

/** A minimal flat-protocol CDP client on one WebSocket. */
class Cdp {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(m: Message) => void>();
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const m = JSON.parse(String(data)) as Message;
      const waiting = m.id === undefined ? undefined : this.pending.get(m.id);
      if (waiting) {
        this.pending.delete(m.id!);
        if (m.error) waiting.reject(new Error(m.error.message));
        else waiting.resolve(m.result);
      } else for (const listener of this.listeners) listener(m);
    });
  }
  static async connect(url: string): Promise<Cdp> {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new Cdp(ws);
  }
  send<T = unknown>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
  }
  on(listener: (m: Message) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  close(): void {
    this.ws.close();
  }
}

export type PopupTiming = {
  page: string;
  /** Navigation start → the three status values on screen. */
  paintedMs: number;
  fcpMs?: number;
  loadMs: number;
  /** Navigation start → fetch start (Chrome's navigation work; no pause of ours falls here). */
  fetchStartMs: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long after the popup's target appears its figures are first read (then every 250 ms until they are there). */
const READ_AFTER_MS = 600;

/** A trace event as Chrome's tracing reports it (the fields read here). */
export type TraceEvent = { name: string; cat?: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { worldName?: string; data?: { documentLoaderURL?: string } } };

type Opened = PopupTiming & { html?: string; trace?: TraceEvent[] };
type Opener = { open(page: string, opts?: { withHtml?: boolean; traceCategories?: string[] }): Promise<Opened>; close(): Promise<void> };

/**
 * Opens pages as the action popup, one at a time. `bringToFront` runs before each open: openPopup needs a focused
 * browser window, and the popup should open over the Seller Center tab as a user's would. `close` restores the
 * manifest's popup.
 */
export async function popupOpener(opts: { userDataDir: string; worker: Worker; bringToFront: () => Promise<void> }): Promise<Opener> {
  const [port, path] = readFileSync(join(opts.userDataDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  const cdp = await Cdp.connect(`ws://127.0.0.1:${port}${path}`);
  const urls = new Map<string, string>(); // targetId → url, as it changes
  const off = cdp.on((m) => {
    if (m.method === 'Target.targetCreated' || m.method === 'Target.targetInfoChanged') {
      const info = m.params!.targetInfo as TargetInfo;
      urls.set(info.targetId, info.url);
    }
    if (m.method === 'Target.targetDestroyed') urls.delete(m.params!.targetId as string);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const read = `(${readPopupTiming.toString()})`;

  const open = async (page: string, { withHtml = false, traceCategories }: { withHtml?: boolean; traceCategories?: string[] } = {}): Promise<Opened> => {
    await opts.bringToFront();
    // Traced (bench:profile): the whole browser, every process, from just before the open until the figures are read.
    const trace: TraceEvent[] = [];
    let traced: Promise<void> | undefined;
    if (traceCategories) {
      const offTrace = cdp.on((m) => {
        if (m.method === 'Tracing.dataCollected') trace.push(...(m.params!.value as TraceEvent[]));
      });
      traced = new Promise<void>((resolve) => {
        const offDone = cdp.on((m) => {
          if (m.method !== 'Tracing.tracingComplete') return;
          offDone();
          offTrace();
          resolve();
        });
      });
      await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: traceCategories } });
    }
    await opts.worker.evaluate((popup) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.setPopup({ popup }), page);
    const known = new Set(urls.keys());
    const opened = await opts.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.openPopup().then(() => '', (e: Error) => e.message));
    if (opened) throw new Error(`chrome.action.openPopup failed: ${opened}`);
    const deadline = Date.now() + 10_000;
    let targetId: string | undefined;
    while (!targetId && Date.now() < deadline) {
      for (const [id, url] of urls) if (!known.has(id) && url.endsWith(page)) targetId = id;
      if (!targetId) await sleep(10);
    }
    if (!targetId) throw new Error(`the popup (${page}) did not appear`);
    await sleep(READ_AFTER_MS);
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    try {
      let r: PopupReadout | undefined;
      while (r?.painted === undefined && Date.now() < deadline) {
        if (r) await sleep(250);
        const answer = await cdp.send<{ result: { value?: PopupReadout }; exceptionDetails?: { text: string } }>(
          'Runtime.evaluate',
          { expression: `${read}(${withHtml})`, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        if (answer.exceptionDetails) throw new Error(`reading the popup (${page}): ${answer.exceptionDetails.text}`);
        r = answer.result.value;
      }
      if (r?.painted === undefined) throw new Error(`the popup (${page}) never showed its three status values (read: ${JSON.stringify({ ...r, html: undefined })})`);
      return { page, paintedMs: r.painted, fcpMs: r.fcp, loadMs: r.load, fetchStartMs: r.fetchStart, html: r.html, trace: traced ? trace : undefined };
    } finally {
      // Tracing ends here, on a failure too, so the next open can start it again; `trace` is full once this resolves.
      if (traced) await cdp.send('Tracing.end').then(() => traced, () => {});
      await cdp.send('Runtime.evaluate', { expression: 'window.close()' }, sessionId).catch(() => {});
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      await sleep(300);
    }
  };

  return {
    open,
    async close() {
      off();
      await cdp.send('Target.setDiscoverTargets', { discover: false }).catch(() => {});
      cdp.close();
      await opts.worker.evaluate(() => {
        const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        return chrome.action.setPopup({ popup: chrome.runtime.getManifest().action?.default_popup ?? '' });
      });
    },
  };
}

/** Open `page` once and return it as shown, scripts removed: the snapshot floor (bench.spec.ts) is made of it. */
export async function popupAsShown(opts: { userDataDir: string; worker: Worker; page: string; bringToFront: () => Promise<void> }): Promise<{ timing: PopupTiming; html: string }> {
  const opener = await popupOpener(opts);
  try {
    const { html, trace: _none, ...timing } = await opener.open(opts.page, { withHtml: true });
    return { timing, html: html! };
  } finally {
    await opener.close();
  }
}

/** Open each page in `pages` as the action popup, `rounds` times, the order rotating each round; one timing per open. */
export async function openPopups(opts: {
  userDataDir: string;
  worker: Worker;
  pages: string[];
  rounds: number;
  bringToFront: () => Promise<void>;
}): Promise<PopupTiming[]> {
  const opener = await popupOpener(opts);
  const out: PopupTiming[] = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      const order = opts.pages.map((_, i) => opts.pages[(i + round) % opts.pages.length]!);
      for (const page of order) {
        const { html: _none, trace: _neither, ...timing } = await opener.open(page);
        out.push(timing);
      }
    }
  } finally {
    await opener.close();
  }
  return out;
}
