// An in-memory stand-in for the parts of `browser.*` the extension uses, for unit tests.
// Use: vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));
// and call resetFakeBrowser() in beforeEach.
import messages from '../../public/_locales/en/messages.json';

type Fn = (...args: never[]) => unknown;

export class FakeEvent<L extends Fn> {
  readonly listeners = new Set<L>();
  addListener(l: L): void {
    this.listeners.add(l);
  }
  removeListener(l: L): void {
    this.listeners.delete(l);
  }
  hasListener(l: L): boolean {
    return this.listeners.has(l);
  }
  /** Call every listener; returns what they returned. */
  emit(...args: Parameters<L>): unknown[] {
    return [...this.listeners].map((l) => l(...args));
  }
}

type Change = { oldValue?: unknown; newValue?: unknown };
type Sender = { id?: string; url?: string; tab?: { id?: number; url?: string } };

const EXT_ID = 'fake-extension-id';
const clone = <T>(x: T): T => (x === undefined ? x : structuredClone(x));

type LocaleEntry = { message: string; placeholders?: Record<string, { content: string }> };

/** chrome.i18n.getMessage as far as tests need it: named placeholders, then $1..$9. */
export function fakeGetMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, LocaleEntry | undefined>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

export function createFakeBrowser() {
  let data: Record<string, unknown> = {};
  const onChanged = new FakeEvent<(changes: Record<string, Change>, area: string) => void>();
  const emitChanges = (changes: Record<string, Change>) => {
    if (Object.keys(changes).length) onChanged.emit(changes, 'local');
  };

  const local = {
    async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
      if (keys === null || keys === undefined) return clone(data);
      const out: Record<string, unknown> = {};
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      for (const k of list) {
        if (k in data) out[k] = clone(data[k]);
        else if (keys && typeof keys === 'object' && !Array.isArray(keys)) out[k] = (keys as Record<string, unknown>)[k];
      }
      return out;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const changes: Record<string, Change> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: clone(data[k]), newValue: clone(v) };
        data[k] = clone(v);
      }
      emitChanges(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      const changes: Record<string, Change> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (k in data) {
          changes[k] = { oldValue: data[k] };
          delete data[k];
        }
      }
      emitChanges(changes);
    },
    async clear(): Promise<void> {
      const changes: Record<string, Change> = {};
      for (const k of Object.keys(data)) changes[k] = { oldValue: data[k] };
      data = {};
      emitChanges(changes);
    },
  };

  const badge = { text: '', color: '' as unknown, title: '' };
  const alarms = new Map<string, { name: string; periodInMinutes?: number }>();
  const createdTabs: { url?: string }[] = [];
  const sentToRuntime: unknown[] = [];

  const fake = {
    /** Test controls. */
    _: {
      get data() {
        return data;
      },
      set data(d: Record<string, unknown>) {
        data = clone(d);
      },
      badge,
      alarms,
      createdTabs,
      sentToRuntime,
      /** What runtime.sendMessage answers (popup/options tests). */
      runtimeReply: (async () => ({ ok: true })) as (msg: unknown) => Promise<unknown>,
      /** The active tab tabs.query returns, or none. */
      activeTab: undefined as { id?: number; url?: string } | undefined,
      /** What tabs.sendMessage answers; throw to simulate "no receiving end". */
      tabReply: (async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }) as (tabId: number, msg: unknown) => Promise<unknown>,
      /** Deliver a runtime message to the registered onMessage listeners, as the browser would. */
      async deliver(message: unknown, sender: Sender): Promise<unknown> {
        const results = fake.runtime.onMessage.emit(message, sender);
        return results.find((r) => r !== undefined);
      },
    },
    storage: { local, onChanged },
    runtime: {
      id: EXT_ID,
      getURL: (path: string) => `chrome-extension://${EXT_ID}/${path.replace(/^\//, '')}`,
      onMessage: new FakeEvent<(message: unknown, sender: Sender) => unknown>(),
      onInstalled: new FakeEvent<(details: { reason: string }) => void>(),
      onStartup: new FakeEvent<() => void>(),
      optionsOpened: 0,
      async openOptionsPage(): Promise<void> {
        fake.runtime.optionsOpened++;
      },
      async sendMessage(message: unknown): Promise<unknown> {
        sentToRuntime.push(clone(message));
        return fake._.runtimeReply(message);
      },
    },
    i18n: { getMessage: fakeGetMessage, getUILanguage: () => 'en' },
    action: {
      async setBadgeText(d: { text: string | null }) {
        badge.text = d.text ?? '';
      },
      async setBadgeBackgroundColor(d: { color: unknown }) {
        badge.color = d.color;
      },
      async setTitle(d: { title: string | null }) {
        badge.title = d.title ?? '';
      },
    },
    alarms: {
      async create(name: string, info: { periodInMinutes?: number }) {
        alarms.set(name, { name, ...info });
      },
      async get(name: string) {
        return alarms.get(name);
      },
      onAlarm: new FakeEvent<(alarm: { name: string }) => void>(),
    },
    commands: {
      onCommand: new FakeEvent<(command: string, tab: { id?: number } | undefined) => void>(),
    },
    tabs: {
      async query(_q: unknown) {
        return fake._.activeTab ? [fake._.activeTab] : [];
      },
      async sendMessage(tabId: number, message: unknown) {
        return fake._.tabReply(tabId, message);
      },
      async create(props: { url?: string }) {
        createdTabs.push(props);
        return { id: 100 + createdTabs.length, ...props };
      },
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** One shared instance, so vi.mock can hand it out and tests can reset it. */
export const fakeBrowser: FakeBrowser = createFakeBrowser();

export function resetFakeBrowser(): FakeBrowser {
  const fresh = createFakeBrowser();
  // Keep the same object identity (modules hold a reference to it), swap everything inside.
  Object.assign(fakeBrowser, fresh);
  return fakeBrowser;
}

export const FAKE_EXTENSION_ID = EXT_ID;
