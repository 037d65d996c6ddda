import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEYS } from '../shared/constants';
import { fakeBrowser, resetFakeBrowser } from '../test/fakeBrowser';
import { AGE_TICK_MS, App } from './App';
import { createPopupStore } from './store';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/fakeBrowser')).fakeBrowser }));

const NOW = new Date(2025, 5, 1, 12).getTime();
const US = 'seller-us.tiktok.com';
const ev = (seenAt: number, where = 'My apps and incidents', detail = 'Authorize shown on the Pipe17 row') => ({ where, detail, seenAt });
const shopRec = (name: string, seenAt: number, extra: object = {}) => ({
  v: 1, key: `${US}|${name}`, host: US, region: 'us', shop: name, seenAt, ...extra,
});

let root: HTMLElement;
let stop: () => void;
const mount = () => {
  const store = createPopupStore();
  stop = store.start();
  render(<App store={store} lang="en" now={() => NOW} />, root);
  return store;
};
const field = (name: string) => root.querySelector<HTMLElement>(`[data-field="${name}"]`);
const ready = () => vi.waitFor(() => expect(field('owner')).not.toBeNull());

beforeEach(() => {
  resetFakeBrowser();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => {
  render(null, root);
  stop();
});

describe('popup', () => {
  it('shows unknown everywhere, with guidance, when no shop is known', async () => {
    mount();
    expect(root.querySelector('[data-action="start-guide"]')).not.toBeNull();
    await ready();
    expect(field('owner')?.dataset.state).toBe('unknown');
    expect(field('app-status')?.dataset.state).toBe('unknown');
    expect(field('connector')?.dataset.state).toBe('unknown');
    expect(root.textContent).toContain('Nothing is known yet');
    expect([...root.querySelectorAll('.steps li')].map((li) => li.getAttribute('data-step'))).toEqual(['open-my-apps', 'open-connector']);
    // Nothing known: the one action is to look in Seller Center's My apps; re-authorizing stays on offer beside it.
    expect(root.querySelector('[data-field="headline"]')?.textContent).toBe('Not checked yet: look in Seller Center');
    expect(root.querySelector('.next .primary')?.getAttribute('href')).toBe('https://seller-us.tiktok.com/services/authorizations?shop_region=US&tab=apps');
    expect(root.querySelector('.next [data-action="start-guide"]')?.className).toBe('secondary');
  });

  it('shows the last seen shop with evidence, age and expiry date', async () => {
    fakeBrowser._.data = {
      [KEYS.lastShop]: `${US}|Acme Outdoors US`,
      [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: shopRec('Acme Outdoors US', NOW - 180_000, {
        owner: { state: 'owner', evidence: ev(NOW - 180_000) },
        app: { state: 'active', expiresAt: '2025-05-30', evidence: ev(NOW - 180_000, 'My apps and incidents', 'Pipe17 row shows "Active"') },
      }),
      [`${KEYS.connectorPrefix}Acme Outdoors US`]: {
        v: 1, state: 'disconnected', shop: 'Acme Outdoors US', stale: true, evidence: ev(NOW - 7_200_000, 'Pipe17 TikTok Shop connector', 'Status badge shows "Disconnected"'),
      },
    };
    mount();
    await ready();
    expect(field('owner')?.dataset.state).toBe('owner');
    expect(field('owner')?.textContent).toContain('Authorize shown on the Pipe17 row · My apps and incidents, 3 minutes ago');
    expect(field('app-status')?.dataset.state).toBe('expired');
    expect(field('app-status')?.textContent).toContain('Expired on May 30, 2025');
    expect(field('connector')?.dataset.state).toBe('disconnected');
    expect(field('connector')?.querySelector('.row-value')?.textContent).toBe('Disconnected (last known: the connector page could not be read)');
    expect(field('connector')?.textContent).toContain('2 hours ago');
    // Not colour alone: every row has an icon and words.
    expect(field('app-status')?.querySelector('.icon')?.textContent).toBe('✕');
    expect(root.querySelector('[data-action="start-guide"]')?.className).toBe('primary');
    // The first line: what is wrong, since when, and what to do; the start button is its one action.
    expect(root.querySelector('[data-field="headline"]')?.textContent).toBe("Pipe17's TikTok permission expired on May 30, 2025: renew it");
    expect(root.querySelector('.next .primary')?.getAttribute('data-action')).toBe('start-guide');
    // Noise gone: no region beside the one shop, no "Status badge shows" under the connector's value.
    expect(root.querySelector('.shop-name')?.textContent).toBe('Acme Outdoors US');
    expect(field('connector')?.textContent).not.toContain('Status badge');
  });

  it('the Pipe17 row read with no verdict on the owner (its Authorize may be in a "More" menu): says where to look', async () => {
    fakeBrowser._.data = {
      [KEYS.lastShop]: `${US}|Acme Outdoors US`,
      [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: shopRec('Acme Outdoors US', NOW - 60_000, {
        app: { state: 'expired', expiresAt: '2025-05-20', evidence: ev(NOW - 60_000, 'My apps and incidents', 'Pipe17 row shows "Expired"') },
      }),
    };
    mount();
    await ready();
    expect(field('owner')?.dataset.state).toBe('unknown');
    expect(field('owner')?.querySelector('.row-note')?.textContent).toBe(
      "Pipe17's row has no Authorize of its own: open its More menu (⋯) in My apps and incidents to find out.",
    );
    expect(field('app-status')?.dataset.state).toBe('expired');
  });

  describe('the connector down, after the owner re-authorized', () => {
    const CONFIRMED = NOW - 600_000;
    const renewed = (extra: object = {}) =>
      shopRec('Acme Outdoors US', CONFIRMED, {
        owner: { state: 'owner', evidence: ev(CONFIRMED) },
        app: { state: 'active', evidence: ev(CONFIRMED, 'My apps and incidents', 'Pipe17 row shows "Active" after the renewal') },
        lastRenewal: { at: CONFIRMED - 30_000, targetShop: 'Acme Outdoors US', confirmedAt: CONFIRMED, ...extra },
      });
    const connector = (seenAt: number) => ({
      v: 1, state: 'disconnected', shop: 'Acme Outdoors US', evidence: ev(seenAt, 'Pipe17 TikTok Shop connector', 'Status badge shows "Disconnected"'),
    });
    const steps = () => [...root.querySelectorAll('.steps li')].map((li) => li.getAttribute('data-step'));

    it('read before it: the value says so and the step is to read it again, not to renew again', async () => {
      fakeBrowser._.data = {
        [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: renewed(),
        [`${KEYS.connectorPrefix}Acme Outdoors US`]: connector(CONFIRMED - 3_600_000),
      };
      mount();
      await ready();
      expect(field('connector')?.dataset.state).toBe('disconnected');
      expect(field('connector')?.querySelector('.row-value')?.textContent).toBe('Disconnected — checked before you renewed: check again');
      // What it was, not what it is: a warning (as the toolbar badge's amber), not the red alarm.
      expect(field('connector')?.className).toContain('tone-warn');
      await vi.waitFor(() => expect(steps()).toEqual(['check-connector']));
      expect(root.querySelector('.steps a')?.getAttribute('href')).toBe('https://app.pipe17.com');
      // Not another renewal: the first line says the reading is old, and its one button opens the connector.
      expect(root.querySelector('[data-field="headline"]')?.textContent).toBe('The connector was checked before you renewed — check again');
      expect(root.querySelector('.next .primary')?.getAttribute('data-action')).toBe('open-connector');
      expect(root.querySelector('.next .primary')?.getAttribute('href')).toBe('https://app.pipe17.com');
      expect(root.querySelector('.next [data-action="start-guide"]')).toBeNull();
      expect(root.querySelector('footer [data-action="start-guide"]')?.className).toBe('link');
    });

    it('read after it: still disconnected, so wait, refresh and click Connect to TikTok', async () => {
      fakeBrowser._.data = {
        [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: renewed(),
        [`${KEYS.connectorPrefix}Acme Outdoors US`]: connector(CONFIRMED + 300_000),
      };
      mount();
      await ready();
      expect(field('connector')?.querySelector('.row-value')?.textContent).toBe('Disconnected');
      expect(field('connector')?.className).toContain('tone-bad');
      await vi.waitFor(() => expect(steps()).toEqual(['still-disconnected']));
      expect(root.querySelector('.steps li')?.textContent).toContain('click Connect to TikTok');
    });

    it('a connector record of another shop: the renewal of this one says nothing about it', async () => {
      fakeBrowser._.data = {
        [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: renewed(),
        [`${KEYS.connectorPrefix}Beta`]: { ...connector(CONFIRMED - 3_600_000), shop: 'Beta' },
      };
      mount();
      await ready();
      expect(field('connector')?.querySelector('.row-value')?.textContent).toBe('Disconnected');
      expect(field('connector')?.textContent).toContain('Beta');
      await vi.waitFor(() => expect(steps()).toEqual(['reauthorize']));
    });

    it('the wrong shop was renewed: repeating it with the shop Pipe17 uses is the step, not "nothing to do"', async () => {
      fakeBrowser._.data = {
        [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: renewed({ targetShop: 'Acme Outdoors Outlet', expectedShop: 'Acme Outdoors US' }),
        [`${KEYS.connectorPrefix}Acme Outdoors US`]: connector(CONFIRMED - 3_600_000),
      };
      mount();
      await ready();
      expect(field('connector')?.querySelector('.row-value')?.textContent).toBe('Disconnected');
      await vi.waitFor(() => expect(steps()).toEqual(['repeat-right-shop']));
      expect(root.querySelector('.steps li')?.textContent).toContain('Re-authorize again with Acme Outdoors US as the Target shop');
      expect(root.querySelector('[data-action="start-guide"]')?.className).toBe('primary');
    });
  });

  describe('a renewal under way (Confirm to install pressed, Pipe17 not yet seen Active again)', () => {
    const PRESSED = NOW - 300_000;
    const expired = (extra: object = {}) =>
      shopRec('Acme Outdoors US', PRESSED - 60_000, {
        owner: { state: 'owner', evidence: ev(PRESSED - 60_000) },
        app: { state: 'expired', evidence: ev(PRESSED - 60_000, 'My apps and incidents', 'Pipe17 row shows "Expired"') },
        ...extra,
      });
    const guide = (at: number, host = US) => ({
      v: 1, mode: 'auto', updatedAt: at, pendingRenewal: { host, shopKey: `${host}|Acme Outdoors US`, targetShop: 'Acme Outdoors US', at },
    });
    const steps = () => [...root.querySelectorAll('.steps li')].map((li) => li.getAttribute('data-step'));

    it('the step is to finish it and check My apps, not to start again', async () => {
      fakeBrowser._.data = { [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: expired(), [KEYS.guide]: guide(PRESSED) };
      mount();
      await ready();
      await vi.waitFor(() => expect(steps()).toEqual(['finish-renewal']));
      expect(root.querySelector('.steps li')?.textContent).toBe(
        'You pressed Confirm to install 5 minutes ago. If the conditions page is still open, click Authorize there; then open My apps and incidents to check that Pipe17 shows Active.',
      );
      expect(root.querySelector('.steps a')?.getAttribute('href')).toBe(`https://${US}/services/authorizations?shop_region=US&tab=apps`);
      expect(field('app-status')?.dataset.state).toBe('expired');
    });

    it('seen through (the shop’s last renewal is this one), over an hour old, or of another host: as before', async () => {
      const cases: [string, Record<string, unknown>][] = [
        ['completed', { [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: expired({ lastRenewal: { at: PRESSED, targetShop: 'Acme Outdoors US', confirmedAt: PRESSED + 1 } }), [KEYS.guide]: guide(PRESSED) }],
        ['stale', { [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: expired(), [KEYS.guide]: guide(NOW - 3_700_000) }],
        ['another host', { [`${KEYS.shopPrefix}${US}|Acme Outdoors US`]: expired(), [KEYS.guide]: guide(PRESSED, 'seller-uk.tiktok.com') }],
      ];
      for (const [what, data] of cases) {
        fakeBrowser._.data = data;
        mount();
        await ready();
        await vi.waitFor(() => expect(steps(), what).toEqual(['reauthorize']));
        render(null, root);
        stop();
      }
    });
  });

  /** Acme (not the owner) and Beta (the owner, seen last) on the same host; the active tab is on that host. */
  const twoShopsKnown = () => {
    fakeBrowser._.data = {
      [KEYS.lastShop]: `${US}|Beta`,
      [`${KEYS.shopPrefix}${US}|Acme`]: shopRec('Acme', 1, { owner: { state: 'not-owner', evidence: ev(1) } }),
      [`${KEYS.shopPrefix}${US}|Beta`]: shopRec('Beta', 2, { owner: { state: 'owner', evidence: ev(2) } }),
    };
    fakeBrowser._.activeTab = { id: 7, url: `https://${US}/homepage` };
  };

  it('shows the active tab’s shop first and offers a switcher', async () => {
    twoShopsKnown();
    fakeBrowser._.tabReply = async (_id, msg) => (JSON.stringify(msg) === '{"type":"tab/identify"}' ? { host: US, shop: 'Acme' } : undefined);
    const store = mount();
    await ready();
    await vi.waitFor(() => expect(field('owner')?.dataset.state).toBe('not-owner'));
    const select = root.querySelector<HTMLSelectElement>('#shop-select')!;
    expect(select.options).toHaveLength(2);
    store.select(`${US}|Beta`);
    await vi.waitFor(() => expect(field('owner')?.dataset.state).toBe('owner'));
  });

  it('a Seller Center tab in a language the guide cannot read: switching to English comes first, named in words', async () => {
    fakeBrowser._.data = { [`${KEYS.shopPrefix}${US}|Acme`]: shopRec('Acme', 1, { app: { state: 'expired', evidence: ev(1) } }) };
    fakeBrowser._.activeTab = { id: 7, url: `https://${US}/homepage` };
    fakeBrowser._.tabReply = async () => ({ host: US, shop: 'Acme', otherLanguage: 'vi' });
    mount();
    await ready();
    await vi.waitFor(() => expect(root.querySelector('.steps li')?.getAttribute('data-step')).toBe('switch-language'));
    const steps = [...root.querySelectorAll('.steps li')];
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual(['switch-language', 'reauthorize']);
    expect(steps[0]?.textContent).toContain('shown in Vietnamese, which the guide cannot read yet');
    // Re-authorizing is still the main action: the guide's tooltip gives each step in words meanwhile.
    expect(root.querySelector('[data-action="start-guide"]')?.className).toBe('primary');
  });

  it('a language tag with no name (private use) is shown as the tag; a malformed one is not taken', async () => {
    fakeBrowser._.activeTab = { id: 7, url: `https://${US}/homepage` };
    fakeBrowser._.tabReply = async () => ({ host: US, shop: null, otherLanguage: 'qps-ploc' });
    mount();
    await vi.waitFor(() => expect(root.querySelector('.steps li')?.textContent).toContain('shown in qps-ploc'));
    render(null, root);
    stop();
    fakeBrowser._.tabReply = async () => ({ host: US, shop: null, otherLanguage: '<b>vi</b>' });
    mount();
    await ready();
    await vi.waitFor(() => expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
    expect(root.querySelector('[data-step="switch-language"]')).toBeNull();
  });

  it('shows the rows of the one known shop before the active tab answers, and "in this tab" once it has', async () => {
    fakeBrowser._.data = { [`${KEYS.shopPrefix}${US}|Acme`]: shopRec('Acme', 1, { owner: { state: 'owner', evidence: ev(1) } }) };
    fakeBrowser._.activeTab = { id: 7, url: `https://${US}/homepage` };
    let answer!: (v: unknown) => void;
    fakeBrowser._.tabReply = () => new Promise((resolve) => (answer = resolve));
    mount();
    await ready();
    expect(field('owner')?.dataset.state).toBe('owner');
    expect(root.querySelector('.steps li')).not.toBeNull();
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('.this-tab')).toBeNull();
    answer({ host: US, shop: 'Acme' });
    await vi.waitFor(() => expect(root.querySelector('.this-tab')).not.toBeNull());
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('with two shops known, keeps the rows until the active tab says which one it shows', async () => {
    twoShopsKnown();
    let answer!: (v: unknown) => void;
    fakeBrowser._.tabReply = () => new Promise((resolve) => (answer = resolve));
    mount();
    await vi.waitFor(() => expect(root.querySelector('#shop-select')).not.toBeNull());
    await new Promise((r) => setTimeout(r, 20));
    expect(field('owner')).toBeNull();
    expect(root.querySelectorAll('.row.skeleton')).toHaveLength(3);
    answer({ host: US, shop: 'Acme' });
    // The tab's shop, never a flash of the last seen one (Beta) first.
    await ready();
    expect(field('owner')?.dataset.state).toBe('not-owner');
  });

  it('falls back to the last shop when the tab does not answer', async () => {
    fakeBrowser._.data = { [`${KEYS.shopPrefix}${US}|Acme`]: shopRec('Acme', 1, { owner: { state: 'owner', evidence: ev(1) } }) };
    fakeBrowser._.activeTab = { id: 7, url: 'https://example.com/' };
    mount();
    await ready();
    expect(field('owner')?.dataset.state).toBe('owner');
  });

  it('moves the ages on while it stays open, and stops its timer when closed', async () => {
    fakeBrowser._.data = { [`${KEYS.shopPrefix}${US}|Acme`]: shopRec('Acme', NOW - 2_000, { owner: { state: 'owner', evidence: ev(NOW - 2_000) } }) };
    const every = vi.spyOn(globalThis, 'setInterval');
    const cleared = vi.spyOn(globalThis, 'clearInterval');
    let now = NOW;
    const store = createPopupStore();
    stop = store.start();
    render(<App store={store} lang="en" now={() => now} />, root);
    await ready();
    expect(field('owner')?.textContent).toContain('My apps and incidents, 2 seconds ago');
    const call = every.mock.calls.findIndex(([, ms]) => ms === AGE_TICK_MS);
    expect(call).toBeGreaterThanOrEqual(0);
    now += 3 * 60_000;
    (every.mock.calls[call]![0] as () => void)();
    await vi.waitFor(() => expect(field('owner')?.textContent).toContain('3 minutes ago'));
    render(null, root);
    expect(cleared).toHaveBeenCalledWith(every.mock.results[call]!.value);
    every.mockRestore();
    cleared.mockRestore();
  });

  it('follows storage changes live', async () => {
    mount();
    await ready();
    await fakeBrowser.storage.local.set({
      [`${KEYS.connectorPrefix}default`]: { v: 1, state: 'connected', shop: null, evidence: ev(NOW) },
    });
    await vi.waitFor(() => expect(field('connector')?.dataset.state).toBe('connected'));
    await fakeBrowser.storage.local.remove(`${KEYS.connectorPrefix}default`);
    await vi.waitFor(() => expect(field('connector')?.dataset.state).toBe('unknown'));
  });

  it('ignores a stored record that fails its schema', async () => {
    fakeBrowser._.data = { [`${KEYS.shopPrefix}${US}|Acme`]: { v: 0, key: 'x' }, [KEYS.notices]: [{ at: NOW - 60_000, text: 'Stored status could not be read' }] };
    mount();
    await ready();
    expect(field('owner')?.dataset.state).toBe('unknown');
    expect(root.querySelector('.notices')?.textContent).toContain('Stored status could not be read');
  });

  it('starts the guide in a Seller Center tab, and closes', async () => {
    fakeBrowser._.activeTab = { id: 7 };
    fakeBrowser._.tabReply = async () => ({ host: US, shop: null });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    mount();
    await ready();
    root.querySelector<HTMLButtonElement>('[data-action="start-guide"]')!.click();
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(fakeBrowser._.sentToRuntime).toEqual([{ type: 'guide/set', mode: 'started' }]);
  });

  it('opens My apps for the shown shop’s host elsewhere', async () => {
    fakeBrowser._.data = { [`${KEYS.shopPrefix}seller-uk.tiktok.com|Acme UK`]: { ...shopRec('Acme UK', 1), key: 'seller-uk.tiktok.com|Acme UK', host: 'seller-uk.tiktok.com', region: 'uk' } };
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    mount();
    await ready();
    root.querySelector<HTMLButtonElement>('[data-action="start-guide"]')!.click();
    await vi.waitFor(() => expect(fakeBrowser._.sentToRuntime).toEqual([{ type: 'guide/open-my-apps', host: 'seller-uk.tiktok.com' }]));
  });

  it('says so when starting fails, and stays open', async () => {
    fakeBrowser._.runtimeReply = async () => ({ ok: false, reason: 'nope' });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    mount();
    await ready();
    root.querySelector<HTMLButtonElement>('[data-action="start-guide"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Could not start the guide: nope'));
    expect(close).not.toHaveBeenCalled();
  });
});
