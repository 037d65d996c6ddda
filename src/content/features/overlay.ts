// The overlay driver: on every change the watcher hears, read the page, derive the step, and show it (the launcher
// when idle, the lazily loaded UI otherwise), rendering again only when what it shows changed.
import { otherShopRenewed } from '../../shared/constants';
import { renewalPending } from '../../shared/guide';
import { contextAlive } from '../../shared/ext';
import type { Context } from '../context';
import { inView } from '../finders/actions';
import { loadStored, onStoredChange } from '../memory';
import { renderKey, viewOf } from '../overlay/view';
import { mayShowAppsList } from '../pages';
import { deriveStep } from '../steps';
import { watch } from '../watch';
import { guideActions } from './actions';
import { readFacts } from './facts';
import { launcherWanted } from './launcher';

export function init(ctx: Context, signal: AbortSignal): void {
  const actions = guideActions(ctx);
  const loadUI = () => {
    if (ctx.ui || ctx.uiLoading) return;
    ctx.uiLoading = true;
    import('../ui').then(
      (m) => {
        ctx.ui = m;
        ctx.rendered.key = '';
        ctx.poke();
      },
      () => {
        // The extension was reloaded under the page: its files are gone. Stop quietly.
        ctx.uiLoading = false;
      },
    );
  };

  const derive = () => {
    if (!contextAlive()) return ctx.stop();
    const { place, stored, host, launcher, mount, shadow } = ctx;
    const facts = readFacts(ctx, loadUI);
    const now = Date.now();
    if (!facts.apps) ctx.appsSince = 0;
    else ctx.appsSince ||= now;
    const pendingAt = stored.guide.pendingRenewal?.at ?? Infinity;
    const memory = {
      mode: stored.guide.mode,
      // On Seller Center, only in a tab that confirmed it or came to My apps after: one open since shows the page from before.
      renewalPending: renewalPending(stored.guide, now) && (place.surface === 'authorization' || ctx.confirmedHere || ctx.appsSince > pendingAt),
      otherShop: !!stored.guide.pendingRenewal && otherShopRenewed(stored.guide.pendingRenewal),
      expiresBefore: stored.guide.pendingRenewal?.expiresBefore,
    };
    const step = deriveStep(facts, memory);
    ctx.facts = facts;
    ctx.memory = memory;
    // Where the apps page may still be on its way (its table can take seconds to render), the page is not complete.
    const complete = !step.loading && !(!facts.apps && mayShowAppsList(location.href));
    watcher.setRoots(
      [facts.apps?.page, facts.nav?.growth?.closest('nav, aside, [role="menu"], [class*="arco-menu"]'), facts.dialog?.dialog, step.target],
      complete,
    );
    for (const listener of ctx.afterDerive) listener(facts, step);
    // A step is shown once its UI is here: data-step, the spotlight and the tooltip change together.
    const ui = ctx.ui;
    if (step.id !== 'idle' && !ui) return loadUI();
    const last = ctx.step;
    if (step.id !== last?.id) {
      host.setAttribute('data-step', step.id);
      if (step.id !== 'idle' && !ctx.trail.includes(location.href) && ctx.trail.push(location.href) > 20) ctx.trail.shift();
      if (step.target && !inView(step.target)) scrollToTarget(ctx, step.target);
    } else if (step.target && step.target !== last.target && !inView(step.target)) {
      scrollToTarget(ctx, step.target);
    }
    ctx.step = step;
    const view = viewOf(step, facts, {
      guide: stored.guide,
      emailSet: !!stored.settings.contactEmail,
      launcher: step.id === 'idle' && launcherWanted(ctx, facts),
      visitedElsewhere: ctx.trail.some((href) => href !== location.href),
    });
    launcher.hidden = !(step.id === 'idle' && view.launcher);
    const rendered = ctx.rendered;
    if (step.id === 'idle' || !ui) {
      if (rendered.key) ui?.hide(mount);
      rendered.key = '';
      return;
    }
    const key = renderKey(view);
    if (key !== rendered.key || step.target !== rendered.target || view.dialog !== rendered.dialog) {
      ctx.rendered = { key, target: step.target, dialog: view.dialog ?? null };
      ui.show(shadow, mount, view, actions);
      if (ctx.focusGuide) {
        ctx.focusGuide = false;
        mount.querySelector<HTMLElement>('[data-guide="tooltip"]')?.focus();
      }
    } else if (step.target) {
      // Same step, same target, but the page changed around it: it may have moved.
      ui.repositionAll();
    }
  };

  const watcher = watch(document, derive, signal);
  ctx.derive = derive;
  ctx.poke = watcher.poke;

  onStoredChange(() => {
    void loadStored().then((s) => {
      const restarted = s.guide.mode === 'started' && ctx.stored.guide.mode !== 'started';
      ctx.stored = s;
      if (restarted) ctx.completedReported = false;
      ctx.poke();
    });
  }, signal);
}

/** Once per target: the owner may have scrolled away from it on purpose since. */
function scrollToTarget(ctx: Context, el: Element) {
  if (ctx.scrolled.has(el)) return;
  ctx.scrolled.add(el);
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
