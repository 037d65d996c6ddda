// Guide health: what this page showed of each part the guide looks for, sent to the background once the page has
// settled (a page still loading would read as parts missing). Computed from the facts the overlay driver already read,
// by healthOf loaded only on a page that has some part to speak of: never part of every Seller Center page.
import { contextAlive, send } from '../../shared/ext';
import type { HealthFacts, PageHealth } from '../../shared/healthOf';
import type { Context } from '../context';
import { mayShowAppsList } from '../pages';
import type { Facts, Step } from '../steps';

/** Still for this long after the last change the guide heard: settled. */
export const SETTLE_MS = 2000;
/** A page that should show the apps list and does not yet: how long before that counts as the apps page missing. */
export const LATE_MS = 20_000;

type Read = (f: HealthFacts) => PageHealth;
/** What a page with none of the parts says: nothing. */
const nothing: Read = () => ({});
const loadHealthOf = (): Promise<Read> => import('../../shared/healthOf').then((m) => m.healthOf);

/** This page's reading, or null while it may still be loading. `waited`: ms since this URL was first derived. */
export function pageHealth(facts: Facts, step: Step, url: string, waited: number, read: Read): PageHealth | null {
  const expectsApps = !facts.apps && mayShowAppsList(url);
  if ((step.loading || expectsApps) && waited < LATE_MS) return null;
  const parts = read(facts);
  // The URL is My apps and incidents, yet no apps page was found there in all that time.
  if (expectsApps) parts['apps-tab'] = 'missing';
  return parts;
}

export function init(ctx: Context, signal: AbortSignal): void {
  let timer = 0;
  let href = '';
  let since = 0;
  let sent = '';
  const settle = async () => {
    timer = 0;
    const { facts, step } = ctx;
    // The extension reloaded within the settle window: its files are gone, and importing one logs a load error.
    if (signal.aborted || !facts || !step || !contextAlive()) return;
    const read = facts.nav || facts.apps || facts.dialog || facts.consent ? await loadHealthOf() : nothing;
    if (signal.aborted || ctx.facts !== facts) return;
    const parts = pageHealth(facts, step, location.href, Date.now() - since, read);
    if (!parts) return void (timer = window.setTimeout(() => void settle(), Math.max(SETTLE_MS, since + LATE_MS - Date.now())));
    const key = href + JSON.stringify(parts);
    if (key === sent || !Object.keys(parts).length) return;
    sent = key;
    void send({ type: 'guide/health', parts });
  };
  ctx.afterDerive.push(() => {
    if (location.href !== href) {
      href = location.href;
      since = Date.now();
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void settle(), SETTLE_MS);
  });
  signal.addEventListener('abort', () => window.clearTimeout(timer));
}
