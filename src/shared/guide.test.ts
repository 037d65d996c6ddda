import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from './constants';
import { PENDING_RENEWAL_MS, reduceGuide, renewalPending } from './guide';
import type { GuideMemory } from './types';

const HOST = 'seller-us.tiktok.com';
const g = (over: Partial<GuideMemory> = {}): GuideMemory => ({ ...DEFAULT_GUIDE, ...over });
const pending = { host: HOST, shopKey: `${HOST}|A`, targetShop: 'A', at: 1 };
const set = (over: Omit<Extract<Parameters<typeof reduceGuide>[1], { type: 'guide/set' }>, 'type'>) => ({ type: 'guide/set' as const, ...over });

describe('reduceGuide: guide/set', () => {
  it('starting clears the after-steps, keeps a pending renewal', () => {
    const out = reduceGuide(g({ mode: 'dismissed', afterSteps: ['x'], pendingRenewal: pending }), set({ mode: 'started' }), 9);
    expect(out).toEqual({ v: 1, mode: 'started', pendingRenewal: pending, updatedAt: 9 });
  });
  it('dismissing keeps a pending renewal, so done can still show once started again', () => {
    expect(reduceGuide(g({ mode: 'started', pendingRenewal: pending }), set({ mode: 'dismissed' }), 9)).toEqual({
      v: 1,
      mode: 'dismissed',
      pendingRenewal: pending,
      updatedAt: 9,
    });
  });
  it('toggles after-steps, remembering at most twenty', () => {
    let out = reduceGuide(g(), set({ afterStep: { id: 'check-orders', done: true } }), 1);
    out = reduceGuide(out, set({ afterStep: { id: 'check-stock', done: true } }), 2);
    out = reduceGuide(out, set({ afterStep: { id: 'check-orders', done: true } }), 3);
    expect(out.afterSteps).toEqual(['check-orders', 'check-stock']);
    out = reduceGuide(out, set({ afterStep: { id: 'check-orders', done: false } }), 4);
    expect(out.afterSteps).toEqual(['check-stock']);
    for (let i = 0; i < 30; i++) out = reduceGuide(out, set({ afterStep: { id: `s${i}`, done: true } }), 5);
    expect(out.afterSteps).toHaveLength(20);
    expect(out.afterSteps?.at(-1)).toBe('s29');
  });
  it('finishing clears the pending renewal and after-steps and goes back to auto', () => {
    const out = reduceGuide(g({ mode: 'started', afterSteps: ['a'], pendingRenewal: pending }), set({ finish: true }), 9);
    expect(out).toEqual({ v: 1, mode: 'auto', updatedAt: 9 });
  });
  it('repeating (finish, then start) leaves a started walkthrough with nothing pending', () => {
    const done = g({ mode: 'started', afterSteps: ['a'], pendingRenewal: pending });
    expect(reduceGuide(reduceGuide(done, set({ finish: true }), 9), set({ mode: 'started' }), 9)).toEqual({ v: 1, mode: 'started', updatedAt: 9 });
  });
  it('never changes the memory it is given', () => {
    const before = g({ mode: 'started', afterSteps: ['a'], pendingRenewal: pending });
    const copy = structuredClone(before);
    reduceGuide(before, set({ finish: true, afterStep: { id: 'b', done: true } }), 9);
    expect(before).toEqual(copy);
  });
});

describe('reduceGuide: renewals', () => {
  it('a confirmation is pending from now, with the expected shop only when known', () => {
    const renewal = { host: HOST, shopKey: HOST, targetShop: 'A' };
    expect(reduceGuide(g(), { type: 'renewal/pending', renewal }, 7)).toEqual({ ...g(), pendingRenewal: { ...renewal, at: 7 }, updatedAt: 7 });
    expect(reduceGuide(g(), { type: 'renewal/pending', renewal: { ...renewal, expectedShop: 'B' } }, 7).pendingRenewal).toEqual({
      ...renewal,
      expectedShop: 'B',
      at: 7,
    });
  });
  it('a withdrawn renewal leaves nothing pending; with none pending, nothing changes', () => {
    expect(reduceGuide(g({ pendingRenewal: pending, updatedAt: 1 }), { type: 'renewal/cancelled' }, 5)).toEqual({ ...DEFAULT_GUIDE, updatedAt: 5 });
    expect(reduceGuide(DEFAULT_GUIDE, { type: 'renewal/cancelled' }, 5)).toBe(DEFAULT_GUIDE);
  });
});

describe('renewalPending', () => {
  it('for an hour after Confirm to install', () => {
    expect(renewalPending(g(), 0)).toBe(false);
    expect(renewalPending(g({ pendingRenewal: pending }), 1 + PENDING_RENEWAL_MS - 1)).toBe(true);
    expect(renewalPending(g({ pendingRenewal: pending }), 1 + PENDING_RENEWAL_MS)).toBe(false);
  });
});
