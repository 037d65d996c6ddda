// The extension API for the content scripts, without webextension-polyfill's 10 kB in every Seller Center page:
// Firefox's `browser` and Chrome's MV3 `chrome` both return promises for everything the content scripts call
// (storage.local.get, runtime.sendMessage). Popup, options and background use the polyfill.
// Here too the one messaging client: content scripts, popup and options send the background every message with `send`.
import type { Browser } from 'webextension-polyfill';
import type { Message } from './messages';

type G = { browser?: Browser; chrome?: Browser };
export const ext: Browser | undefined = (globalThis as G).browser ?? (globalThis as G).chrome;

export type Reply = { ok: true } | { ok: false; reason: string };

type Runtime = { runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> } };

/** The extension was reloaded or removed under this page: nothing can be sent, and a content script must stop. */
export function contextAlive(api: Runtime | undefined = ext): boolean {
  try {
    return !!api?.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * Content scripts pass no `api` (the browser's own promise API); pages pass the polyfill. Never throws: a failure,
 * a refusal and no answer at all each come back as `ok: false` with the reason.
 */
export async function send(message: Message, api: Runtime | undefined = ext): Promise<Reply> {
  if (!contextAlive(api)) return { ok: false, reason: 'extension context gone' };
  try {
    const reply = (await api!.runtime.sendMessage(message)) as { ok?: boolean; reason?: string } | undefined;
    return reply?.ok ? { ok: true } : { ok: false, reason: reply?.reason ?? 'no answer' };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
