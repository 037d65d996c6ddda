// The Renew dialog checklist and the after-steps panel: loaded only when the dialog opens or a renewal completes.
import { otherShopRenewed } from '../../shared/constants';
import type { CheckId } from '../../shared/contract';
import { t } from '../../shared/i18n';
import type { Check } from '../finders/renewDialog';
import type { Actions, Renewal } from './Overlay';
import { useEffect, useRef, useState } from 'preact/hooks';

const CHECK_MARK: Record<Check['state'], string> = { ok: '✓', wrong: '!', missing: '•' };

export function checkText(c: Check, appStatusText?: string): { label: string; detail: string } {
  const label = t(`guide_check_${c.id.replace('-', '_')}`);
  const v = c.value;
  if (c.note === 'not-found') return { label, detail: t('guide_check_not_found', label) };
  switch (c.id) {
    case 'target-shop':
      if (c.state === 'missing') return { label, detail: c.expected ? t('guide_shop_missing_known', c.expected) : t('guide_shop_missing') };
      if (c.state === 'wrong') return { label, detail: t(c.note === 'shop-fixed' ? 'guide_shop_wrong_fixed' : 'guide_shop_wrong', [v, c.expected ?? '']) };
      return { label, detail: c.expected ? t('guide_shop_ok', v) : t('guide_shop_unconfirmed', v) };
    case 'renew-option':
      if (c.note === 'option-missing' && c.state !== 'ok')
        return { label, detail: t('guide_option_not_offered', appStatusText || t('guide_status_unknown')) };
      if (c.state === 'missing') return { label, detail: t('guide_option_missing') };
      if (c.state === 'wrong') return { label, detail: t('guide_option_wrong', v) };
      return { label, detail: t('guide_option_ok') };
    case 'contact-email':
      if (c.state === 'missing') return { label, detail: t('guide_email_missing') };
      if (c.state === 'wrong') return { label, detail: t('guide_email_wrong', v) };
      return { label, detail: c.note === 'email-differs' ? t('guide_email_differs', [v, c.expected ?? '']) : t('guide_email_ok', v) };
    case 'consent':
      return { label, detail: c.state === 'ok' ? t('guide_consent_ok') : t('guide_consent_missing') };
    case 'duration':
      if (c.state === 'missing') return { label, detail: t('guide_duration_missing') };
      if (c.note === 'duration-unread') return { label, detail: t('guide_duration_unread', v) };
      if (c.state === 'wrong') return { label, detail: c.expected ? t('guide_duration_wrong', [v, c.expected]) : t('guide_duration_wrong_year', v) };
      return { label, detail: t('guide_duration_ok', v) };
  }
}

/** What a screen reader hears when checks change state: each changed check, as its row reads. */
function changesSaid(before: ReadonlyMap<string, Check['state']>, checks: Check[], appStatusText?: string): string {
  return checks
    .filter((c) => before.has(c.id) && before.get(c.id) !== c.state)
    .map((c) => {
      const { label, detail } = checkText(c, appStatusText);
      return `${label}: ${t(`guide_state_${c.state}`)}. ${detail}`;
    })
    .join(' ');
}

// Said once the form has been still this long: typing an address does not read out every keystroke's verdict.
const SAY_AFTER_MS = 700;

export function Checklist({ checks, appStatusText }: { checks: Check[]; appStatusText?: string }) {
  // Focus stays in Seller Center's dialog while the owner fills it in, so the checklist's changes are spoken from a
  // polite live region (the row states as they were when last spoken, and what to say next).
  const spoken = useRef(new Map(checks.map((c) => [c.id, c.state] as const)));
  const [said, setSaid] = useState('');
  const next = changesSaid(spoken.current, checks, appStatusText);
  useEffect(() => {
    if (!next) return;
    const timer = setTimeout(() => {
      spoken.current = new Map(checks.map((c) => [c.id, c.state] as const));
      setSaid(next);
    }, SAY_AFTER_MS);
    return () => clearTimeout(timer);
  }, [next]);
  return (
    <>
      <p class="sr" aria-live="polite" data-guide="announce">
        {said}
      </p>
      <ul aria-label={t('guide_checklist_label')}>
        {checks.map((c) => {
          const { label, detail } = checkText(c, appStatusText);
          return (
            <li key={c.id} data-check={c.id satisfies CheckId} data-state={c.state}>
              <span class="icon" aria-hidden="true">
                {CHECK_MARK[c.state]}
              </span>
              <span class="check-text">
                <strong>
                  {label}
                  <span class="sr">: {t(`guide_state_${c.state}`)}</span>
                </strong>
                {detail}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

const AFTER_STEPS = ['connector', 'sync', 'retry'] as const;

export function AfterSteps({ renewal, ticked, actions }: { renewal: Renewal; ticked: string[]; actions: Actions }) {
  const wrongShop = otherShopRenewed(renewal);
  return (
    <>
      {wrongShop ? (
        <p role="alert" data-guide="wrong-shop">
          {t('guide_done_wrong_shop', [renewal.targetShop, renewal.expectedShop!])}
        </p>
      ) : renewal.targetShop ? (
        <p class="muted">{t('guide_done_shop', renewal.targetShop)}</p>
      ) : null}
      <ul class="after" aria-label={t('guide_after_label')}>
        {AFTER_STEPS.map((id) => (
          <li key={id} data-after-step={id}>
            <label>
              <input
                type="checkbox"
                checked={ticked.includes(id)}
                onChange={(e) => actions.toggleAfterStep(id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>
                {t(`guide_after_${id}`)}
                {id === 'connector' ? (
                  <>
                    {' '}
                    <a href="https://app.pipe17.com/integrations" target="_blank" rel="noopener noreferrer">
                      {t('guide_after_connector_link')}
                    </a>
                  </>
                ) : null}
              </span>
            </label>
            {id === 'connector' ? (
              // The troubleshooting's "still disconnected", where the owner checks it.
              <p class="muted hint" data-guide="still-disconnected">
                {t('guide_after_connector_still')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

