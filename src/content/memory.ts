// What the content script knows beyond the page: the guide's mode, settings, learned shops.
// It reads storage.local and listens for changes; every write goes through the background.
import { ext } from '../shared/ext';
import type { Message } from '../shared/messages';
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import type { ConnectorRecord, GuideMemory, Settings, ShopRecord } from '../shared/storage';

export interface Stored {
  guide: GuideMemory;
  settings: Settings;
  shops: ShopRecord[];
  connectors: ConnectorRecord[];
}

const isObj = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null && !Array.isArray(x); // eslint-disable-line @typescript-eslint/no-explicit-any
const str = (x: unknown): x is string => typeof x === 'string';
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Storage is written only by the background, which validates every record with the schemas in shared/storage.ts
 * (and drops bad ones with a notice). Here, in every Seller Center page, a light structural check is enough:
 * what does not look right is ignored, never trusted, never crashed on.
 */
export function fromStorage(all: Record<string, unknown>): Stored {
  const g = all[KEYS.guide];
  const p = isObj(g) ? g.pendingRenewal : null;
  const guide: GuideMemory =
    isObj(g) && ['auto', 'started', 'dismissed'].includes(g.mode)
      ? {
          ...DEFAULT_GUIDE,
          mode: g.mode,
          ...(isObj(p) && num(p.at) && str(p.targetShop) && str(p.host) ? { pendingRenewal: p as GuideMemory['pendingRenewal'] } : {}),
          ...(Array.isArray(g.afterSteps) ? { afterSteps: g.afterSteps.filter(str) } : {}),
        }
      : DEFAULT_GUIDE;
  const st = isObj(all[KEYS.settings]) ? (all[KEYS.settings] as Record<string, unknown>) : {};
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    expectedShops: isObj(st.expectedShops) ? (st.expectedShops as Record<string, string>) : {},
    contactEmail: str(st.contactEmail) ? st.contactEmail : '',
    launcher: st.launcher !== false,
  };
  const shops: ShopRecord[] = [];
  const connectors: ConnectorRecord[] = [];
  for (const [k, v] of Object.entries(all)) {
    if (!isObj(v)) continue;
    const r = v.lastRenewal;
    if (k.startsWith(KEYS.shopPrefix) && str(v.host) && isObj(r) && num(r.at) && num(r.confirmedAt) && str(r.targetShop)) shops.push(v as ShopRecord);
    else if (k.startsWith(KEYS.connectorPrefix) && str(v.shop) && isObj(v.evidence) && num(v.evidence.seenAt)) connectors.push(v as ConnectorRecord);
  }
  return { guide, settings, shops, connectors };
}

export async function loadStored(): Promise<Stored> {
  try {
    return fromStorage((await ext?.storage.local.get(null)) ?? {});
  } catch {
    return fromStorage({});
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

/** The extension was reloaded or removed under this page: this script must stop. */
export function contextAlive(): boolean {
  try {
    return !!ext?.runtime?.id;
  } catch {
    return false;
  }
}

export async function send(message: Message): Promise<boolean> {
  if (!contextAlive()) return false;
  try {
    const reply = (await ext!.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
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
  const set = s.settings.expectedShops[region];
  if (typeof set === 'string' && set.trim()) return set.trim();
  const connector = [...s.connectors].filter((c) => c.shop).sort((a, b) => b.evidence.seenAt - a.evidence.seenAt)[0];
  if (connector?.shop) return connector.shop;
  const renewed = s.shops
    .filter((r) => r.host === host && r.lastRenewal)
    .sort((a, b) => b.lastRenewal!.at - a.lastRenewal!.at)[0];
  // A renewal that went to the wrong shop still knows which one was expected.
  return renewed?.lastRenewal?.expectedShop ?? renewed?.lastRenewal?.targetShop;
}

