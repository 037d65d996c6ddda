// The one messaging client: content scripts, popup and options send the background every message through it.
// Content scripts pass nothing (the browser's own promise API, no polyfill in the page); pages pass the polyfill.
import { ext } from './ext';
import type { Message } from './messages';

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

/** Never throws: a failure, a refusal and no answer at all each come back as `ok: false` with the reason. */
export async function send(message: Message, api: Runtime | undefined = ext): Promise<Reply> {
  if (!contextAlive(api)) return { ok: false, reason: 'extension context gone' };
  try {
    const reply = (await api!.runtime.sendMessage(message)) as { ok?: boolean; reason?: string } | undefined;
    return reply?.ok ? { ok: true } : { ok: false, reason: reply?.reason ?? 'no answer' };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
