import { describe, expect, it } from 'vitest';
import { contextAlive, send } from './ext';

const api = (answer: () => Promise<unknown>, id: string | undefined = 'ext-id') => ({ runtime: { id, sendMessage: answer } });
const msg = { type: 'data/clear' } as const;

describe('send', () => {
  it('ok only when the background says ok', async () => {
    expect(await send(msg, api(async () => ({ ok: true })))).toEqual({ ok: true });
    expect(await send(msg, api(async () => ({ ok: false, reason: 'refused' })))).toEqual({ ok: false, reason: 'refused' });
    expect(await send(msg, api(async () => undefined))).toEqual({ ok: false, reason: 'no answer' });
  });
  it('never throws: a failed send is a reply with its reason', async () => {
    expect(await send(msg, api(() => Promise.reject(new Error('Receiving end does not exist.'))))).toEqual({
      ok: false,
      reason: 'Receiving end does not exist.',
    });
  });
  it('sends nothing once the extension context is gone', async () => {
    let sent = false;
    const gone = api(async () => ((sent = true), { ok: true }), '');
    expect(contextAlive(gone)).toBe(false);
    expect(await send(msg, gone)).toEqual({ ok: false, reason: 'extension context gone' });
    expect(sent).toBe(false);
    const throwing = {
      get runtime(): never {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(contextAlive(throwing)).toBe(false);
  });
});
