// The page opened once, on install: what the guide does, how to start it, what to have ready, and the two fields the
// Renew dialog is checked against, saved exactly as the options page saves them (its form logic, its message).
import { useState } from 'preact/hooks';
import { SELLER_CENTER_HOSTS, regionOf } from '../shared/hosts';
import { t } from '../shared/i18n';
import { EmailField } from '../options/EmailField';
import { OPTION_REGIONS, type FormValues } from '../options/form';
import { useSettingsForm } from '../options/settingsForm';

const regionName = (region: string) => {
  const host = SELLER_CENTER_HOSTS.find((h) => regionOf(h) === region);
  return host ? `${region.toUpperCase()} (${host})` : region.toUpperCase();
};

/** The region whose shop the page shows first: the first one already set, else the first of the list. */
export const firstRegion = (f: FormValues): string => OPTION_REGIONS.find((r) => f.expectedShops[r]) ?? OPTION_REGIONS[0]!;

export function Welcome() {
  const [region, setRegion] = useState('');
  const { form, errors, status, busy, update, save } = useSettingsForm((values) => setRegion(firstRegion(values)));

  return (
    <main class="options welcome">
      <h1>{t('welcome_title')}</h1>
      <section class="lead" aria-labelledby="what-heading">
        <h2 id="what-heading">{t('welcome_whatHeading')}</h2>
        <p>{t('welcome_what1')}</p>
        <p>{t('welcome_what2')}</p>
        <p>{t('welcome_what3')}</p>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t('welcome_startHeading')}</h2>
        <ul>
          <li>{t('welcome_startMyApps')}</li>
          <li>{t('welcome_startPopup')}</li>
        </ul>
      </section>

      <section aria-labelledby="before-heading">
        <h2 id="before-heading">{t('welcome_beforeHeading')}</h2>
        <ul>
          <li>{t('welcome_beforeOwner')}</li>
          <li>{t('welcome_beforeEmail')}</li>
        </ul>
      </section>

      <section aria-labelledby="expected-heading">
        <h2 id="expected-heading">{t('welcome_expectedHeading')}</h2>
        <p class="hint">{t('welcome_expectedHint')}</p>
        {form ? (
          <form onSubmit={(e) => void save(e)} noValidate>
            <div class="field">
              <label for="region">{t('welcome_regionLabel')}</label>
              <select id="region" name="region" value={region} onChange={(e) => setRegion((e.currentTarget as HTMLSelectElement).value)}>
                {OPTION_REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {regionName(r)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="target-shop">{t('welcome_shopLabel')}</label>
              <input
                id="target-shop"
                name="target-shop"
                type="text"
                maxLength={300}
                autoComplete="off"
                value={form.expectedShops[region] ?? ''}
                aria-describedby={errors.expectedShops ? 'target-shop-error' : undefined}
                onInput={(e) => {
                  const name = (e.currentTarget as HTMLInputElement).value;
                  update((f) => ({ expectedShops: { ...f.expectedShops, [region]: name } }));
                }}
              />
              {errors.expectedShops && (
                <p class="error" id="target-shop-error">
                  {t(errors.expectedShops)}
                </p>
              )}
            </div>
            <EmailField value={form.contactEmail} error={errors.contactEmail} onChange={(contactEmail) => update(() => ({ contactEmail }))} />
            <div class="actions">
              <button type="submit" class="primary" data-action="save" disabled={busy}>
                {t('options_save')}
              </button>{' '}
              <a href="../options/index.html">{t('welcome_allSettings')}</a>
            </div>
          </form>
        ) : (
          <p aria-busy="true" />
        )}
        <p class={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
          {status?.text ?? ''}
        </p>
      </section>

      <p class="privacy">{t('welcome_privacy')}</p>
    </main>
  );
}
