// The settings form's state, as the options page and the welcome page both keep it: loaded from storage, edited,
// checked by form.ts and saved through the background, the one writer of storage.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, KEYS } from '../shared/constants';
import { send as sendMessage } from '../shared/ext';
import { t } from '../shared/i18n';
import type { Message } from '../shared/messages';
import { parseStored, Settings } from '../shared/storage';
import { fromForm, toForm, type FormErrors, type FormValues } from './form';

export type Status = { tone: 'ok' | 'error'; text: string } | null;

export const send = (message: Message) => sendMessage(message, browser);

export async function loadSettings(): Promise<Settings> {
  const items = await browser.storage.local.get(KEYS.settings);
  const r = parseStored(Settings, items[KEYS.settings]);
  return r.ok ? r.value : DEFAULT_SETTINGS;
}

/** `loaded` sees the stored values once, before the form first shows them. */
export function useSettingsForm(loaded?: (values: FormValues) => void) {
  const [form, setForm] = useState<FormValues | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // The latest values, for events that fire before the next render (fast typing, autofill, Enter).
  const latest = useRef<FormValues | null>(null);
  latest.current = form;

  useEffect(() => {
    void loadSettings().then((s) => {
      const values = toForm(s);
      loaded?.(values);
      setForm(values);
    });
  }, []);

  const update = (patch: (f: FormValues) => Partial<FormValues>) => {
    const next = { ...latest.current!, ...patch(latest.current!) };
    latest.current = next;
    setForm(next);
  };
  const reset = (values: FormValues) => {
    latest.current = values;
    setForm(values);
    setErrors({});
  };
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
  return { form, errors, status, setStatus, busy, setBusy, update, reset, save };
}
