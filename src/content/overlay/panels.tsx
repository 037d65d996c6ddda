// The Renew dialog checklist and the after-steps panel: loaded only when the dialog opens or a renewal completes.
import { otherShopRenewed } from '../../shared/constants';
import type { CheckId } from '../../shared/contract';
import { t } from '../../shared/i18n';
import type { Check } from '../finders/renewDialog';
import type { Actions, Renewal } from './Overlay';

const CHECK_MARK: Record<Check['state'], string> = { ok: '✓', wrong: '!', missing: '•' };

export function checkText(c: Check, appStatusText?: string): { label: string; detail: string } {
  const label = t(`guide_check_${c.id.replace('-', '_')}`);
  const v = c.value;
  if (c.note === 'not-found') return { label, detail: t('guide_check_not_found', label) };
  switch (c.id) {
    case 'target-shop':
      if (c.state === 'missing') return { label, detail: c.expected ? t('guide_shop_missing_known', c.expected) : t('guide_shop_missing') };
      if (c.state === 'wrong') return { label, detail: t('guide_shop_wrong', [v, c.expected ?? '']) };
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
  }
}

export function Checklist({ checks, appStatusText }: { checks: Check[]; appStatusText?: string }) {
  return (
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

