// The popup as the user gets it: Chrome's action popup, opened by `chrome.action.openPopup()` over the Seller Center
// tab, timed inside it from its navigation start to the frame that holds its three status rows.
//
// Playwright does not see action popups (they are not tabs), so this talks to the browser itself over the DevTools
// port Chromium was started with (`--remote-debugging-port=0`; the port is in `DevToolsActivePort`). Browser-level
// auto-attach pauses every new target until it is told to run: the popup gets the probe as a script for its new
// document first, every other target runs at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import WebSocket from 'ws';
import { installPopupProbe } from './page';

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

export type PopupTiming = { page: string; rowsMs: number; paintedMs: number; loadMs?: number; frameMs?: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Open each page in `pages` as the action popup, `rounds` times, the order rotating each round; returns one timing
 * per open. The popup is restored to the manifest's afterwards. `bringToFront` runs before each open: openPopup
 * needs a focused browser window, and the popup should open over the Seller Center tab as a user's would.
 */
export async function openPopups(opts: {
  userDataDir: string;
  worker: Worker;
  pages: string[];
  rounds: number;
  bringToFront: () => Promise<void>;
}): Promise<PopupTiming[]> {
  const [port, path] = readFileSync(join(opts.userDataDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  const cdp = await Cdp.connect(`ws://127.0.0.1:${port}${path}`);
  const sessions = new Map<string, string>(); // targetId → sessionId, for page-like targets
  const urls = new Map<string, string>(); // targetId → url, as it changes
  const probe = `(${installPopupProbe.toString()})();`;
  const off = cdp.on((m) => {
    if (m.method === 'Target.targetInfoChanged') {
      const info = m.params!.targetInfo as TargetInfo;
      urls.set(info.targetId, info.url);
    }
    if (m.method !== 'Target.attachedToTarget') return;
    const { sessionId, targetInfo, waitingForDebugger } = m.params as { sessionId: string; targetInfo: TargetInfo; waitingForDebugger: boolean };
    // An action popup is created as an "other" target with no URL yet, and becomes a chrome-extension:// page.
    const popupLike = (targetInfo.type === 'other' || targetInfo.type === 'page') && (targetInfo.url === '' || targetInfo.url.startsWith('chrome-extension://'));
    void (async () => {
      try {
        if (popupLike) {
          await cdp.send('Page.enable', {}, sessionId);
          await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe }, sessionId);
          sessions.set(targetInfo.targetId, sessionId);
        }
      } finally {
        if (waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => {});
        if (!popupLike) await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      }
    })();
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });

  const openOne = async (page: string): Promise<PopupTiming> => {
    await opts.bringToFront();
    await opts.worker.evaluate((popup) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.setPopup({ popup }), page);
    const known = new Set(sessions.keys());
    const opened = await opts.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.openPopup().then(() => '', (e: Error) => e.message));
    if (opened) throw new Error(`chrome.action.openPopup failed: ${opened}`);
    const deadline = Date.now() + 10_000;
    let sessionId: string | undefined;
    while (!sessionId && Date.now() < deadline) {
      for (const [targetId, s] of sessions) if (!known.has(targetId) && urls.get(targetId)?.endsWith(page)) sessionId = s;
      if (!sessionId) await sleep(10);
    }
    if (!sessionId) throw new Error(`the popup (${page}) did not appear`);
    type Probe = { rows?: number; painted?: number; load?: number; frame?: number };
    let p: Probe = {};
    while (p.painted === undefined && Date.now() < deadline) {
      const r = await cdp
        .send<{ result: { value?: Probe } }>('Runtime.evaluate', { expression: 'window.__popup', returnByValue: true }, sessionId)
        .catch(() => ({ result: {} as { value?: Probe } }));
      p = r.result.value ?? {};
      if (p.painted === undefined) await sleep(20);
    }
    if (p.painted === undefined || p.rows === undefined) throw new Error(`the popup (${page}) never showed its three status rows`);
    await cdp.send('Runtime.evaluate', { expression: 'window.close()' }, sessionId).catch(() => {});
    await sleep(300);
    return { page, rowsMs: p.rows, paintedMs: p.painted, loadMs: p.load, frameMs: p.frame };
  };

  const out: PopupTiming[] = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      const order = opts.pages.map((_, i) => opts.pages[(i + round) % opts.pages.length]!);
      for (const page of order) out.push(await openOne(page));
    }
  } finally {
    off();
    await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true }).catch(() => {});
    cdp.close();
    await opts.worker.evaluate(() => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return chrome.action.setPopup({ popup: chrome.runtime.getManifest().action?.default_popup ?? '' });
    });
  }
  return out;
}
