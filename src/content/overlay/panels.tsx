// The Renew dialog checklist and the after-steps panel: loaded only when the dialog opens or a renewal completes.
import { otherShopRenewed } from '../../shared/constants';
import type { CheckId } from '../../shared/contract';
import { t } from '../../shared/i18n';
import type { Check } from '../finders/renewDialog';
import type { Actions, Renewal } from './view';
import { checkWords } from './words';
import { useEffect, useRef, useState } from 'preact/hooks';

const CHECK_MARK: Record<Check['state'], string> = { ok: '✓', wrong: '!', missing: '•', unverified: '?' };

/** What a screen reader hears when checks change state: each changed check, as its row reads. */
type Known = { appStatusText?: string; emailSet: boolean };

/** A check's row spoken as one text: what to do, then why as a sentence of its own (actions end in no full stop). */
const detailOf = (c: Check, known: Known): { label: string; state: string; detail: string } => {
  const w = checkWords(c, known);
  return { label: w.label, state: w.ask ? t('guide_state_ask') : t(`guide_state_${c.state}`), detail: w.why ? `${w.action}${/[.!?。？！]$/.test(w.action) ? '' : '.'} ${w.why}` : w.action };
};

function changesSaid(before: ReadonlyMap<string, Check['state']>, checks: Check[], known: Known): string {
  return checks
    .filter((c) => before.has(c.id) && before.get(c.id) !== c.state)
    .map((c) => {
      const { label, state, detail } = detailOf(c, known);
      return `${label}: ${state}. ${detail}`;
    })
    .join(' ');
}

// Said once the form has been still this long: typing an address does not read out every keystroke's verdict.
const SAY_AFTER_MS = 700;

export function Checklist({ checks, appStatusText, emailSet }: { checks: Check[]; appStatusText?: string; emailSet: boolean }) {
  const known: Known = { ...(appStatusText ? { appStatusText } : {}), emailSet };
  // Focus stays in Seller Center's dialog while the owner fills it in, so the checklist's changes are spoken from a
  // polite live region (the row states as they were when last spoken, and what to say next).
  const spoken = useRef(new Map(checks.map((c) => [c.id, c.state] as const)));
  const [said, setSaid] = useState('');
  const next = changesSaid(spoken.current, checks, known);
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
          const { label, action, why, ask } = checkWords(c, known);
          return (
            // data-state keeps the contract's meaning (a valid email is ok); data-ask draws it as the question it is.
            <li key={c.id} data-check={c.id satisfies CheckId} data-state={c.state} data-ask={ask ? '' : undefined}>
              <span class="icon" aria-hidden="true">
                {ask ? '?' : CHECK_MARK[c.state]}
              </span>
              <span class="check-text">
                <strong>
                  {label}
                  <span class="sr">: {ask ? t('guide_state_ask') : t(`guide_state_${c.state}`)}</span>
                </strong>
                {action}
                {/* On a line of its own: run on after the action it read as one sentence ("…only The other…"). */}
                {why ? <span class="check-why">{why}</span> : null}
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

