// What the content script knows beyond the page: the guide's mode, settings, learned shops.
// It reads storage.local and listens for changes; every write goes through the background.
import { ext } from '../shared/ext';
import { readStored, structural, type Stored } from '../shared/stored';

export type { Stored };

export async function loadStored(): Promise<Stored> {
  try {
    return readStored((await ext?.storage.local.get(null)) ?? {}, structural);
  } catch {
    return readStored({}, structural);
  }
}

export function onStoredChange(cb: () => void, signal: AbortSignal): void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') cb();
  };
  ext?.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      ext?.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone: nothing left to remove.
    }
  });
}

/**
 * The Target shop the owner expects: set in options for this region, else the shop the Pipe17 connector page
 * names, else the shop last re-authorized on this host. Undefined when nothing is known.
 */
export function expectedShop(s: Stored, host: string, region: string): string | undefined {
  const set = s.settings.expectedShops[region];
  if (typeof set === 'string' && set.trim()) return set.trim();
  const connector = [...s.connectors.values()].filter((c) => c.shop).sort((a, b) => b.evidence.seenAt - a.evidence.seenAt)[0];
  if (connector?.shop) return connector.shop;
  const renewed = s.shops
    .filter((r) => r.host === host && r.lastRenewal)
    .sort((a, b) => b.lastRenewal!.at - a.lastRenewal!.at)[0];
  // A renewal that went to the wrong shop still knows which one was expected.
  return renewed?.lastRenewal?.expectedShop ?? renewed?.lastRenewal?.targetShop;
}
