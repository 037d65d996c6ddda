// Small statistics and the results table.

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  values: number[];
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    n: values.length,
    median: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
    values: values.map(round),
  };
}

export interface Figure {
  id: string;
  name: string;
  unit: string;
  /** What was measured with the extension off and on (null: not applicable to that side). */
  off: Summary | null;
  on: Summary | null;
  /** On vs off, paired per round: a ratio (on/off) or an extra (on − off). */
  compare?: { kind: 'ratio' | 'extra'; unit: string; summary: Summary };
  /** The same comparison between two pages without the guide (A/A): how far the method itself strays from 1.00×. */
  control?: Summary;
  target: string;
  met: boolean | null;
  note?: string;
}

const fmt = (v: number, unit: string): string => {
  if (!Number.isFinite(v)) return '–';
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${v.toFixed(digits)}${unit === '×' ? '×' : unit ? ` ${unit}` : ''}`;
};

export function cell(s: Summary | null | undefined, unit: string, p95 = false): string {
  if (!s || s.n === 0) return 'n/a';
  const spread = s.n > 1 ? ` [${fmt(s.min, '')}–${fmt(s.max, '')}]` : '';
  return `${fmt(s.median, unit)}${p95 ? `, p95 ${fmt(s.p95, unit)}` : ''}${spread}`;
}

export function table(figures: Figure[]): string {
  const rows = [
    ['figure', 'off: median [min–max]', 'on: median [min–max]', 'on vs off (paired)', 'A/A control', 'target', 'met'],
    ['---', '---', '---', '---', '---', '---', '---'],
  ];
  for (const f of figures) {
    const compare = f.compare ? cell(f.compare.summary, f.compare.unit) : '';
    rows.push([
      f.name,
      cell(f.off, f.unit),
      cell(f.on, f.unit, f.id === 'reaction'),
      compare,
      f.control ? cell(f.control, '×') : '',
      f.target,
      f.met === null ? '–' : f.met ? 'yes' : '**NO**',
    ]);
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}
