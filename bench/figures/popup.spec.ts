// The popup's first render: the real action popup opened over a Seller Center tab, navigation start → status rows
// on screen, against floors opened the same way (a static popup, the least scripted one, this popup as a static
// page), over a quiet and over a busy tab. bench/popup.ts opens them.
import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBusy } from '../page';
import { openPopups, POPUP_PAGES, popupAsShown, SNAPSHOT_VARIANTS, snapshotVariant, snapshotVariantPage, snapshotVariants, type PopupTiming } from '../popup';
import { saveFigures } from '../results';
import { CFG, inSession, popupPages, withFloorPage } from '../session';
import { summarize, type Figure } from '../stats';

/** Warm-up opens (the first of each page in this browser), then opens over a quiet and over a busy Seller Center tab. */
type PopupRound = { cold: PopupTiming[]; quiet: PopupTiming[]; busy: PopupTiming[] };

function popupSession(): Promise<PopupRound> {
  return inSession('on', async (s) => {
    const { page } = s;
    const worker = s.context.serviceWorkers()[0] ?? (await s.context.waitForEvent('serviceworker'));
    const open = (rounds: number) =>
      openPopups({ userDataDir: s.dir, worker, pages: popupPages(), rounds, bringToFront: () => page.bringToFront() });
    // The first open in this browser (cold) is also the one the snapshot floor is made of.
    const shown = await popupAsShown({ userDataDir: s.dir, worker, page: POPUP_PAGES.popup, bringToFront: () => page.bringToFront() });
    writeFileSync(join(withFloorPage(), POPUP_PAGES.snapshot), shown.html);
    for (const v of snapshotVariants()) writeFileSync(join(withFloorPage(), snapshotVariantPage(v)), snapshotVariant(v, shown.html));
    const cold = [shown.timing];
    await open(1); // every page once more before the rounds: each page's first open compiles and caches what it runs
    const quiet = await open(CFG.popupOpens);
    // The same over a Seller Center tab whose main thread is busy (150 ms tasks back to back), as a heavy page is.
    await page.evaluate(startBusy, 150);
    const busy = await open(CFG.popupOpens).finally(() => page.evaluate(() => window.__benchBusy?.stop()));
    return { cold, quiet, busy };
  });
}

test('popup first render over Seller Center', async () => {
  const rounds: PopupRound[] = [];
  for (let round = 0; round < CFG.rounds; round++) rounds.push(await popupSession());
  const out: Figure[] = [];
  const of = (condition: 'quiet' | 'busy', page: string) => rounds.flatMap((r) => r[condition].filter((p) => p.page === page));
  // Pairs: the nth open of the popup with the nth open of `page` in the same browser and condition (the order of
  // the pages rotates from round to round).
  const pairs = (condition: 'quiet' | 'busy', page: string) =>
    rounds.flatMap((r) => {
      const a = r[condition].filter((p) => p.page === POPUP_PAGES.popup);
      const b = r[condition].filter((p) => p.page === page);
      return a.slice(0, b.length).map((p, i) => p.paintedMs - b[i]!.paintedMs);
    });
  const popup = of('quiet', POPUP_PAGES.popup);
  if (popup.length) {
    const painted = summarize(popup.map((p) => p.paintedMs));
    const cold = rounds.map((r) => r.cold[0]?.paintedMs.toFixed(0) ?? '–').join(', ');
    const median = (f: (p: PopupTiming) => number | undefined) => summarize(popup.flatMap((p) => f(p) ?? [])).median;
    out.push({
      id: 'popup',
      name: `popup first render: the action popup opened over Seller Center, navigation start → status rows painted (on screen; ${popup.length} opens)`,
      unit: 'ms',
      off: null,
      on: painted,
      target: '≤ 100 ms',
      met: painted.median <= 100,
      note:
        `medians: fetch start ${median((p) => p.fetchStartMs)} ms (Chrome's navigation work), \`load\` ${median((p) => p.loadMs)} ms, ` +
        `first contentful paint ${median((p) => p.fcpMs)} ms; not counted: each browser's first open of the popup (cold), ${cold} ms`,
    });
    const compared = [
      { id: 'popup-floor', page: POPUP_PAGES.floor, name: 'a static popup (the three rows as plain HTML, no script)' },
      { id: 'popup-floor-script', page: POPUP_PAGES.scripted, name: 'the least scripted popup (one small module writes the rows from storage.local)' },
      { id: 'popup-snapshot', page: POPUP_PAGES.snapshot, name: 'this popup as shown, as a static page (its DOM and stylesheet, no script)' },
      { id: 'popup-compare', page: POPUP_PAGES.compare, name: `the popup of another build (${process.env.BENCH_POPUP_COMPARE ?? ''})` },
    ];
    for (const f of compared) {
      const other = of('quiet', f.page);
      if (!other.length) continue;
      out.push({
        id: f.id,
        name: `popup over ${f.name}, same browser (${other.length} pairs)`,
        unit: 'ms',
        off: summarize(other.map((p) => p.paintedMs)),
        on: painted,
        compare: { kind: 'extra', unit: 'ms', summary: summarize(pairs('quiet', f.page)) },
        target: f.id === 'popup-compare' ? 'report' : 'report: what Chrome costs any popup here vs what this one adds',
        met: null,
      });
    }
    // The snapshot's variants (BENCH_POPUP_VARIANTS), each against the snapshot as it is, paired per round.
    const pairedOver = (condition: 'quiet' | 'busy', page: string, base: string) => {
      const a = of(condition, page);
      const b = of(condition, base);
      const n = Math.min(a.length, b.length);
      if (!n) return 'not measured';
      const s = summarize(a.slice(0, n).map((p, i) => p.paintedMs - b[i]!.paintedMs));
      return `${s.median} ms paired [${s.min}–${s.max}] over ${n} pairs`;
    };
    const snapshot = of('quiet', POPUP_PAGES.snapshot);
    for (const v of snapshotVariants()) {
      const page = snapshotVariantPage(v);
      const variant = of('quiet', page);
      if (!snapshot.length || !variant.length) continue;
      const n = Math.min(snapshot.length, variant.length);
      out.push({
        id: `popup-snapshot-${v}`,
        name: `this popup as a static page, ${SNAPSHOT_VARIANTS[v]!.what}, against the static page as it is (${n} pairs)`,
        unit: 'ms',
        off: summarize(snapshot.map((p) => p.paintedMs)),
        on: summarize(variant.map((p) => p.paintedMs)),
        compare: { kind: 'extra', unit: 'ms', summary: summarize(variant.slice(0, n).map((p, i) => p.paintedMs - snapshot[i]!.paintedMs)) },
        target: 'report: what that part of the page costs Chrome to show, before any script',
        met: null,
        note: `over a busy tab: ${pairedOver('busy', page, POPUP_PAGES.snapshot)}`,
      });
    }
    const busy = of('busy', POPUP_PAGES.popup);
    const overBusy = [
      {
        id: 'popup-busy-tab',
        page: POPUP_PAGES.scripted,
        name: 'popup over a busy Seller Center tab (its main thread in 150 ms tasks), over the least scripted popup then',
        target: 'report: with one shop known the rows do not wait for the page to answer',
      },
      { id: 'popup-busy-compare', page: POPUP_PAGES.compare, name: "popup over a busy Seller Center tab, over the other build's popup then", target: 'report' },
    ];
    for (const f of overBusy) {
      const other = of('busy', f.page);
      if (!busy.length || !other.length) continue;
      out.push({
        id: f.id,
        name: `${f.name} (${other.length} pairs)`,
        unit: 'ms',
        off: summarize(other.map((p) => p.paintedMs)),
        on: summarize(busy.map((p) => p.paintedMs)),
        compare: { kind: 'extra', unit: 'ms', summary: summarize(pairs('busy', f.page)) },
        target: f.target,
        met: null,
      });
    }
  }
  saveFigures('popup', out, rounds);
});
