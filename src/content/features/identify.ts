// Tab identify: from our own extension only, and only these exact messages. The popup asks which shop this tab
// shows, or for the support report; the background passes on the owner's own key for the focus shortcut (set in the
// browser's extension shortcuts).
import { ext } from '../../shared/ext';
import { GUIDE_FOCUS } from '../../shared/shortcut';
import { shopName, type Context } from '../context';
import { unreadLanguage } from '../language';
import type { Facts } from '../steps';
import { toggleFocus } from './focus';

/** The support report, its builder loaded only now (content/report/): never part of every Seller Center page. */
export const buildReport = (ctx: Context): Promise<string> => import('../report/collect').then((m) => m.collect(ctx));

/** The answer to one runtime message (a promise for the report); undefined for anything this tab does not answer. */
export function answer(ctx: Context, raw: unknown, sender: { id?: string }): unknown {
  if (sender.id !== ext?.runtime.id) return undefined;
  const type = typeof raw === 'object' && raw !== null && Object.keys(raw).length === 1 ? (raw as { type?: unknown }).type : null;
  if (type === GUIDE_FOCUS) return { moved: toggleFocus(ctx) };
  if (type === 'tab/report') return buildReport(ctx).then((report) => ({ report }));
  if (type !== 'tab/identify') return undefined;
  const lang = document.documentElement.lang;
  const reply = (facts: Facts | null) => {
    const otherLanguage = unreadLanguage(facts, lang);
    return { host: ctx.place.host, shop: shopName(ctx), ...(otherLanguage ? { otherLanguage } : {}) };
  };
  // No word read here: the navigation read by structure may still lead on, and then switching to English is no advice.
  const f = ctx.facts;
  return f && !f.nav && unreadLanguage(f, lang) ? import('../ui').then((ui) => reply({ ...f, nav: ui.readNavigation(document) })) : reply(f);
}

export function init(ctx: Context, signal: AbortSignal): void {
  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    const reply = answer(ctx, raw, sender);
    if (!(reply instanceof Promise)) {
      if (reply !== undefined) sendResponse(reply);
      return false;
    }
    // Answered later: `true` keeps the channel open until then (Chrome does not take a returned promise).
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  ext?.runtime.onMessage.addListener(onMessage as never);
  signal.addEventListener('abort', () => {
    try {
      ext?.runtime.onMessage.removeListener(onMessage as never);
    } catch {
      // The extension context is gone: nothing left to remove.
    }
  });
}
