// `table=divs`: the apps list drawn with bare divs, as some Seller Center pages draw lists: no `<table>`, no row or
// cell role, no Arco table class, class names that say nothing. Same columns (and actions) as the Arco table.
import type { ReactNode } from 'react';
import { Spin } from '@arco-design/web-react';
import type { ColumnProps } from '@arco-design/web-react/es/Table';
import type { AppRow } from './data';

const GRID = { display: 'grid', gridTemplateColumns: '320px 160px 220px 1fr', alignItems: 'center', gap: 8, padding: '12px 16px', borderBottom: '1px solid var(--color-border-2, #e5e6eb)' };

function cell(c: ColumnProps<AppRow>, row: AppRow, i: number): ReactNode {
  const value = c.dataIndex ? (row as unknown as Record<string, unknown>)[c.dataIndex] : undefined;
  return c.render ? c.render(value, row, i) : String(value ?? '');
}

export function DivTable({ rows, shown, columns }: { rows: AppRow[] | null; shown: AppRow[]; columns: ColumnProps<AppRow>[] }) {
  if (rows === null) return <Spin loading style={{ display: 'block', padding: 48 }} />;
  return (
    <div className="x7k2q">
      <div className="h3m9w" style={{ ...GRID, fontWeight: 600, background: 'var(--color-fill-2, #f2f3f5)' }}>
        {columns.map((c, j) => <div key={j}>{c.title as ReactNode}</div>)}
      </div>
      <div className="b8z1p">
        {shown.map((row, i) => (
          <div key={row.key} className="r4t6y" style={GRID}>
            {columns.map((c, j) => <div key={j} className="c1v5n">{cell(c, row, i)}</div>)}
          </div>
        ))}
      </div>
    </div>
  );
}
