// A small collapsible scenario switcher for demos (`?panel=1`). Applying reloads with the new parameters.
import { useState } from 'react';
import { SCENARIO_KEYS, saveScenario, type Scenario, type ScenarioKey } from './scenario';

const CHOICES: Partial<Record<ScenarioKey, string[]>> = {
  owner: ['1', '0'],
  app: ['expired', 'expiring', 'active'],
  connector: ['connected', 'connecting', 'not-configured', 'error', 'disconnected', 'errorpage'],
  page2: ['0', '1'], below: ['0', '1'], noreauth: ['0', '1'], fast: ['0', '1'], renewed: ['0', '1'],
};

export function ScenarioPanel({ scenario }: { scenario: Scenario }) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Scenario>(scenario);
  const apply = () => {
    saveScenario(draft);
    const params = new URLSearchParams(location.search);
    for (const key of SCENARIO_KEYS) {
      const value = draft[key];
      if (value === undefined || value === '') params.delete(key);
      else params.set(key, value);
    }
    location.href = `${location.pathname}?${params}`;
  };
  if (!open) return <button type="button" className="sandbox-panel-toggle" onClick={() => setOpen(true)}>Scenario</button>;
  return (
    <div className="sandbox-panel">
      <div className="sandbox-panel-head">
        <b>Scenario</b>
        <button type="button" onClick={() => setOpen(false)} aria-label="Close scenario panel">×</button>
      </div>
      {SCENARIO_KEYS.filter((k) => k !== 'panel').map((key) => (
        <label key={key} className="sandbox-panel-row">
          <span>{key}</span>
          {CHOICES[key] ? (
            <select value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}>
              <option value="">(default)</option>
              {CHOICES[key]!.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          ) : (
            <input value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
          )}
        </label>
      ))}
      <button type="button" className="sandbox-panel-apply" onClick={apply}>Apply and reload</button>
    </div>
  );
}
