import { useState } from 'preact/hooks';
import { SELLER_CENTER_HOSTS, regionOf } from '../shared/hosts';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS } from '../shared/constants';
import { EmailField } from './EmailField';
import { OPTION_REGIONS, toForm } from './form';
import { send, useSettingsForm } from './settingsForm';
import type { LauncherSetting } from '../shared/types';

/** The launcher's three choices: `true` (stored before there were three) means where it is needed. */
const LAUNCHER_CHOICES: readonly [string, LauncherSetting, () => string][] = [
  ['launcher-auto', true, () => t('options_launcherAuto')],
  ['launcher-always', 'always', () => t('options_launcherAlways')],
  ['launcher-off', false, () => t('options_launcherOff')],
];

const hostOfRegion = (region: string) => SELLER_CENTER_HOSTS.find((h) => regionOf(h) === region) ?? region;

export function Options() {
  const { form, errors, status, setStatus, busy, setBusy, update, reset, save } = useSettingsForm();
  const [confirming, setConfirming] = useState(false);

  if (!form) {
    return (
      <main class="options" aria-busy="true">
        <h1>{t('options_title')}</h1>
      </main>
    );
  }

  const setShop = (region: string, name: string) => update((f) => ({ expectedShops: { ...f.expectedShops, [region]: name } }));

  const clearAll = async () => {
    setBusy(true);
    const reply = await send({ type: 'data/clear' });
    setBusy(false);
    setConfirming(false);
    if (reply.ok) {
      reset(toForm(DEFAULT_SETTINGS));
      setStatus({ tone: 'ok', text: t('options_cleared') });
    } else {
      setStatus({ tone: 'error', text: t('options_clearFailed', reply.reason) });
    }
  };

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <form onSubmit={(e) => void save(e)} noValidate>
        <fieldset>
          <legend>{t('options_shopsHeading')}</legend>
          <p class="hint">{t('options_shopsHint')}</p>
          <table class="regions">
            <thead>
              <tr>
                <th scope="col">{t('options_regionColumn')}</th>
                <th scope="col">{t('options_shopColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {OPTION_REGIONS.map((region) => (
                <tr key={region}>
                  <th scope="row">
                    <label for={`shop-${region}`}>
                      {region.toUpperCase()} <span class="host">{hostOfRegion(region)}</span>
                    </label>
                  </th>
                  <td>
                    <input
                      id={`shop-${region}`}
                      name={`shop-${region}`}
                      type="text"
                      maxLength={300}
                      autoComplete="off"
                      value={form.expectedShops[region] ?? ''}
                      onInput={(e) => setShop(region, (e.currentTarget as HTMLInputElement).value)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {errors.expectedShops && <p class="error">{t(errors.expectedShops)}</p>}
        </fieldset>

        <EmailField value={form.contactEmail} error={errors.contactEmail} onChange={(contactEmail) => update(() => ({ contactEmail }))} />

        <div class="field">
          <label for="warning-days">{t('options_daysLabel')}</label>
          <input
            id="warning-days"
            name="warning-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            step={1}
            value={form.expiryWarningDays}
            aria-invalid={errors.expiryWarningDays ? 'true' : 'false'}
            aria-describedby={errors.expiryWarningDays ? 'warning-days-error' : undefined}
            onInput={(e) => update(() => ({ expiryWarningDays: (e.currentTarget as HTMLInputElement).value }))}
          />
          {errors.expiryWarningDays && (
            <p class="error" id="warning-days-error">
              {t(errors.expiryWarningDays)}
            </p>
          )}
        </div>

        <fieldset class="field launcher">
          <legend>{t('options_launcherLabel')}</legend>
          {LAUNCHER_CHOICES.map(([id, value, label]) => (
            <div class="checkbox" key={id}>
              <input
                id={id}
                name="launcher"
                type="radio"
                checked={form.launcher === value}
                onChange={() => update(() => ({ launcher: value }))}
              />
              <label for={id}>{label()}</label>
            </div>
          ))}
        </fieldset>

        <div class="actions">
          <button type="submit" class="primary" data-action="save" disabled={busy}>
            {t('options_save')}
          </button>
        </div>
      </form>

      <p class={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>

      <section class="danger" aria-labelledby="clear-heading">
        <h2 id="clear-heading">{t('options_clearHeading')}</h2>
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="clear-confirm-text">
            <p id="clear-confirm-text">{t('options_clearConfirmText')}</p>
            <button type="button" class="danger-button" data-action="clear-confirm" disabled={busy} onClick={() => void clearAll()}>
              {t('options_clearConfirm')}
            </button>{' '}
            <button type="button" data-action="clear-cancel" onClick={() => setConfirming(false)}>
              {t('options_clearCancel')}
            </button>
          </div>
        ) : (
          <button type="button" data-action="clear" onClick={() => setConfirming(true)}>
            {t('options_clear')}
          </button>
        )}
      </section>
    </main>
  );
}
