// Content script entry: a switchboard. It creates the page's one context (context.ts) and starts each feature,
// every one its own module with an `init(ctx, signal)` that the signal tears down:
//   renewal  the owner's Authorize / Confirm to install / Cancel / Esc, observed (features/renewal.ts)
//   focus    the Alt+Shift+G move between the page and the guide (features/focus.ts)
//   identify runtime messages: which shop this tab shows, the owner's own shortcut key (features/identify.ts)
//   shops    what the page shows of the shop, reported to the background (features/shops.ts)
//   launcher the plain-DOM button that starts the walkthrough (features/launcher.ts)
//   health   what the settled page showed of each part the guide looks for, reported (features/health.ts)
//   overlay  the driver: watch the page, read it, derive the step, render it (features/overlay.ts)
import { createContext } from './context';
import { init as focus } from './features/focus';
import { init as health } from './features/health';
import { init as identify } from './features/identify';
import { init as launcher } from './features/launcher';
import { init as overlay } from './features/overlay';
import { init as renewal } from './features/renewal';
import { init as shops } from './features/shops';
import { loadStored } from './memory';
import { placeOf } from './pages';

async function main(): Promise<void> {
  const place = placeOf(location.href);
  if (place.surface === 'other' || window.top !== window) return;

  const ctx = createContext(place, await loadStored());
  const ac = new AbortController();
  ctx.stop = () => {
    ac.abort();
    ctx.ui?.hide(ctx.mount);
    ctx.host.remove();
  };
  // In this order: after a derivation, renewal completion is sent before the shop report of the same facts.
  for (const init of [renewal, focus, identify, shops, health, launcher, overlay]) init(ctx, ac.signal);
  ctx.derive();
}

void main().catch((e: unknown) => {
  // Never let a failure reach the page's console as an uncaught error.
  console.debug('[pipe17-reauth-guide] stopped:', e instanceof Error ? e.message : String(e));
});
