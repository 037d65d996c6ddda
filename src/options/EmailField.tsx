// The integration's contact email field, as the options page and the welcome page both ask for it.
import { t } from '../shared/i18n';

export function EmailField({ value, error, onChange }: { value: string; error: string | undefined; onChange(value: string): void }) {
  return (
    <div class="field">
      <label for="contact-email">{t('options_emailLabel')}</label>
      <input
        id="contact-email"
        name="contact-email"
        type="email"
        autoComplete="email"
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? 'contact-email-hint contact-email-error' : 'contact-email-hint'}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="hint" id="contact-email-hint">
        {t('options_emailHint')}
      </p>
      {error && (
        <p class="error" id="contact-email-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}
