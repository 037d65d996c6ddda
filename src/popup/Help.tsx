// The popup's lower half: the steps in words, the troubleshooting and where to get help.
import { myAppsUrl } from '../shared/hosts';
import { t } from '../shared/i18n';
import { shortcutLabel } from '../shared/shortcut';
import { relativeTime } from './format';
import type { NextStepId } from './nextStep';
import type { View } from './view';

export const PIPE17_APP_URL = 'https://app.pipe17.com';
export const SUPPORT_EMAIL = 'support@pipe17.com';

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

export function StepText({ id, host, view, uiLang, now }: { id: NextStepId; host: string; view: View; uiLang: string; now: number }) {
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

export function Troubleshooting() {
  return (
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
  );
}

export function Help({ view }: { view: View }) {
  return (
    <section class="help" aria-labelledby="help-heading">
      <h2 id="help-heading">{t('popup_helpHeading')}</h2>
      <ul>
        <li>
          <a href={PIPE17_APP_URL} target="_blank" rel="noopener noreferrer">
            {t('popup_helpPippen')}
          </a>
        </li>
        <li>
          <a href={supportMailto(view)}>{t('popup_helpRequest')}</a> <span class="muted">{t('popup_helpRequestPaste')}</span>
        </li>
        <li>
          <a href={`mailto:${SUPPORT_EMAIL}`}>{t('popup_helpEmail', SUPPORT_EMAIL)}</a>
        </li>
      </ul>
    </section>
  );
}
