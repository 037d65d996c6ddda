// The watcher's relevance rules, both while the whole document is observed and once narrowed to the roots.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watch } from './watch';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const settle = async () => {
  await Promise.resolve();
  await frame();
  await frame();
};

describe.each([
  ['whole document (no Navigation API)', false],
  ['narrowed (Navigation API)', true],
])('watch: %s', (_name, withNavigation) => {
  let ac: AbortController;
  let runs: number;
  let nav: EventTarget | undefined;

  beforeEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="app"><header><span id="ticker">0</span></header><main><section id="page"><table><tbody><tr id="row"><td>Pipe17</td></tr></tbody></table></section></main></div><div id="portal"></div>',
    );
    nav = withNavigation ? new EventTarget() : undefined;
    Object.defineProperty(window, 'navigation', { value: nav, configurable: true });
    ac = new AbortController();
    runs = 0;
  });
  afterEach(() => ac.abort());

  /** A watcher past its settle window, with #page as its root. */
  async function settled() {
    const now = performance.now();
    const w = watch(document, () => runs++, ac.signal);
    vi.spyOn(performance, 'now').mockReturnValue(now + 10_000);
    w.setRoots([document.getElementById('page')]);
    await settle();
    runs = 0;
    return w;
  }

  it('ignores churn elsewhere in the app', async () => {
    await settled();
    for (let i = 0; i < 5; i++) {
      document.getElementById('ticker')!.textContent = String(i);
      await settle();
    }
    expect(runs).toBe(0);
  });

  it('re-derives once per frame for a change inside a root', async () => {
    await settled();
    const row = document.getElementById('row')!;
    row.setAttribute('class', 'a');
    row.textContent = 'Pipe17 Authorize';
    await settle();
    expect(runs).toBe(1);
  });

  it('re-derives when a root is removed (a change above it)', async () => {
    await settled();
    document.getElementById('page')!.remove();
    await settle();
    expect(runs).toBe(1);
  });

  it('re-derives for a portal and for a new top-level child of <body>', async () => {
    await settled();
    document.getElementById('portal')!.appendChild(document.createElement('div'));
    await settle();
    expect(runs).toBe(1);
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(runs).toBe(2);
  });

  it('re-derives on a soft navigation announced by the Navigation API', async () => {
    if (!withNavigation) return;
    await settled();
    nav!.dispatchEvent(new Event('currententrychange'));
    await settle();
    expect(runs).toBe(1);
  });

  it('stops after abort', async () => {
    await settled();
    ac.abort();
    document.getElementById('row')!.textContent = 'x';
    await settle();
    expect(runs).toBe(0);
  });
});
