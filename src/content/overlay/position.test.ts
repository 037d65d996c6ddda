import { describe, expect, it } from 'vitest';
import { placeBeside, track } from './position';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
const vp = { width: 1000, height: 800 };
const tip = { width: 300, height: 150 };

describe('placeBeside', () => {
  it('puts the box on the preferred side, centred', () => {
    expect(placeBeside(rect(100, 300, 200, 40), tip, vp, 'right')).toEqual({ side: 'right', x: 314, y: 245 });
  });
  it('flips when the preferred side has no room', () => {
    expect(placeBeside(rect(800, 300, 150, 40), tip, vp, 'right').side).toBe('left');
    expect(placeBeside(rect(400, 700, 100, 40), tip, vp, 'bottom').side).toBe('top');
  });
  it("a table row's action with no room below: to its left, not above over the other rows' actions", () => {
    expect(placeBeside(rect(700, 700, 80, 30), tip, vp, 'row').side).toBe('left');
    expect(placeBeside(rect(700, 300, 80, 30), tip, vp, 'row').side).toBe('bottom');
    // A button row (Cancel beside Authorize) still goes above: its left is the other button.
    expect(placeBeside(rect(700, 700, 80, 30), tip, vp, 'bottom').side).toBe('top');
  });
  it('shifts along to stay inside the viewport', () => {
    const p = placeBeside(rect(100, 5, 200, 20), tip, vp, 'right');
    expect(p.y).toBe(8);
    const q = placeBeside(rect(900, 300, 80, 30), tip, vp, 'bottom');
    expect(q.x).toBe(vp.width - tip.width - 8);
  });
  it('aligns to the start edge when asked (the checklist beside a dialog)', () => {
    expect(placeBeside(rect(200, 100, 400, 500), tip, vp, 'right', 'start')).toMatchObject({ side: 'right', y: 100 });
  });
  it('takes the roomiest side when none fits, not the preferred one', () => {
    // 220 px right, 280 px left, 90 px above and below: the tooltip needs 322 px beside it.
    expect(placeBeside(rect(280, 90, 500, 620), tip, vp, 'right').side).toBe('left');
    // 100 px either side, 160 px above, 80 px below: it needs 172 px above or below.
    expect(placeBeside(rect(100, 160, 800, 560), tip, vp, 'bottom').side).toBe('top');
  });
});

describe('track', () => {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

  it('re-measures when an ancestor or the target itself ends an animation or transition (a dialog zooming in), not for others', async () => {
    document.body.innerHTML = '<div id="dialog"><div id="field"></div></div><div id="other"></div>';
    let updates = 0;
    const stop = track([document.getElementById('field')!], () => updates++);
    await frame();
    updates = 0;
    for (const type of ['transitionend', 'animationend', 'transitioncancel', 'animationcancel']) {
      document.getElementById('dialog')!.dispatchEvent(new Event(type, { bubbles: true }));
      await frame();
    }
    expect(updates).toBe(4);
    document.getElementById('other')!.dispatchEvent(new Event('transitionend', { bubbles: true }));
    await frame();
    expect(updates).toBe(4);
    stop();
    document.getElementById('dialog')!.dispatchEvent(new Event('transitionend', { bubbles: true }));
    await frame();
    expect(updates).toBe(4);
  });
});

describe('placeBeside: a top bar', () => {
  it('keeps the box below the line given, however high its anchor is', () => {
    const anchor = { left: 400, top: 40, right: 1000, bottom: 860, width: 600, height: 820 };
    const vp = { width: 1440, height: 900 };
    expect(placeBeside(anchor, { width: 330, height: 500 }, vp, 'right', 'start').y).toBe(40);
    expect(placeBeside(anchor, { width: 330, height: 500 }, vp, 'right', 'start', 14, 8, 64).y).toBe(72);
  });
});
