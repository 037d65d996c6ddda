// The guide's UI for a step: one spotlight and one tooltip (with the dialog checklist or the after-steps).
// Loaded on demand with ui.tsx; the idle launcher is plain DOM in index.tsx.
import { t } from '../../shared/i18n';
import { otherShopRenewed } from '../../shared/constants';
import { AfterSteps, Checklist, checkText } from './panels';
import { SHORTCUT, shortcutLabel } from '../../shared/shortcut';
import { PROGRESS_TOTAL } from '../steps';
import type { Actions, View } from './view';

function body(view: View): string {
  const s = view.step;
  if (s.fallback) return t(`guide_fallback_${s.fallback.replace(/-/g, '_')}`);
  if (s.id === 'find-pipe17' && s.loading) return t('guide_find_pipe17_loading');
  if (s.id === 'find-pipe17' && !s.target) return t('guide_find_pipe17_manual');
  // Arco opens a folded navigation's submenus on hover, whatever its mode.
  if (s.id === 'open-growth' && s.iconOnly) return t('guide_open_growth_body_icon');
  if (s.id === 'open-growth' && s.click) return t('guide_open_growth_body_click');
  if (s.id === 'click-authorize' && s.menu) return t(s.menu === 'open' ? 'guide_click_authorize_body_in_menu' : 'guide_click_authorize_body_menu');
  if (s.id === 'authorize-consent' && s.tickFirst) return t('guide_authorize_consent_body_tick');
  return t(`guide_${s.id.replace(/-/g, '_')}_body`);
}

export function Overlay({ view, actions }: { view: View; actions: Actions }) {
  const { step } = view;
  const target = step.target;
  // Dock the dialog checklist beside the dialog (never over its fields); others beside their target.
  const anchor = view.dialog ?? target;

  if (step.id === 'idle') return null;

  const title = t(`guide_${step.id.replace(/-/g, '_')}_title`);
  const titleId = 'pipe17-guide-title';
  const showProgress = step.id !== 'done' && step.id !== 'not-owner';
  return (
    <div class="root">
      {target ? <div class={view.started ? 'spotlight dim' : 'spotlight'} data-guide="spotlight" aria-hidden="true" /> : null}
      <div
        class={anchor ? 'tooltip' : 'tooltip docked'}
        data-guide="tooltip"
        role="dialog"
        aria-modal="false"
        aria-labelledby={titleId}
        aria-keyshortcuts={SHORTCUT}
        tabIndex={-1}
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
            {/* Tab stays inside Seller Center's dialog: say how to get here and back. */}
            <p class="muted" data-guide="keyboard-hint">
              {t('guide_keyboard_hint', shortcutLabel())}
            </p>
          </>
        ) : (
          <p>{body(view)}</p>
        )}
        {step.id === 'authorize-consent' && view.renewal && otherShopRenewed(view.renewal) ? (
          // Confirmed with a Target shop other than the one Pipe17 uses: the last moment to turn back.
          <p role="alert" data-guide="wrong-shop">
            {t('guide_consent_wrong_shop', [view.renewal.targetShop, view.renewal.expectedShop!])}
          </p>
        ) : null}
        {step.fallback ? (
          // A label the guide could not find is most often Seller Center shown in a language it does not read yet.
          <p class="muted" data-guide="language-note">
            {t('guide_fallback_language')}
          </p>
        ) : null}
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
        {step.id === 'done' && view.renewal ? <AfterSteps renewal={view.renewal} ticked={view.afterSteps ?? []} actions={actions} /> : null}
        <div class="actions">
          {view.canGoBack && step.id !== 'done' ? (
            <button type="button" onClick={actions.back} data-action="back">
              {t('guide_back')}
            </button>
          ) : null}
          {step.id === 'done' && view.renewal && otherShopRenewed(view.renewal) ? (
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
