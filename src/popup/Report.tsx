// The support report in the popup: asked of the active Seller Center tab (which builds it on demand), copied on the
// owner's click, and shown whole so the owner reads exactly what would be shared. Nothing is sent anywhere.
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { TabReport } from '../shared/messages';

/** How long the tab may take to build the report (it loads the outline's code first). */
const REPORT_TIMEOUT_MS = 3000;

/** The active tab's report, validated; null when no Seller Center page there answers. */
export async function askReport(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const answer = await Promise.race([
      browser.tabs.sendMessage(tab.id, { type: 'tab/report' }),
      new Promise((resolve) => setTimeout(() => resolve(null), REPORT_TIMEOUT_MS)),
    ]);
    const parsed = v.safeParse(TabReport, answer);
    return parsed.success ? parsed.output.report : null;
  } catch {
    // No content script in this tab: not a Seller Center page.
    return null;
  }
}

type State = { text: string | null; note: string };

export function Report({ ask = askReport }: { ask?: () => Promise<string | null> }) {
  const [state, setState] = useState<State | null>(null);
  const copy = async () => {
    const text = await ask();
    if (text === null) return setState({ text: null, note: t('popup_reportNoTab') });
    try {
      await navigator.clipboard.writeText(text);
      setState({ text, note: t('popup_reportCopied') });
    } catch {
      // Refused: the report stays shown below, to select and copy by hand.
      setState({ text, note: t('popup_reportManual') });
    }
  };
  return (
    <section class="report-section">
      <button type="button" class="secondary" data-action="copy-report" onClick={() => void copy()}>
        {t('popup_copyReport')}
      </button>
      <p class="status" role="status" aria-live="polite">
        {state?.note ?? ''}
      </p>
      {state?.text ? (
        <pre class="report" data-field="report" tabIndex={0} aria-label={t('popup_reportLabel')}>
          {state.text}
        </pre>
      ) : null}
    </section>
  );
}
