import { describe, expect, it } from 'vitest';
import { unreadLanguage } from './language';
import type { Facts } from './steps';

const el = {} as Element;
const nothing: Facts = { surface: 'seller-center', nav: { growth: null, growthOpen: false, myApps: null }, apps: null, dialog: null, consent: null };

describe('unreadLanguage', () => {
  it.each(['vi', 'id-ID', 'th', 'zh_CN', 'pt-BR', 'qps-ploc'])('a page in %s where the guide read nothing: that language', (lang) => {
    expect(unreadLanguage(nothing, lang)).toBe(lang);
  });

  it.each(['', '  ', 'en', 'EN', 'en-US', 'en_GB'])('no language or English (%j): not flagged, whatever was read', (lang) => {
    expect(unreadLanguage(nothing, lang)).toBeUndefined();
  });

  it.each([
    ['the Growth menu', { ...nothing, nav: { growth: el, growthOpen: false, myApps: null } }],
    ['an open Growth menu', { ...nothing, nav: { growth: null, growthOpen: true, myApps: null } }],
    ['My Apps & Services', { ...nothing, nav: { growth: null, growthOpen: true, myApps: el } }],
    ['the My apps page', { ...nothing, nav: null, apps: { appsTabActive: true } as Facts['apps'] }],
    ['a Renew dialog', { ...nothing, dialogPending: true }],
    ["another app's Renew dialog", { ...nothing, otherDialog: true }],
  ])('a label read (%s): the declared language is not what matters, not flagged', (_what, facts) => {
    expect(unreadLanguage(facts as Facts, 'zh-CN')).toBeUndefined();
  });

  it('only Seller Center pages, and only once facts exist', () => {
    expect(unreadLanguage(null, 'vi')).toBeUndefined();
    expect(unreadLanguage({ ...nothing, surface: 'authorization', nav: null }, 'vi')).toBeUndefined();
  });

  it.each(['<img src=x>', 'vi vi', 'a'.repeat(40), 'constructor', 'vi-"x"', '-vi'])('not a language tag (%j): not sent', (lang) => {
    expect(unreadLanguage(nothing, lang)).toBeUndefined();
  });
});
