// `npm run bench:flag`: what a MutationObserver leaves behind in a document once it is gone (no extension, no
// stand-in). Blink keeps, per document, which mutation types any observer was ever registered for
// (`Document::AddMutationObserverTypes` only ORs them in); while a type is set, every change of that type anywhere in
// the document walks the changed node's ancestors looking for registrations (`Node::GetRegisteredMutationObserversOfType`).
// So the cost grows with the depth of the changed node, and nothing a script does afterwards removes it.
//
// Each round opens one fresh page per condition, order rotating: nothing; an observer for `attributes` registered on a
// detached element and disconnected at once (no registration anywhere in the tree, only the document's flag); the
// same for `characterData` and for `childList`. In each page, chains of nested <div>s of three depths each hold 1,000 <span>s; the page times
// 40 passes of class writes (attribute changes) and of text writes (child-list changes) over them, 15 samples, the
// third lowest. Each condition against "nothing", paired per round; medians over rounds. (Setting `textContent` on an
// element whose only child is text changes that text node: a characterData change, not a child-list one.)
import { chromium, test } from '@playwright/test';
import { summarize } from './stats';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const ROUNDS = num('BENCH_FLAG_ROUNDS', 12);
const DEPTHS = (process.env.BENCH_FLAG_DEPTHS ?? '12,100,1000').split(',').map(Number);
const NODES = num('BENCH_CHURN_NODES', 1000);
const CONDITIONS = ['none', 'attributes', 'characterData', 'childList'] as const;
const FLAGS = ['attributes', 'characterData', 'childList'] as const;
type Condition = (typeof CONDITIONS)[number];
type Times = Record<string, { cls: number; text: number }>;

/** Runs in the page: builds the chains, sets the flag (or not), times the writes. */
function measure([depths, nodes, condition]: [number[], number, Condition]): Times {
  const chains = depths.map((depth) => {
    let parent: HTMLElement = document.body.appendChild(document.createElement('section'));
    for (let i = 1; i < depth; i++) parent = parent.appendChild(document.createElement('div'));
    return Array.from({ length: nodes }, () => {
      const span = parent.appendChild(document.createElement('span'));
      span.textContent = '0';
      return span;
    });
  });
  if (condition !== 'none') {
    const gone = new MutationObserver(() => {});
    gone.observe(document.createElement('div'), { [condition]: true });
    gone.disconnect();
  }
  const time = (cells: HTMLElement[], write: (c: HTMLElement, p: number, i: number) => void): number => {
    const samples: number[] = [];
    for (let s = 0; s < 15; s++) {
      const t0 = performance.now();
      for (let p = 0; p < 40; p++) for (let i = 0; i < cells.length; i++) write(cells[i]!, p + s, i);
      samples.push((performance.now() - t0) / 40);
    }
    return samples.sort((a, b) => a - b)[2]!;
  };
  const out: Times = {};
  depths.forEach((depth, k) => {
    out[depth] = {
      cls: time(chains[k]!, (c, p, i) => void (c.className = (p + i) % 2 ? 'up' : 'down')),
      text: time(chains[k]!, (c, p, i) => void (c.textContent = String((p * 7 + i) % 1000))),
    };
  });
  return out;
}

test('a MutationObserver gone from a document: the cost of its mutation types, by depth', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const ratios: Record<string, number[]> = {};
  const base: Record<string, number[]> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = CONDITIONS.map((_, i) => CONDITIONS[(i + round) % CONDITIONS.length]!);
      const times = {} as Record<Condition, Times>;
      for (const condition of order) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.setContent('<!doctype html><html><head><title>flag</title></head><body></body></html>');
        times[condition] = await page.evaluate(measure, [DEPTHS, NODES, condition] as [number[], number, Condition]);
        await context.close();
      }
      for (const depth of DEPTHS) {
        for (const kind of ['cls', 'text'] as const) {
          (base[`${depth} ${kind}`] ??= []).push(times.none[depth]![kind]);
          for (const condition of FLAGS) {
            (ratios[`${depth} ${kind} ${condition}`] ??= []).push(times[condition][depth]![kind] / times.none[depth]![kind]);
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  const rows = [`| depth | writes | nothing: ms per pass | ${FLAGS.map((f) => `${f} flag set`).join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |'];
  for (const depth of DEPTHS) {
    for (const kind of ['cls', 'text'] as const) {
      const r = (c: string) => {
        const s = summarize(ratios[`${depth} ${kind} ${c}`]!);
        return `${s.median.toFixed(3)}× [${s.min.toFixed(2)}–${s.max.toFixed(2)}]`;
      };
      rows.push(`| ${depth} | ${kind === 'cls' ? 'class' : 'text'} | ${summarize(base[`${depth} ${kind}`]!).median.toFixed(3)} | ${FLAGS.map(r).join(' | ')} |`);
    }
  }
  console.log(`\n${NODES} nodes, ${ROUNDS} rounds\n${rows.join('\n')}\n`);
});
