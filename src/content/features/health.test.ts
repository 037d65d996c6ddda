// Guide health from the content script: reported once the page has settled, from what the finders found.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { healthOf } from '../../shared/healthOf';
import { readStored, structural } from '../../shared/stored';
import { fakeBrowser, resetFakeBrowser } from '../../test/fakeBrowser';
import { createContext, type Context } from '../context';
import { placeOf } from '../pages';
import { IDLE, type Facts, type Step } from '../steps';
import { init, LATE_MS, pageHealth, SETTLE_MS } from './health';

const MY_APPS = 'https://seller-us.tiktok.com/services/authorizations?tab=apps';
const HOME = 'https://seller-us.tiktok.com/homepage';
const el = () => document.createElement('div');
const navFacts = (growth: Element | null): Facts => ({ surface: 'seller-center', nav: { growth, growthOpen: false, myApps: null }, apps: null, dialog: null, consent: null });
const appsFacts = (loading: boolean, pipe17: Element | null = null): Facts => ({
  surface: 'seller-center',
  nav: null,
  apps: { page: el(), appsTab: el(), appsTabActive: true, loading, pipe17: pipe17 ? { row: pipe17, authorize: el(), state: 'active' } : null, searchBox: null, pager: null },
  dialog: null,
  consent: null,
});
const loadingStep: Step = { ...IDLE, id: 'find-pipe17', loading: true };

describe('pageHealth: a page still loading says nothing', () => {
  it('a loading apps table: nothing yet, however the finders did', () => {
    expect(pageHealth(appsFacts(true), loadingStep, MY_APPS, 0, healthOf)).toBeNull();
  });
  it('the settled apps page: its parts', () => {
    expect(pageHealth(appsFacts(false, el()), IDLE, MY_APPS, 0, healthOf)).toEqual({ 'apps-tab': 'found', 'pipe17-row': 'found', authorize: 'found' });
  });
  it('My apps by its URL with no apps page: nothing until it is late, then the apps page is missing', () => {
    expect(pageHealth(navFacts(el()), IDLE, MY_APPS, LATE_MS - 1, healthOf)).toBeNull();
    expect(pageHealth(navFacts(el()), IDLE, MY_APPS, LATE_MS, healthOf)).toEqual({ growth: 'found', 'apps-tab': 'missing' });
  });
  it('another page: the navigation only', () => {
    expect(pageHealth(navFacts(null), IDLE, HOME, 0, healthOf)).toEqual({ growth: 'missing' });
  });
});

describe('health feature', () => {
  let ctx: Context;
  let ac: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    resetFakeBrowser();
    ctx = createContext(placeOf(HOME), readStored({}, structural));
    ac = new AbortController();
    init(ctx, ac.signal);
  });
  afterEach(() => {
    ac.abort();
    ctx.host.remove();
    vi.useRealTimers();
  });
  const derive = (facts: Facts, step: Step = IDLE) => {
    ctx.facts = facts;
    ctx.step = step;
    for (const l of ctx.afterDerive) l(facts, step);
  };
  const sent = () => fakeBrowser._.sentToRuntime as unknown[];

  it('sent once the page has been still for SETTLE_MS, from the last derivation, and not again unchanged', async () => {
    derive(navFacts(null));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    derive(navFacts(el()));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(sent()).toEqual([]);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(sent()).toEqual([{ type: 'guide/health', parts: { growth: 'found' } }]));
    derive(navFacts(el()));
    vi.advanceTimersByTime(SETTLE_MS);
    await Promise.resolve();
    expect(sent()).toHaveLength(1);
  });

  it('the extension reloaded within the settle window: its files are gone, so nothing is loaded (a load error in the page)', async () => {
    const loaded = vi.fn();
    vi.doMock('../../shared/healthOf', async (original: () => Promise<object>) => {
      loaded();
      return original();
    });
    derive(navFacts(el()));
    const id = fakeBrowser.runtime.id;
    Object.assign(fakeBrowser.runtime, { id: undefined });
    try {
      vi.advanceTimersByTime(SETTLE_MS);
      await vi.dynamicImportSettled();
      expect(loaded).not.toHaveBeenCalled();
      // The same page with the extension alive does load it: the mock above can see a load.
      Object.assign(fakeBrowser.runtime, { id });
      derive(navFacts(el()));
      vi.advanceTimersByTime(SETTLE_MS);
      await vi.waitFor(() => expect(loaded).toHaveBeenCalled());
    } finally {
      Object.assign(fakeBrowser.runtime, { id });
      vi.doUnmock('../../shared/healthOf');
    }
  });
});
