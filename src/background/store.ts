// The background's view of storage.local: every read validated, bad records dropped with a notice,
// every write serialized so two messages handled at once cannot lose each other's update.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { DEFAULT_GUIDE, DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { ConnectorRecord, GuideMemory, MAX_NOTICES, Notices, parseStored, Settings, ShopRecord, type Notice } from '../shared/storage';

export type Snapshot = {
  /** By shop key (without the prefix). */
  shops: Map<string, ShopRecord>;
  /** By slot: shop name or "default" (without the prefix). */
  connectors: Map<string, ConnectorRecord>;
  settings: Settings;
  guide: GuideMemory;
  notices: Notice[];
  lastShop: string | null;
};

let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every task queued before it. A failure does not block the tasks after it. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** Notices to add, newest last, keeping only MAX_NOTICES. */
export function appendNotices(notices: readonly Notice[], added: readonly Notice[]): Notice[] {
  return [...notices, ...added].slice(-MAX_NOTICES);
}

/**
 * Read everything, validating each record. Records that fail (corrupt, or written by another
 * schema version) are removed and a notice says so; settings and guide fall back to defaults.
 */
export async function readAll(now = Date.now()): Promise<Snapshot> {
  const raw = await browser.storage.local.get(null);
  const snap: Snapshot = {
    shops: new Map(),
    connectors: new Map(),
    settings: DEFAULT_SETTINGS,
    guide: DEFAULT_GUIDE,
    notices: [],
    lastShop: null,
  };
  const dropped: string[] = [];
  const added: Notice[] = [];
  const rewrite: Record<string, unknown> = {};
  const drop = (key: string, what: string, reason: string) => {
    console.warn(`[pipe17-reauth] dropped stored ${key}: ${reason}`);
    dropped.push(key);
    added.push({ at: now, text: t('bg_noticeDropped', what).slice(0, 500) });
  };

  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(KEYS.shopPrefix)) {
      const r = parseStored(ShopRecord, value);
      if (r.ok) snap.shops.set(key.slice(KEYS.shopPrefix.length), r.value);
      else drop(key, t('bg_whatShop', key.slice(KEYS.shopPrefix.length)), r.reason);
    } else if (key.startsWith(KEYS.connectorPrefix)) {
      const r = parseStored(ConnectorRecord, value);
      if (r.ok) snap.connectors.set(key.slice(KEYS.connectorPrefix.length), r.value);
      else drop(key, t('bg_whatConnector', key.slice(KEYS.connectorPrefix.length)), r.reason);
    } else if (key === KEYS.settings) {
      const r = parseStored(Settings, value);
      if (r.ok) snap.settings = r.value;
      else {
        drop(key, t('bg_whatSettings'), r.reason);
        rewrite[KEYS.settings] = DEFAULT_SETTINGS;
      }
    } else if (key === KEYS.guide) {
      const r = parseStored(GuideMemory, value);
      if (r.ok) snap.guide = r.value;
      else {
        drop(key, t('bg_whatGuide'), r.reason);
        rewrite[KEYS.guide] = DEFAULT_GUIDE;
      }
    } else if (key === KEYS.notices) {
      const r = parseStored(Notices, value);
      if (r.ok) snap.notices = r.value;
      else {
        console.warn(`[pipe17-reauth] dropped stored notices: ${r.reason}`);
        rewrite[KEYS.notices] = [];
      }
    } else if (key === KEYS.lastShop) {
      if (typeof value === 'string' && value.length <= 400) snap.lastShop = value;
      else dropped.push(key);
    }
  }

  // A key rewritten with its default is not removed first: a listener would see it vanish for a moment.
  const toRemove = dropped.filter((k) => !(k in rewrite));
  if (toRemove.length) await browser.storage.local.remove(toRemove);
  if (added.length) {
    snap.notices = appendNotices(snap.notices, added);
    rewrite[KEYS.notices] = snap.notices;
  }
  if (Object.keys(rewrite).length) await browser.storage.local.set(rewrite);
  return snap;
}

/**
 * Whether a value just written under `key` is one readAll would drop. The background reads storage only when a
 * message or alarm comes, so without this a bad record written meanwhile sits unseen: the popup skips it silently.
 */
export function unreadable(key: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (key.startsWith(KEYS.shopPrefix)) return !parseStored(ShopRecord, value).ok;
  if (key.startsWith(KEYS.connectorPrefix)) return !parseStored(ConnectorRecord, value).ok;
  if (key === KEYS.settings) return !parseStored(Settings, value).ok;
  if (key === KEYS.guide) return !parseStored(GuideMemory, value).ok;
  return false;
}

/** Write defaults for whatever is missing (first install, after clearing). */
export async function ensureDefaults(): Promise<void> {
  const have = await browser.storage.local.get([KEYS.settings, KEYS.guide]);
  const missing: Record<string, unknown> = {};
  if (!(KEYS.settings in have)) missing[KEYS.settings] = DEFAULT_SETTINGS;
  if (!(KEYS.guide in have)) missing[KEYS.guide] = DEFAULT_GUIDE;
  if (Object.keys(missing).length) await browser.storage.local.set(missing);
}
