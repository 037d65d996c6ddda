// Pure: is this runtime message one we accept, from whom? Shape (valibot) and sender both count.
import { hostOf, isAuthorizationHost, isPipe17Host, isSellerCenterHost, SELLER_CENTER_HOSTS } from '../shared/hosts';
import { ALLOWED, parseMessage, type Message, type SenderKind } from '../shared/messages';

export type SenderInfo = { id?: string | undefined; url?: string | undefined; tab?: { id?: number | undefined; url?: string | undefined } | undefined };
export type ExtensionIdentity = { id: string; baseUrl: string };

export type Verdict = { ok: true; message: Message; kind: SenderKind } | { ok: false; reason: string };

export function classifySender(sender: SenderInfo, self: ExtensionIdentity): SenderKind {
  const url = sender.url ?? sender.tab?.url;
  // Our own pages first: the options page opens in a tab, so it has a `tab` too.
  // A content script's sender.url is the page's URL, never ours.
  if (url && url.startsWith(self.baseUrl)) return 'extension-page';
  if (!sender.tab || !url) return 'other';
  if (isSellerCenterHost(url) || isAuthorizationHost(url)) return 'seller-center';
  if (isPipe17Host(url)) return 'pipe17';
  return 'other';
}

export function checkMessage(raw: unknown, sender: SenderInfo, self: ExtensionIdentity): Verdict {
  if (sender.id !== self.id) return { ok: false, reason: `foreign sender id ${String(sender.id)}` };
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, reason: `malformed message: ${parsed.reason}` };
  const message = parsed.message;
  const kind = classifySender(sender, self);
  if (!ALLOWED[message.type].includes(kind)) return { ok: false, reason: `${message.type} not accepted from ${kind}` };
  if (kind === 'seller-center' && 'host' in message) {
    // sender.url is the frame's URL; the content script runs in the top frame only, so it is the tab's.
    const senderHost = hostOf(sender.url ?? sender.tab?.url);
    if (message.host !== senderHost) {
      return { ok: false, reason: `${message.type} host ${message.host} does not match sender host ${String(senderHost)}` };
    }
    if (!SELLER_CENTER_HOSTS.includes(message.host)) {
      return { ok: false, reason: `${message.type} host ${message.host} is not a Seller Center host` };
    }
  }
  if (message.type === 'guide/open-my-apps' && !SELLER_CENTER_HOSTS.includes(message.host)) {
    return { ok: false, reason: `guide/open-my-apps host ${message.host} is not a Seller Center host` };
  }
  return { ok: true, message, kind };
}

/**
 * The renewal outbox in storage.local: only the extension's own scripts can write there (pages cannot), so there
 * is no sender to check, but the shape and the host are checked exactly as for the message it stands in for.
 */
export function checkOutbox(
  raw: unknown,
): { ok: true; message: Extract<Message, { type: 'renewal/confirmed' | 'renewal/cancelled' }> } | { ok: false; reason: string } {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, reason: `malformed outbox: ${parsed.reason}` };
  const message = parsed.message;
  if (message.type === 'renewal/cancelled') return { ok: true, message };
  if (message.type !== 'renewal/confirmed') return { ok: false, reason: `outbox holds ${message.type}` };
  if (!SELLER_CENTER_HOSTS.includes(message.host)) return { ok: false, reason: `outbox host ${message.host} is not a Seller Center host` };
  return { ok: true, message };
}
