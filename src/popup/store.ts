// The popup's state: storage.local, parsed, kept live through storage.onChanged, plus which tab it opened over.
// zustand/vanilla with a small Preact hook, so no React is pulled into the bundle.
import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { KEYS } from '../shared/constants';
import type { Health } from '../shared/health';
import { healthFromStorage } from '../shared/healthSchema';
import { TabIdentity, type TabIdentity as TabIdentityT } from '../shared/messages';
import { schemaChecks } from '../shared/storage';
import { readStored } from '../shared/stored';
import * as v from 'valibot';
import type { ConnectorRecord, GuideMemory, Notice, Settings, ShopRecord } from '../shared/types';

export type PopupState = {
  /** storage.local has been read once. */
  hydrated: boolean;
  /** The active tab has answered tab/identify, or could not. */
  tabChecked: boolean;
  tab: TabIdentityT | null;
  shops: ShopRecord[];
  connectors: Map<string, ConnectorRecord>;
  settings: Settings;
  guide: GuideMemory;
  notices: Notice[];
  lastShop: string | null;
  /** The shop picked in the switcher. */
  selectedKey: string | null;
  /** What the guide found of each part on the last Seller Center pages it read. */
  health: Health;
};

/** Derive the popup's data from the raw storage items; anything that fails its schema is left out (the background drops it). */
export const fromStorage = (raw: Record<string, unknown>): Pick<PopupState, 'shops' | 'connectors' | 'settings' | 'guide' | 'notices' | 'lastShop' | 'health'> => ({
  ...readStored(raw, schemaChecks),
  health: healthFromStorage(raw[KEYS.health]),
});

export type PopupStore = StoreApi<PopupState> & {
  /** Read storage, listen for changes and ask the active tab which shop it shows. Returns a stop function. */
  start(): () => void;
  select(key: string): void;
};

/** How long to wait for the content script to say which shop the tab shows. */
const IDENTIFY_TIMEOUT_MS = 400;

type Changes = Record<string, browser.Storage.StorageChange>;

async function askActiveTab(): Promise<unknown> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : browser.tabs.sendMessage(tab.id, { type: 'tab/identify' });
}

async function identifyActiveTab(): Promise<TabIdentityT | null> {
  try {
    const answer = await Promise.race([askActiveTab(), new Promise((resolve) => setTimeout(() => resolve(null), IDENTIFY_TIMEOUT_MS))]);
    const parsed = v.safeParse(TabIdentity, answer);
    return parsed.success ? parsed.output : null;
  } catch {
    // No content script in this tab (not a Seller Center page): fall back to the last seen shop.
    return null;
  }
}

export function createPopupStore(): PopupStore {
  let raw: Record<string, unknown> = {};
  const store = createStore<PopupState>(() => ({
    hydrated: false,
    tabChecked: false,
    tab: null,
    ...fromStorage({}),
    selectedKey: null,
  }));

  const start = () => {
    let stopped = false;
    let hydrated = false;
    // Changes seen before the first read answers: replayed over it in order, so the last word on each key wins
    // (a change the read already holds is set again to the same value; a key removed after the read goes).
    const pending: Changes[] = [];
    const apply = (changes: Changes) => {
      raw = { ...raw };
      for (const [key, change] of Object.entries(changes)) {
        if (change.newValue === undefined) delete raw[key];
        else raw[key] = change.newValue;
      }
    };
    const onChanged = (changes: Changes, area: string) => {
      if (area !== 'local' || stopped) return;
      if (!hydrated) return void pending.push(changes);
      apply(changes);
      store.setState(fromStorage(raw));
    };
    // The listener goes on before the read, so no change can fall between them.
    browser.storage.onChanged.addListener(onChanged);
    void browser.storage.local
      .get(null)
      .catch((error: unknown) => {
        // Not seen here; if it happens the popup shows "nothing known yet" rather than waiting forever.
        console.warn('[pipe17] storage.local could not be read:', error);
        return {};
      })
      .then((items) => {
        if (stopped) return;
        raw = { ...items };
        for (const changes of pending.splice(0)) apply(changes);
        hydrated = true;
        store.setState({ ...fromStorage(raw), hydrated: true });
      });
    void identifyActiveTab().then((tab) => {
      if (!stopped) store.setState({ tab, tabChecked: true });
    });
    return () => {
      stopped = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  };

  return Object.assign(store, { start, select: (key: string) => store.setState({ selectedKey: key }) });
}

/**
 * Subscribe a component to a slice of the store. A layout effect, not `useEffect`: Preact runs effects after the
 * next frame, so a storage answer arriving before it would wait a frame to show (the rows painted ~10 ms later).
 */
export function useStore<T>(store: StoreApi<PopupState>, select: (s: PopupState) => T): T {
  const [value, setValue] = useState(() => select(store.getState()));
  useLayoutEffect(() => {
    setValue(select(store.getState()));
    return store.subscribe((s) => setValue(() => select(s)));
    // The selector is meant to be stable in meaning: no need to re-subscribe when its identity changes.
  }, [store]);
  return value;
}
