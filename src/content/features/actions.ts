// What the guide's own controls do (the launcher, the tooltip's buttons, the done panel). Each change to the guide's
// memory is applied here at once, by the same reducer the background applies to storage, then sent to it.
import { reduceGuide, type GuideAction } from '../../shared/guide';
import { send } from '../../shared/ext';
import type { Context } from '../context';
import type { Actions } from '../overlay/view';
import { returnFocus } from './focus';
import { buildReport } from './identify';

/** The owner's change, shown at once; the background's write (the same reducer) confirms it. */
export function applyHere(ctx: Context, action: GuideAction): void {
  ctx.stored = { ...ctx.stored, guide: reduceGuide(ctx.stored.guide, action, Date.now()) };
}

export function guideActions(ctx: Context): Actions {
  const change = (...actions: Extract<GuideAction, { type: 'guide/set' }>[]) => {
    for (const a of actions) applyHere(ctx, a);
    // In order: a repeat is finishing, then starting again.
    void actions.reduce<Promise<unknown>>((sent, a) => sent.then(() => send(a)), Promise.resolve());
    ctx.derive();
  };
  return {
    start: () => {
      // Started from the launcher (mouse or keyboard): the launcher disappears, so focus moves into the guide.
      ctx.focusGuide = ctx.shadow.activeElement === ctx.launcher;
      change({ type: 'guide/set', mode: 'started' });
    },
    dismiss: () => {
      const hadFocus = ctx.shadow.activeElement !== null;
      change({ type: 'guide/set', mode: 'dismissed' });
      // Dismissed from the keyboard: focus goes back to where the owner left the page, not to <body>.
      if (hadFocus) returnFocus(ctx);
    },
    back: () => window.history.back(),
    toggleAfterStep: (id, done) => change({ type: 'guide/set', afterStep: { id, done } }),
    finish: () => change({ type: 'guide/set', finish: true }),
    repeat: () => change({ type: 'guide/set', finish: true }, { type: 'guide/set', mode: 'started' }),
    report: () => buildReport(ctx),
  };
}
