// The popup's three status rows: the evidence under its first line.
import type { AppState, ConnectorState, OwnerState } from '../shared/contract';
import { t } from '../shared/i18n';
import type { Evidence } from '../shared/types';
import { formatDate, relativeTime } from './format';
import type { View } from './view';

export type Tone = 'good' | 'warn' | 'bad' | 'busy' | 'unknown';
const ICON: Record<Tone, string> = { good: '✓', warn: '!', bad: '✕', busy: '…', unknown: '–' };

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
        {note ? <span class="row-note">{note}</span> : null}
      </div>
    </li>
  );
}

export function SkeletonRows() {
  return (
    <>
      {[0, 1, 2].map((i) => (
        <li key={i} class="row skeleton" aria-hidden="true">
          <span class="icon" />
          <div class="row-body">
            <span class="bar short" />
            <span class="bar" />
          </div>
        </li>
      ))}
    </>
  );
}

/** Where and when a state was read ("My apps and incidents, 3 minutes ago"): what it was read from is its row's value. */
const seen = (e: Evidence, now: number, lang: string) => t('popup_seen', [e.where, relativeTime(e.seenAt, now, lang)]);

export function Rows({ view, now, lang }: { view: View; now: number; lang: string }) {
  const { shop, connector } = view;
  const ownerInfo = OWNER[view.owner];
  const appInfo = APP[view.app];
  const connInfo = CONNECTOR[view.connectorState];
  const expiresAt = shop?.app?.expiresAt;
  // The owner's evidence is the why ("Authorize shown on the Pipe17 row"); the others' is their value again.
  // The Pipe17 row read without a verdict on the owner: its Authorize may be in the row's "More" (⋯) menu.
  const ownerNote = shop?.owner
    ? `${shop.owner.evidence.detail} · ${seen(shop.owner.evidence, now, lang)}`
    : t(shop?.app ? 'popup_ownerInMenu' : 'popup_unknownOpenMyApps');
  const appNote = shop?.app ? seen(shop.app.evidence, now, lang) : t('popup_unknownOpenMyApps');
  let connNote = connector ? seen(connector.evidence, now, lang) : t('popup_unknownOpenConnector');
  // A reading older than the renewal says what the connector was, not what it is now.
  const connValue = connector?.stale
    ? t('popup_connStaleValue', t(connInfo.key))
    : view.readBeforeRenewal
      ? t('popup_connBeforeRenewalValue', t(connInfo.key))
      : t(connInfo.key);
  if (connector?.shop && shop?.shop && connector.shop !== shop.shop) connNote = `${t('popup_connOtherShop', connector.shop)} ${connNote}`;
  return (
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
  );
}
