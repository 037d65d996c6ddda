// Guide health in the popup: for each part the guide looks for on Seller Center, found, missing or not seen yet, and
// when. Where a part is missing, the guide lost its way there: what the support report is for.
import { HEALTH_PARTS, missingParts, type Health, type HealthPart } from '../shared/health';
import { t } from '../shared/i18n';
import { relativeTime } from './format';

/** Each part in the owner's words; the Renew dialog's fields as its checklist names them. */
const PART_LABEL: Record<HealthPart, () => string> = {
  growth: () => t('popup_part_growth'),
  'my-apps-link': () => t('popup_part_myAppsLink'),
  'apps-tab': () => t('popup_part_appsTab'),
  'pipe17-row': () => t('popup_part_pipe17Row'),
  authorize: () => t('popup_part_authorize'),
  'renew-dialog': () => t('popup_part_renewDialog'),
  'target-shop': () => t('guide_check_target_shop'),
  'renew-option': () => t('guide_check_renew_option'),
  'contact-email': () => t('guide_check_contact_email'),
  consent: () => t('guide_check_consent'),
  duration: () => t('guide_check_duration'),
  'confirm-install': () => t('popup_part_confirmInstall'),
  'consent-page': () => t('popup_part_consentPage'),
};
const STATE_WORD = { found: () => t('popup_healthFound'), missing: () => t('popup_healthMissing'), unseen: () => t('popup_healthUnseen') };
const ICON = { found: '✓', missing: '✕', unseen: '–' };

export function GuideHealth({ health, now, lang }: { health: Health; now: number; lang: string }) {
  const missing = missingParts(health).length > 0;
  return (
    // Open by itself only where something is missing: otherwise it is detail the owner rarely needs.
    <details class="guide-health" data-field="guide-health" open={missing}>
      <summary>{t('popup_healthHeading')}</summary>
      <ul>
        {HEALTH_PARTS.map((part) => {
          const { state, at } = health[part];
          const word = STATE_WORD[state]();
          return (
            <li key={part} data-part={part} data-state={state} class={`part tone-${state}`}>
              <span class="icon" aria-hidden="true">
                {ICON[state]}
              </span>
              <span class="part-label">{PART_LABEL[part]()}</span>
              <span class="part-state">{at !== undefined ? t('popup_healthWhen', [word, relativeTime(at, now, lang)]) : word}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
