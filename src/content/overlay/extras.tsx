// The tooltip's parts shown on one screen only: "Before you begin" on the first, the hand-over to the shop owner.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { shortcutLabel } from '../../shared/shortcut';

/** Shown once, on the first screen of the guide: what to have ready, and what the guide does and does not do. */
export function BeforeYouBegin() {
  return (
    <section class="before" data-guide="before-you-begin" aria-label={t('guide_before_title')}>
      <strong>{t('guide_before_title')}</strong>
      <ul>
        <li>{t('guide_before_owner')}</li>
        <li>{t('guide_before_email')}</li>
      </ul>
      <p class="muted">{t('guide_never_clicks')}</p>
      <p class="muted" data-guide="keyboard-hint">
        {t('guide_keyboard_hint', shortcutLabel())}
      </p>
    </section>
  );
}

/**
 * The steps as plain text for the owner of the shop: what to do and why. Nothing of this account or shop goes in it,
 * so it can be pasted anywhere.
 */
export function CopySteps() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const text = t('guide_owner_steps');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // A page or browser that refuses the clipboard: the text is shown to select and copy by hand.
      setState('manual');
    }
  };
  return (
    <div class="copy">
      <button type="button" class="primary" data-action="copy-owner-steps" onClick={() => void copy()}>
        {t('guide_copy_owner_steps')}
      </button>
      <p class="muted" role="status">
        {state === 'copied' ? t('guide_copied') : state === 'manual' ? t('guide_copy_manual') : ''}
      </p>
      {state === 'manual' ? <textarea readOnly rows={6} value={text} aria-label={t('guide_copy_owner_steps')} /> : null}
    </div>
  );
}

/**
 * Where the guide gives the manual instruction: the support report, built only when asked, copied on the owner's click
 * and shown whole, so the owner reads exactly what would be shared (page text only where it is one of the guide's words).
 */
export function CopyReport({ report }: { report: () => Promise<string> }) {
  const [state, setState] = useState<{ text: string; copied: boolean } | null>(null);
  const copy = async () => {
    let text = '';
    try {
      text = await report();
      await navigator.clipboard.writeText(text);
      setState({ text, copied: true });
    } catch {
      // Refused (or the report could not be built): whatever was built stays shown, to copy by hand.
      setState({ text, copied: false });
    }
  };
  return (
    <div class="copy">
      <button type="button" data-action="copy-report" onClick={() => void copy()}>
        {t('guide_copy_report')}
      </button>
      <p class="muted" role="status">
        {state ? t(state.copied ? 'guide_report_copied' : 'guide_copy_manual') : ''}
      </p>
      {state?.text ? (
        <pre class="report" data-field="report" tabIndex={0} aria-label={t('popup_reportLabel')}>
          {state.text}
        </pre>
      ) : null}
    </div>
  );
}
