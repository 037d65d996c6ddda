// The guide's UI for a step: one spotlight and one tooltip (with the dialog checklist or the after-steps).
// Loaded on demand with ui.tsx; the idle launcher is plain DOM in index.tsx.
import { t } from '../../shared/i18n';
import { otherShopRenewed } from '../../shared/constants';
import { AfterSteps, Checklist } from './panels';
import { BeforeYouBegin, CopyReport, CopySteps } from './extras';
import { wordsOf } from './words';
import { SHORTCUT, shortcutLabel } from '../../shared/shortcut';
import { PROGRESS_TOTAL, type Step } from '../steps';
import type { Actions, View } from './view';

const IN_DIALOG: ReadonlySet<Step['id']> = new Set(['renew-dialog', 'confirm-install']);

/**
 * The walkthrough's first step: "Before you begin" is said there once, not on every state after it. Not on the apps
 * page the guide shows unasked: there the tooltip sits beside one row's action and must stay small enough not to
 * cover the other rows' (the welcome page says it too).
 */
const firstScreen = (view: View): boolean => view.step.id === 'open-growth';

/** `role`: the not-owner step's account role, read from the header by ui.tsx when it draws (not part of the view). */
export function Overlay({ view, actions, role = null }: { view: View; actions: Actions; role?: string | null }) {
  const { step } = view;
  const target = step.target;
  // Dock the dialog checklist beside the dialog (never over its fields); others beside their target.
  const anchor = view.dialog ?? target;

  if (step.id === 'idle') return null;

  const words = wordsOf({ ...view, role });
  const titleId = 'pipe17-guide-title';
  const showProgress = step.id !== 'done' && step.id !== 'not-owner';
  const inDialog = IN_DIALOG.has(step.id);
  // Seller Center already masks the page behind its dialog: a second dimming would grey out the dialog itself.
  const dim = view.started && !inDialog;
  const wrongShop = step.id === 'authorize-consent' && view.renewal && otherShopRenewed(view.renewal) ? view.renewal : null;
  return (
    <div class="root">
      {target ? <div class={dim ? 'spotlight dim' : 'spotlight'} data-guide="spotlight" aria-hidden="true" /> : null}
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
        <h2 id={titleId} aria-live="polite" class={step.id === 'done' ? 'success' : undefined}>
          {step.id === 'done' ? (
            <span class="mark" aria-hidden="true">
              ✓
            </span>
          ) : null}
          {words.action}
        </h2>
        {words.why ? <p class="why">{words.why}</p> : null}
        {wrongShop ? (
          // Confirmed with a Target shop other than the one Pipe17 uses: the last moment to turn back.
          <p role="alert" data-guide="wrong-shop">
            {t('guide_consent_wrong_shop', [wrongShop.targetShop, wrongShop.expectedShop!])}
          </p>
        ) : null}
        {inDialog || (step.id === 'authorize-consent' && !wrongShop) ? (
          <p class="reassure" data-guide="reassurance">
            {t('guide_reassurance')}
          </p>
        ) : null}
        {inDialog && view.checks ? (
          <Checklist checks={view.checks} {...(view.appStatusText ? { appStatusText: view.appStatusText } : {})} emailSet={!!view.emailSet} />
        ) : null}
        {inDialog ? (
          // Tab stays inside Seller Center's dialog: how to get here and back, in one short line.
          <p class="muted" data-guide="keyboard-hint">
            {t('guide_keyboard_hint', shortcutLabel())}
          </p>
        ) : null}
        {step.fallback ? (
          // A label the guide could not find is most often Seller Center shown in a language it does not read yet.
          <p class="muted" data-guide="language-note">
            {t('guide_fallback_language')}
          </p>
        ) : null}
        {step.fallback ? <CopyReport report={actions.report} /> : null}
        {step.id === 'not-owner' ? <CopySteps /> : null}
        {step.id === 'find-pipe17' ? (
          <details>
            <summary>{t('guide_why')}</summary>
            <p>{t('guide_find_pipe17_more')}</p>
          </details>
        ) : null}
        {step.id === 'done' && view.renewal ? <AfterSteps renewal={view.renewal} ticked={view.afterSteps ?? []} actions={actions} /> : null}
        {firstScreen(view) ? <BeforeYouBegin /> : null}
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
