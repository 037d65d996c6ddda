import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { myAppsUrl, SELLER_CENTER_HOSTS } from '../shared/hosts';
import { t } from '../shared/i18n';
import { send as sendMessage } from '../shared/ext';
import type { Message } from '../shared/messages';
import type { ShopRecord } from '../shared/types';
import { formatDate, relativeTime } from './format';
import { GuideHealth } from './Health';
import { Help, PIPE17_APP_URL, StepText, Troubleshooting } from './Help';
import { Report } from './Report';
import { Rows, SkeletonRows } from './Rows';
import { useStore, type PopupStore } from './store';
import { headlineOf, renewalOffered, viewOf } from './view';

export { PIPE17_APP_URL, SUPPORT_EMAIL } from './Help';
export { viewOf, type View } from './view';
export const DEFAULT_HOST = 'seller-us.tiktok.com';

/** How often the ages ("2 minutes ago") and the expiry state move on while the popup stays open. */
export const AGE_TICK_MS = 10_000;

const send = (message: Message) => sendMessage(message, browser);

// The region tells two shops of one name apart in the switcher; beside a single shop it is noise.
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
  const expiresAt = shop?.app?.expiresAt;
  const head = headlineOf(view, expiresAt ? formatDate(expiresAt, lang) : null);
  const offered = renewalOffered(view, head);

  const startGuide = async () => {
    setStatus('');
    // On a Seller Center tab the content script picks the start up from storage; elsewhere (the conditions page too) open My apps.
    const reply = tabHost
      ? await send({ type: 'guide/set', mode: 'started' })
      : await send({ type: 'guide/open-my-apps', host });
    if (reply.ok) window.close();
    else setStatus(t('popup_startFailed', reply.reason ?? ''));
  };
  const start = (cls: string) => (
    <button type="button" data-action="start-guide" class={cls} onClick={() => void startGuide()}>
      {t('popup_startGuide')}
    </button>
  );

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
          <p class="shop-name">{shop ? (shop.shop ?? shop.host) : shopSettled ? t('popup_noShopYet') : '\u00a0'}</p>
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

      {/* The first line answers "is something wrong, and what do I do"; the rows below are its evidence. */}
      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading" class={`headline tone-${stepsReady ? head.tone : 'unknown'}`} data-field="headline" data-tone={head.tone}>
          {stepsReady ? head.text : t('popup_nextHeading')}
        </h2>
        <ul class="steps">
          {stepsReady &&
            view.steps.map((id) => (
              <li key={id} data-step={id}>
                <StepText id={id} host={host} view={view} uiLang={lang} now={at} />
              </li>
            ))}
        </ul>
        {stepsReady && head.primary === 'check-seller-center' ? (
          <a class="button primary" data-action="check-seller-center" href={myAppsUrl(host)} target="_blank" rel="noopener noreferrer">
            {t('popup_checkSellerCenter')}
          </a>
        ) : null}
        {stepsReady && head.primary === 'open-connector' ? (
          <a class="button primary" data-action="open-connector" href={PIPE17_APP_URL} target="_blank" rel="noopener noreferrer">
            {t('popup_openConnector')}
          </a>
        ) : null}
        {offered ? start(head.primary === 'start-guide' ? 'primary' : 'secondary') : null}
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading" class="evidence-heading">
          {t('popup_statusHeading')}
        </h2>
        <ul class="rows">{shopSettled ? <Rows view={view} now={at} lang={lang} /> : <SkeletonRows />}</ul>
        {shopSettled && !shop && !connector && <p class="guidance">{t('popup_noShopGuidance')}</p>}
        {shopSettled && shop?.lastRenewal?.confirmedAt !== undefined ? (
          <p class="renewal" data-field="last-renewal">
            {t('popup_lastRenewal', [relativeTime(shop.lastRenewal.at, at, lang), shop.lastRenewal.targetShop])}
            {view.rightShop !== null ? ` ${t('popup_lastRenewalWrong', view.rightShop)}` : ''}
          </p>
        ) : null}
      </section>

      <Troubleshooting />
      <GuideHealth health={state.health} now={at} lang={lang} />
      <Report />
      <Help view={view} />

      <footer>
        {/* Not the way forward now (renewed, under way, or authorized): still there for an owner who wants it. */}
        {offered ? null : start('link')}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </footer>
    </main>
  );
}
