// The guide's whole UI: one spotlight, one tooltip (with the dialog checklist or the after-steps), or the launcher.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CheckId } from '../../shared/contract';
import { t } from '../../shared/i18n';
import type { Check } from '../finders/renewDialog';
import { PROGRESS_TOTAL, type Step } from '../steps';
import { placeBeside, track, type Side } from './position';

export interface View {
  step: Step;
  started: boolean;
  launcher: boolean;
  /** Renew dialog steps: the four checks in the dialog's order, and the dialog to dock beside. */
  checks?: Check[];
  dialog?: Element | null;
  /** Pipe17's status as the apps table showed it, for the "Re-authorize only missing" explanation. */
  appStatusText?: string;
  done?: { targetShop: string; expectedShop?: string; afterSteps: string[] };
  canGoBack: boolean;
}

export interface Actions {
  start(): void;
  dismiss(): void;
  back(): void;
  toggleAfterStep(id: string, done: boolean): void;
  finish(): void;
  repeat(): void;
}

const PAD = 4;

function useSpotlight(target: Element | null, ref: { current: HTMLDivElement | null }) {
  useLayoutEffect(() => {
    const spot = ref.current;
    if (!spot || !target) return;
    const place = () => {
      const r = target.getBoundingClientRect();
      if (!target.isConnected || (r.width === 0 && r.height === 0)) {
        spot.hidden = true;
        return;
      }
      spot.hidden = false;
      spot.style.left = `${r.left - PAD}px`;
      spot.style.top = `${r.top - PAD}px`;
      spot.style.width = `${r.width + 2 * PAD}px`;
      spot.style.height = `${r.height + 2 * PAD}px`;
    };
    place();
    return track([target], place);
  }, [target]);
}

function useTooltipPosition(anchor: Element | null, ref: { current: HTMLElement | null }, prefer: Side, align: 'center' | 'start', key: string) {
  useLayoutEffect(() => {
    const tip = ref.current;
    if (!tip || !anchor) return;
    const update = () => {
      const { x, y } = placeBeside(
        anchor.getBoundingClientRect(),
        { width: tip.offsetWidth, height: tip.offsetHeight },
        { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
        prefer,
        align,
      );
      tip.style.left = `${x}px`;
      tip.style.top = `${y}px`;
    };
    update();
    return track([anchor, tip], update);
  }, [anchor, prefer, align, key]);
}

const CHECK_MARK: Record<Check['state'], string> = { ok: '✓', wrong: '!', missing: '•' };

function checkText(c: Check, appStatusText?: string): { label: string; detail: string } {
  const label = t(`guide_check_${c.id.replace('-', '_')}`);
  const v = c.value;
  switch (c.id) {
    case 'target-shop':
      if (c.state === 'missing') return { label, detail: t('guide_shop_missing') };
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

function Checklist({ checks, appStatusText }: { checks: Check[]; appStatusText?: string }) {
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

const isWrongShop = (done: NonNullable<View['done']>): boolean =>
  !!done.expectedShop && done.expectedShop.trim().toLowerCase() !== done.targetShop.trim().toLowerCase();

function AfterSteps({ done, actions }: { done: NonNullable<View['done']>; actions: Actions }) {
  const wrongShop = isWrongShop(done);
  return (
    <>
      {wrongShop ? (
        <p role="alert" data-guide="wrong-shop">
          {t('guide_done_wrong_shop', [done.targetShop, done.expectedShop!])}
        </p>
      ) : done.targetShop ? (
        <p class="muted">{t('guide_done_shop', done.targetShop)}</p>
      ) : null}
      <ul class="after" aria-label={t('guide_after_label')}>
        {AFTER_STEPS.map((id) => (
          <li key={id} data-after-step={id}>
            <label>
              <input
                type="checkbox"
                checked={done.afterSteps.includes(id)}
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
          </li>
        ))}
      </ul>
    </>
  );
}

function body(view: View): string {
  const s = view.step;
  if (s.fallback) return t(`guide_fallback_${s.fallback.replace(/-/g, '_')}`);
  if (s.id === 'find-pipe17' && s.loading) return t('guide_find_pipe17_loading');
  if (s.id === 'find-pipe17' && !s.target) return t('guide_find_pipe17_manual');
  return t(`guide_${s.id.replace(/-/g, '_')}_body`);
}

export function Overlay({ view, actions }: { view: View; actions: Actions }) {
  const spotRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const { step } = view;
  const target = step.target;
  useSpotlight(target, spotRef);
  // Dock the dialog checklist beside the dialog (never over its fields); others beside their target.
  const anchor = view.dialog ?? target;
  useTooltipPosition(anchor, tipRef, 'right', view.dialog ? 'start' : 'center', step.id);

  if (step.id === 'idle') {
    return view.launcher ? (
      <div class="root">
        <button type="button" class="launcher" data-action="start-guide" onClick={actions.start}>
          {t('guide_launcher')}
        </button>
      </div>
    ) : (
      <div class="root" />
    );
  }

  const title = t(`guide_${step.id.replace(/-/g, '_')}_title`);
  const titleId = 'pipe17-guide-title';
  const showProgress = step.id !== 'done' && step.id !== 'not-owner';
  return (
    <div class="root">
      {target ? <div class={view.started ? 'spotlight dim' : 'spotlight'} data-guide="spotlight" aria-hidden="true" ref={spotRef} /> : null}
      <div
        class={anchor ? 'tooltip' : 'tooltip docked'}
        data-guide="tooltip"
        role="dialog"
        aria-modal="false"
        aria-labelledby={titleId}
        tabIndex={-1}
        ref={tipRef}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            actions.dismiss();
          }
        }}
      >
        <div class="head">
          <span class="brand">{t('guide_brand')}</span>
          {showProgress ? (
            <span class="progress">{t('guide_progress', [String(step.progress), String(PROGRESS_TOTAL)])}</span>
          ) : null}
        </div>
        <h2 id={titleId} aria-live="polite">
          {title}
        </h2>
        {step.id === 'renew-dialog' || step.id === 'confirm-install' ? (
          <>
            <p>{step.id === 'renew-dialog' && step.fix ? t('guide_renew_next', checkText(step.fix).label) : body(view)}</p>
            {view.checks ? <Checklist checks={view.checks} {...(view.appStatusText ? { appStatusText: view.appStatusText } : {})} /> : null}
            <p class="muted">{t('guide_never_clicks')}</p>
          </>
        ) : (
          <p>{body(view)}</p>
        )}
        {step.id === 'not-owner' ? (
          <details open>
            <summary>{t('guide_why')}</summary>
            <p>{t('guide_not_owner_more')}</p>
          </details>
        ) : null}
        {step.id === 'find-pipe17' ? (
          <details>
            <summary>{t('guide_why')}</summary>
            <p>{t('guide_find_pipe17_more')}</p>
          </details>
        ) : null}
        {step.id === 'done' && view.done ? <AfterSteps done={view.done} actions={actions} /> : null}
        <div class="actions">
          {view.canGoBack && step.id !== 'done' ? (
            <button type="button" onClick={actions.back} data-action="back">
              {t('guide_back')}
            </button>
          ) : null}
          {step.id === 'done' && view.done && isWrongShop(view.done) ? (
            <button type="button" onClick={actions.repeat} data-action="repeat">
              {t('guide_repeat')}
            </button>
          ) : null}
          <button type="button" onClick={actions.dismiss} data-action="dismiss">
            {t('guide_dismiss')}
          </button>
          {step.id === 'done' ? (
            <button type="button" class="primary" onClick={actions.finish} data-action="finish">
              {t('guide_finish')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
