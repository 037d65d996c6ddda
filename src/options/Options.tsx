import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SELLER_CENTER_HOSTS, regionOf } from '../shared/hosts';
import { t } from '../shared/i18n';
import type { Message } from '../shared/messages';
import { send as sendMessage } from '../shared/ext';
import { DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { parseStored, Settings } from '../shared/storage';
import { fromForm, OPTION_REGIONS, toForm, type FormErrors, type FormValues } from './form';

type Status = { tone: 'ok' | 'error'; text: string } | null;

const hostOfRegion = (region: string) => SELLER_CENTER_HOSTS.find((h) => regionOf(h) === region) ?? region;

export const send = (message: Message) => sendMessage(message, browser);

export async function loadSettings(): Promise<Settings> {
  const items = await browser.storage.local.get(KEYS.settings);
  const r = parseStored(Settings, items[KEYS.settings]);
  return r.ok ? r.value : DEFAULT_SETTINGS;
}

export function Options() {
  const [form, setForm] = useState<FormValues | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // The latest values, for events that fire before the next render (fast typing, autofill, Enter).
  const latest = useRef<FormValues | null>(null);
  latest.current = form;

  useEffect(() => {
    void loadSettings().then((s) => setForm(toForm(s)));
  }, []);

  if (!form) {
    return (
      <main class="options" aria-busy="true">
        <h1>{t('options_title')}</h1>
      </main>
    );
  }

  const update = (patch: (f: FormValues) => Partial<FormValues>) => {
    const next = { ...latest.current!, ...patch(latest.current!) };
    latest.current = next;
    setForm(next);
  };
  const setShop = (region: string, name: string) => update((f) => ({ expectedShops: { ...f.expectedShops, [region]: name } }));

  const save = async (e: Event) => {
    e.preventDefault();
    const result = fromForm(latest.current!);
    setErrors(result.errors);
    if (!result.settings) {
      setStatus({ tone: 'error', text: t('options_fixErrors') });
      return;
    }
    setBusy(true);
    const reply = await send({ type: 'settings/save', settings: result.settings });
    setBusy(false);
    setStatus(reply.ok ? { tone: 'ok', text: t('options_saved') } : { tone: 'error', text: t('options_saveFailed', reply.reason) });
  };

  const clearAll = async () => {
    setBusy(true);
    const reply = await send({ type: 'data/clear' });
    setBusy(false);
    setConfirming(false);
    if (reply.ok) {
      latest.current = toForm(DEFAULT_SETTINGS);
      setForm(latest.current);
      setErrors({});
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

        <div class="field">
          <label for="contact-email">{t('options_emailLabel')}</label>
          <input
            id="contact-email"
            name="contact-email"
            type="email"
            autoComplete="email"
            value={form.contactEmail}
            aria-invalid={errors.contactEmail ? 'true' : 'false'}
            aria-describedby={errors.contactEmail ? 'contact-email-hint contact-email-error' : 'contact-email-hint'}
            onInput={(e) => update(() => ({ contactEmail: (e.currentTarget as HTMLInputElement).value }))}
          />
          <p class="hint" id="contact-email-hint">
            {t('options_emailHint')}
          </p>
          {errors.contactEmail && (
            <p class="error" id="contact-email-error">
              {t(errors.contactEmail)}
            </p>
          )}
        </div>

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

        <div class="field checkbox">
          <input
            id="launcher"
            name="launcher"
            type="checkbox"
            checked={form.launcher}
            onChange={(e) => update(() => ({ launcher: (e.currentTarget as HTMLInputElement).checked }))}
          />
          <label for="launcher">{t('options_launcherLabel')}</label>
        </div>

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
