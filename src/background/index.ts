// MV3 service worker. It can be stopped at any moment: every listener is registered synchronously
// at the top level, and everything it knows lives in storage.local.
import browser from 'webextension-polyfill';
import { drainRenewalOutbox, onCommand, onRuntimeMessage, refreshBadge } from './handlers';
import { KEYS } from '../shared/constants';
import { ensureDefaults, unreadable } from './store';

export const EXPIRY_ALARM = 'expiry-check';
export const WELCOME_PAGE = 'src/welcome/index.html';

async function ensureAlarm(): Promise<void> {
  // Re-creating an existing alarm would push its next run back a day on every browser start.
  if (!(await browser.alarms.get(EXPIRY_ALARM))) {
    await browser.alarms.create(EXPIRY_ALARM, { periodInMinutes: 24 * 60 });
  }
}

async function wakeUp(): Promise<void> {
  try {
    await ensureDefaults();
    await ensureAlarm();
    await refreshBadge();
    await drainRenewalOutbox();
  } catch (e) {
    console.warn('[pipe17-reauth] start-up failed', e);
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  onRuntimeMessage(message, sender),
);

browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

browser.runtime.onInstalled.addListener(() => void wakeUp());
// The welcome page on a first install only: an update or a browser update opening a tab would be a tab nobody asked for.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((e: unknown) => console.warn('[pipe17-reauth] welcome page', e));
});
browser.runtime.onStartup.addListener(() => void wakeUp());

// A record nobody can read (another writer, a restored old copy) is dropped at once, with the notice the popup shows.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  // A content script left a confirmed renewal in the outbox (its message may have been lost): apply it.
  if (changes[KEYS.renewalOutbox]?.newValue !== undefined) {
    void drainRenewalOutbox().catch((e: unknown) => console.warn('[pipe17-reauth] renewal outbox', e));
  }
  if (!Object.entries(changes).some(([key, change]) => unreadable(key, change.newValue))) return;
  void refreshBadge().catch((e: unknown) => console.warn('[pipe17-reauth] dropping unreadable records', e));
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === EXPIRY_ALARM) void refreshBadge().catch((e: unknown) => console.warn('[pipe17-reauth] badge', e));
});
