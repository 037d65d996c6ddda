import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { effectiveAppState, renewedAt, wrongShopRenewed } from '../shared/appState';
import { sameShop, shopKey } from '../shared/constants';
import { renewalPending } from '../shared/guide';
import type { AppState, ConnectorState, OwnerState } from '../shared/contract';
import { myAppsUrl, SELLER_CENTER_HOSTS } from '../shared/hosts';
import { t } from '../shared/i18n';
import { shortcutLabel } from '../shared/shortcut';
import type { Message } from '../shared/messages';
import type { ConnectorRecord, Evidence, ShopRecord } from '../shared/types';
import { formatDate, relativeTime } from './format';
import { nextSteps, type NextStepId } from './nextStep';
import { pickConnector, pickShop } from './select';
import { useStore, type PopupState, type PopupStore } from './store';

export const PIPE17_APP_URL = 'https://app.pipe17.com';
export const SUPPORT_EMAIL = 'support@pipe17.com';
export const DEFAULT_HOST = 'seller-us.tiktok.com';

type Tone = 'good' | 'warn' | 'bad' | 'busy' | 'unknown';
const ICON: Record<Tone, string> = { good: '✓', warn: '!', bad: '✕', busy: '…', unknown: '?' };

const OWNER: Record<OwnerState, { tone: Tone; key: string }> = {
  owner: { tone: 'good', key: 'popup_ownerYes' },
  'not-owner': { tone: 'bad', key: 'popup_ownerNo' },
  unknown: { tone: 'unknown', key: 'popup_unknown' },
};
const APP: Record<AppState, { tone: Tone; key: string; keyWithDate: string }> = {
  active: { tone: 'good', key: 'popup_appActive', keyWithDate: 'popup_appActiveUntil' },
  expiring: { tone: 'warn', key: 'popup_appExpiring', keyWithDate: 'popup_appExpiringOn' },
  expired: { tone: 'bad', key: 'popup_appExpired', keyWithDate: 'popup_appExpiredOn' },
  unknown: { tone: 'unknown', key: 'popup_unknown', keyWithDate: 'popup_unknown' },
};
const CONNECTOR: Record<ConnectorState, { tone: Tone; key: string }> = {
  connected: { tone: 'good', key: 'popup_connConnected' },
  connecting: { tone: 'busy', key: 'popup_connConnecting' },
  disconnected: { tone: 'bad', key: 'popup_connDisconnected' },
  error: { tone: 'bad', key: 'popup_connError' },
  'not-configured': { tone: 'warn', key: 'popup_connNotConfigured' },
  unknown: { tone: 'unknown', key: 'popup_unknown' },
};

type RowProps = { field: string; state: string; tone: Tone; label: string; value: string; note: string };

/**
 * One status row. `elementtiming` on the value: Chrome then records when that text was first on screen (Element
 * Timing), which is how `npm run bench` times the popup without running anything in it (bench/page.ts,
 * readPopupTiming). An inert attribute: nothing reads it but the Performance API.
 */
function Row({ field, state, tone, label, value, note }: RowProps) {
  return (
    <li class={`row tone-${tone}`} data-field={field} data-state={state}>
      <span class="icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      <div class="row-body">
        <span class="row-label">{label}</span>
        <strong class="row-value" elementtiming="status">
          {value}
        </strong>
        <span class="row-note">{note}</span>
      </div>
    </li>
  );
}

function SkeletonRow() {
  return (
    <li class="row skeleton" aria-hidden="true">
      <span class="icon" />
      <div class="row-body">
        <span class="bar short" />
        <span class="bar" />
      </div>
    </li>
  );
}

/** How often the ages ("seen 2 minutes ago") and the expiry state move on while the popup stays open. */
export const AGE_TICK_MS = 10_000;

const seen = (e: Evidence, now: number, lang: string) =>
  `${e.detail} · ${t('popup_seen', [relativeTime(e.seenAt, now, lang), e.where])}`;

export type View = {
  shop: ShopRecord | undefined;
  connector: ConnectorRecord | undefined;
  owner: OwnerState;
  app: AppState;
  connectorState: ConnectorState;
  steps: NextStepId[];
  /** The shop shown is the one in the active tab. */
  inThisTab: boolean;
  /** The active tab's Seller Center is in this language, which the guide cannot read. */
  otherLanguage: string | null;
  /** The connector was last read before the owner's last (right-shop) renewal completed. */
  readBeforeRenewal: boolean;
  /** The shop Pipe17 uses, when the last renewal went to another Target shop. */
  rightShop: string | null;
  /** When the owner pressed Confirm to install for this shop, while that renewal is under way. */
  renewingSince: number | null;
};

/** Everything the popup shows, derived from the store (pure). */
export function viewOf(s: PopupState, now: number): View {
  const shop = pickShop(s.shops, { selectedKey: s.selectedKey, tab: s.tab, lastShop: s.lastShop });
  const connector = pickConnector(s.connectors, shop?.shop);
  const owner = shop?.owner?.state ?? 'unknown';
  const app = effectiveAppState(shop?.app, now, s.settings.expiryWarningDays);
  const connectorState = connector?.state ?? 'unknown';
  const inThisTab = !!shop && !!s.tab && (shop.key === shopKey(s.tab.host, s.tab.shop) || shop.host === s.tab.host);
  // A renewal says nothing about a connector record that names another shop (the popup then says whose it is).
  const connectorOfShop = !!connector && (!connector.shop || !shop?.shop || sameShop(connector.shop, shop.shop));
  const renewed = connectorOfShop ? renewedAt(shop?.lastRenewal) : undefined;
  const rightShop = wrongShopRenewed(shop?.lastRenewal);
  const pending = s.guide.pendingRenewal;
  // Under way: pending for this shop, and not yet the shop's last renewal (written from it once Pipe17 shows Active).
  const renewing =
    !!shop && !!pending && renewalPending(s.guide, now) && (pending.shopKey === shop.key || pending.host === shop.host) && shop.lastRenewal?.at !== pending.at;
  const steps = nextSteps({
    owner,
    app,
    connector: connectorState,
    connectorSeenAt: connector?.evidence.seenAt,
    renewedAt: renewed,
    wrongShopRenewed: rightShop !== undefined,
    renewing,
  });
  // First: until the tab is in a language the guide reads, it can neither point at the steps nor read the status.
  if (s.tab?.otherLanguage) steps.unshift('switch-language');
  const readBeforeRenewal = !!connector && renewed !== undefined && connector.evidence.seenAt < renewed;
  return {
    shop,
    connector,
    owner,
    app,
    connectorState,
    steps,
    inThisTab,
    otherLanguage: s.tab?.otherLanguage ?? null,
    readBeforeRenewal,
    rightShop: rightShop ?? null,
    renewingSince: renewing ? pending!.at : null,
  };
}

const send = async (message: Message): Promise<{ ok: boolean; reason?: string }> => {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean; reason?: string } | undefined;
    return reply?.ok ? { ok: true } : { ok: false, reason: reply?.reason ?? 'no answer' };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
};

/** A language tag as the owner would say it ("Vietnamese"), in the popup's language; the tag itself if unnamed. */
function languageName(tag: string, uiLang: string): string {
  try {
    const name = new Intl.DisplayNames([uiLang], { type: 'language', fallback: 'none' }).of(tag.replace(/_/g, '-'));
    return name ?? tag;
  } catch {
    return tag;
  }
}

const CONNECTOR_STEP = {
  'open-connector': 'popup_next_openConnector',
  'setup-connector': 'popup_next_setupConnector',
  'check-connector': 'popup_next_checkConnector',
  'still-disconnected': 'popup_next_stillDisconnected',
} as const;

function StepText({ id, host, view, uiLang, now }: { id: NextStepId; host: string; view: View; uiLang: string; now: number }) {
  switch (id) {
    case 'finish-renewal':
      return (
        <a href={myAppsUrl(host)} target="_blank" rel="noopener noreferrer">
          {t('popup_next_finishRenewal', relativeTime(view.renewingSince ?? now, now, uiLang))}
        </a>
      );
    case 'repeat-right-shop':
      return <>{t('popup_next_repeatRightShop', view.rightShop ?? '?')}</>;
    case 'switch-language':
      return <>{t('popup_next_switchLanguage', languageName(view.otherLanguage ?? '?', uiLang))}</>;
    case 'open-my-apps':
      return (
        <a href={myAppsUrl(host)} target="_blank" rel="noopener noreferrer">
          {t('popup_next_openMyApps')}
        </a>
      );
    case 'open-connector':
    case 'setup-connector':
    case 'check-connector':
    case 'still-disconnected':
      return (
        <a href={PIPE17_APP_URL} target="_blank" rel="noopener noreferrer">
          {t(CONNECTOR_STEP[id])}
        </a>
      );
    case 'ask-owner':
      return <>{t('popup_next_askOwner')}</>;
    case 'reauthorize':
      return <>{t('popup_next_reauthorize')}</>;
    case 'wait-connecting':
      return <>{t('popup_next_waitConnecting')}</>;
    case 'all-good':
      return <>{t('popup_next_allGood')}</>;
  }
}

function supportMailto(view: View): string {
  const subject = t('popup_supportSubject');
  const body = t('popup_supportBody', [
    view.shop ? `${view.shop.shop ?? '?'} (${view.shop.host})` : '?',
    view.owner,
    view.app + (view.shop?.app?.expiresAt ? ` (${view.shop.app.expiresAt})` : ''),
    view.connectorState + (view.connector?.stale ? ' (stale)' : '') + (view.readBeforeRenewal ? ' (read before the last renewal)' : ''),
  ]);
  return `mailto:${SUPPORT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

const shopLabel = (s: ShopRecord) => `${s.shop ?? s.host} (${s.region.toUpperCase()})`;

export function App({ store, lang, now = Date.now }: { store: PopupStore; lang: string; now?: () => number }) {
  const state = useStore(store, (s) => s);
  const [status, setStatus] = useState('');
  // A render every AGE_TICK_MS keeps the ages true while the popup stays open. The popup is the extension's own
  // page: this timer costs no Seller Center page anything, and it ends with the popup.
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), AGE_TICK_MS);
    return () => clearInterval(id);
  }, []);
  const ready = state.hydrated && state.tabChecked;
  // Which shop the popup describes is settled once storage is read if the active tab's answer cannot change it: one
  // shop known (or none), or one picked in the switcher. Then the rows, steps and notes derived from that shop show
  // without waiting for the tab question, which crosses to the Seller Center tab's renderer and back; waiting for it
  // kept the rows out of the popup's first frame (bench/README.md, popup first render). "In this tab", the busy
  // state and, with no shop known, the steps still wait for it.
  const shopSettled = state.hydrated && (state.tabChecked || state.shops.length <= 1 || state.selectedKey !== null);
  const at = now();
  const view = viewOf(state, at);
  const { shop, connector } = view;
  // With no shop known, the steps' links go to the tab's Seller Center host: they wait for the tab.
  const stepsReady = shop ? shopSettled : ready;
  const tabHost = state.tab && SELLER_CENTER_HOSTS.includes(state.tab.host) ? state.tab.host : null;
  const host = shop?.host ?? tabHost ?? DEFAULT_HOST;

  const startGuide = async () => {
    setStatus('');
    // On a Seller Center tab the content script picks the start up from storage; elsewhere (the conditions page too) open My apps.
    const reply = tabHost
      ? await send({ type: 'guide/set', mode: 'started' })
      : await send({ type: 'guide/open-my-apps', host });
    if (reply.ok) window.close();
    else setStatus(t('popup_startFailed', reply.reason ?? ''));
  };

  const ownerInfo = OWNER[view.owner];
  const appInfo = APP[view.app];
  const connInfo = CONNECTOR[view.connectorState];
  const expiresAt = shop?.app?.expiresAt;

  // The Pipe17 row read without a verdict on the owner: its Authorize may be in the row's "More" (⋯) menu.
  const ownerNote = shop?.owner ? seen(shop.owner.evidence, at, lang) : t(shop?.app ? 'popup_ownerInMenu' : 'popup_unknownOpenMyApps');
  const appNote = shop?.app ? seen(shop.app.evidence, at, lang) : t('popup_unknownOpenMyApps');
  let connNote = connector ? seen(connector.evidence, at, lang) : t('popup_unknownOpenConnector');
  // A reading older than the renewal says what the connector was, not what it is now; the step says to read it again.
  const connValue = connector?.stale
    ? t('popup_connStaleValue', t(connInfo.key))
    : view.readBeforeRenewal
      ? t('popup_connBeforeRenewalValue', t(connInfo.key))
      : t(connInfo.key);
  if (connector?.shop && shop?.shop && connector.shop !== shop.shop) connNote = `${t('popup_connOtherShop', connector.shop)} ${connNote}`;

  return (
    <main class="popup" aria-busy={ready ? 'false' : 'true'}>
      <header class="head">
        <h1>{t('popup_title')}</h1>
        {state.shops.length > 1 ? (
          <div class="switcher">
            <label for="shop-select">{t('popup_shopLabel')}</label>
            <select
              id="shop-select"
              value={shop?.key ?? ''}
              onChange={(e) => store.select((e.currentTarget as HTMLSelectElement).value)}
            >
              {state.shops.map((s) => (
                <option key={s.key} value={s.key}>
                  {shopLabel(s)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p class="shop-name">{shop ? shopLabel(shop) : shopSettled ? t('popup_noShopYet') : '\u00a0'}</p>
        )}
        {view.inThisTab && <p class="this-tab">{t('popup_inThisTab')}</p>}
      </header>

      {state.notices.length > 0 && (
        <section class="notices" aria-labelledby="notices-heading">
          <h2 id="notices-heading">{t('popup_noticesHeading')}</h2>
          <ul>
            {state.notices
              .slice()
              .reverse()
              .map((n, i) => (
                <li key={`${n.at}-${i}`}>
                  {n.text} <span class="age">({relativeTime(n.at, at, lang)})</span>
                </li>
              ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading" class="visually-hidden">
          {t('popup_statusHeading')}
        </h2>
        <ul class="rows">
          {shopSettled ? (
            <>
              <Row field="owner" state={view.owner} tone={ownerInfo.tone} label={t('popup_ownerLabel')} value={t(ownerInfo.key)} note={ownerNote} />
              <Row
                field="app-status"
                state={view.app}
                tone={appInfo.tone}
                label={t('popup_appLabel')}
                value={expiresAt ? t(appInfo.keyWithDate, formatDate(expiresAt, lang)) : t(appInfo.key)}
                note={appNote}
              />
              <Row
                field="connector"
                state={view.connectorState}
                tone={view.readBeforeRenewal && connInfo.tone === 'bad' ? 'warn' : connInfo.tone}
                label={t('popup_connLabel')}
                value={connValue}
                note={connNote}
              />
            </>
          ) : (
            <>
              <SkeletonRow />
              <SkeletonRow />
              <SkeletonRow />
            </>
          )}
        </ul>
        {shopSettled && !shop && !connector && <p class="guidance">{t('popup_noShopGuidance')}</p>}
        {shopSettled && shop?.lastRenewal?.confirmedAt !== undefined ? (
          <p class="renewal" data-field="last-renewal">
            {t('popup_lastRenewal', [relativeTime(shop.lastRenewal.at, at, lang), shop.lastRenewal.targetShop])}
            {view.rightShop !== null
              ? ` ${t('popup_lastRenewalWrong', view.rightShop)}`
              : ''}
          </p>
        ) : null}
      </section>

      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('popup_nextHeading')}</h2>
        <ul class="steps">
          {stepsReady && view.steps.map((id) => (
            <li key={id} data-step={id}>
              <StepText id={id} host={host} view={view} uiLang={lang} now={at} />
            </li>
          ))}
        </ul>
        <button
          type="button"
          data-action="start-guide"
          class={view.steps.includes('reauthorize') || view.steps.includes('repeat-right-shop') ? 'primary' : 'secondary'}
          onClick={() => void startGuide()}
        >
          {t('popup_startGuide')}
        </button>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </section>

      <details class="troubleshooting">
        <summary>{t('popup_troubleHeading')}</summary>
        <dl>
          <dt>{t('popup_troubleNoAuthorize')}</dt>
          <dd>{t('popup_troubleNoAuthorizeFix')}</dd>
          <dt>{t('popup_troubleNoReauthOnly')}</dt>
          <dd>{t('popup_troubleNoReauthOnlyFix')}</dd>
          <dt>{t('popup_troubleStillDisconnected')}</dt>
          <dd>{t('popup_troubleStillDisconnectedFix')}</dd>
          <dt>{t('popup_troubleWrongShop')}</dt>
          <dd>{t('popup_troubleWrongShopFix')}</dd>
          <dt>{t('popup_troubleNoHighlight')}</dt>
          <dd>{t('popup_troubleNoHighlightFix')}</dd>
          <dt>{t('popup_troubleKeyboard')}</dt>
          <dd>
            {t('popup_troubleKeyboardFix', shortcutLabel())} {t('popup_troubleKeyboardOwnKey')}
          </dd>
        </dl>
      </details>

      <section class="help" aria-labelledby="help-heading">
        <h2 id="help-heading">{t('popup_helpHeading')}</h2>
        <ul>
          <li>
            <a href={PIPE17_APP_URL} target="_blank" rel="noopener noreferrer">
              {t('popup_helpPippen')}
            </a>
          </li>
          <li>
            <a href={supportMailto(view)}>{t('popup_helpRequest')}</a>
          </li>
          <li>
            <a href={`mailto:${SUPPORT_EMAIL}`}>{t('popup_helpEmail', SUPPORT_EMAIL)}</a>
          </li>
        </ul>
      </section>

      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </footer>
    </main>
  );
}
