// The one reader of storage.local's items, for every side. Storage is written only by the background, which checks
// every record with the schemas in shared/storage.ts and drops bad ones with a notice; readers pass their own check
// per record: the popup those schemas, a content script (in every Seller Center page, without valibot) the
// structural checks below. Either way, what does not pass is left out, never trusted, never crashed on.
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from './constants';
import { GUIDE_MODES, type ConnectorRecord, type GuideMemory, type Notice, type Settings, type ShopRecord } from './types';

export interface Stored {
  guide: GuideMemory;
  settings: Settings;
  /** Newest seen first. */
  shops: ShopRecord[];
  /** By slot: the shop name, or "default" (the key without its prefix). */
  connectors: Map<string, ConnectorRecord>;
  notices: Notice[];
  lastShop: string | null;
  /** Keys of the shop records that need no attention now (KEYS.calm). */
  calm: string[];
}

/** One check per kind of record: the record as its type, or undefined to leave it out. */
export interface Checks {
  guide(x: unknown): GuideMemory | undefined;
  settings(x: unknown): Settings | undefined;
  shop(x: unknown): ShopRecord | undefined;
  connector(x: unknown): ConnectorRecord | undefined;
  notices(x: unknown): Notice[] | undefined;
}

export function readStored(all: Record<string, unknown>, check: Checks): Stored {
  const shops: ShopRecord[] = [];
  const connectors = new Map<string, ConnectorRecord>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(KEYS.shopPrefix)) {
      const r = check.shop(value);
      if (r) shops.push(r);
    } else if (key.startsWith(KEYS.connectorPrefix)) {
      const r = check.connector(value);
      if (r) connectors.set(key.slice(KEYS.connectorPrefix.length), r);
    }
  }
  shops.sort((a, b) => b.seenAt - a.seenAt);
  const lastShop = all[KEYS.lastShop];
  const calm = all[KEYS.calm];
  return {
    guide: check.guide(all[KEYS.guide]) ?? DEFAULT_GUIDE,
    settings: check.settings(all[KEYS.settings]) ?? DEFAULT_SETTINGS,
    shops,
    connectors,
    notices: check.notices(all[KEYS.notices]) ?? [],
    lastShop: typeof lastShop === 'string' ? lastShop : null,
    calm: Array.isArray(calm) ? calm.filter(str) : [],
  };
}

const isObj = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null && !Array.isArray(x); // eslint-disable-line @typescript-eslint/no-explicit-any
const str = (x: unknown): x is string => typeof x === 'string';
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Light checks of the fields a content script uses; anything else in a record is taken as the background wrote it. */
export const structural: Checks = {
  guide: (g) => {
    if (!isObj(g) || !GUIDE_MODES.includes(g.mode)) return undefined;
    const p = g.pendingRenewal;
    return {
      ...DEFAULT_GUIDE,
      mode: g.mode,
      ...(isObj(p) && num(p.at) && str(p.targetShop) && str(p.host) ? { pendingRenewal: p as GuideMemory['pendingRenewal'] } : {}),
      ...(Array.isArray(g.afterSteps) ? { afterSteps: g.afterSteps.filter(str) } : {}),
    };
  },
  settings: (x) => {
    const st = isObj(x) ? x : {};
    return {
      ...DEFAULT_SETTINGS,
      expectedShops: isObj(st.expectedShops) ? (st.expectedShops as Record<string, string>) : {},
      contactEmail: str(st.contactEmail) ? st.contactEmail : '',
      launcher: st.launcher === 'always' ? 'always' : st.launcher !== false,
    };
  },
  shop: (v) => {
    if (!isObj(v) || !str(v.key) || !str(v.host) || !num(v.seenAt)) return undefined;
    // The record's identity (the launcher looks its key up in KEYS.calm), and its last renewal only when it has the
    // fields the expected shop is read from.
    const { lastRenewal: r, ...rest } = v;
    const renewal = isObj(r) && num(r.at) && num(r.confirmedAt) && str(r.targetShop) ? { lastRenewal: r } : {};
    return { ...rest, shop: str(v.shop) ? v.shop : null, ...renewal } as ShopRecord;
  },
  connector: (v) => (isObj(v) && str(v.shop) && isObj(v.evidence) && num(v.evidence.seenAt) ? (v as ConnectorRecord) : undefined),
  notices: () => undefined,
};
