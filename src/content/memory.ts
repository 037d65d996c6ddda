// What the content script knows beyond the page: the guide's mode, settings, learned shops.
// It reads storage.local and listens for changes; every write goes through the background.
import browser from 'webextension-polyfill';
import type { Message } from '../shared/messages';
import {
  ConnectorRecord,
  DEFAULT_GUIDE,
  DEFAULT_SETTINGS,
  GuideMemory,
  KEYS,
  parseStored,
  Settings,
  ShopRecord,
} from '../shared/storage';

export interface Stored {
  guide: GuideMemory;
  settings: Settings;
  shops: ShopRecord[];
  connectors: ConnectorRecord[];
}

/** A renewal older than this is forgotten: the owner walked away. */
export const PENDING_RENEWAL_MS = 60 * 60 * 1000;

export function fromStorage(all: Record<string, unknown>): Stored {
  const guide = parseStored(GuideMemory, all[KEYS.guide]);
  const settings = parseStored(Settings, all[KEYS.settings]);
  const shops: ShopRecord[] = [];
  const connectors: ConnectorRecord[] = [];
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith(KEYS.shopPrefix)) {
      const r = parseStored(ShopRecord, v);
      if (r.ok) shops.push(r.value);
    } else if (k.startsWith(KEYS.connectorPrefix)) {
      const r = parseStored(ConnectorRecord, v);
      if (r.ok) connectors.push(r.value);
    }
  }
  return {
    guide: guide.ok ? guide.value : DEFAULT_GUIDE,
    settings: settings.ok ? settings.value : DEFAULT_SETTINGS,
    shops,
    connectors,
  };
}

export async function loadStored(): Promise<Stored> {
  return fromStorage(await browser.storage.local.get(null));
}

export function onStoredChange(cb: () => void, signal: AbortSignal): void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') cb();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone: nothing left to remove.
    }
  });
}

/** The extension was reloaded or removed under this page: this script must stop. */
export function contextAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

export async function send(message: Message): Promise<boolean> {
  if (!contextAlive()) return false;
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
    return reply?.ok !== false;
  } catch {
    return false;
  }
}

/**
 * The Target shop the owner expects: set in options for this region, else the shop the Pipe17 connector page
 * names, else the shop last re-authorized on this host. Undefined when nothing is known.
 */
export function expectedShop(s: Stored, host: string, region: string): string | undefined {
  const set = s.settings.expectedShops[region]?.trim();
  if (set) return set;
  const connector = [...s.connectors].filter((c) => c.shop).sort((a, b) => b.evidence.seenAt - a.evidence.seenAt)[0];
  if (connector?.shop) return connector.shop;
  const renewed = s.shops
    .filter((r) => r.host === host && r.lastRenewal)
    .sort((a, b) => b.lastRenewal!.at - a.lastRenewal!.at)[0];
  // A renewal that went to the wrong shop still knows which one was expected.
  return renewed?.lastRenewal?.expectedShop ?? renewed?.lastRenewal?.targetShop;
}

export function renewalPending(g: GuideMemory, now: number): boolean {
  return !!g.pendingRenewal && now - g.pendingRenewal.at < PENDING_RENEWAL_MS;
}
