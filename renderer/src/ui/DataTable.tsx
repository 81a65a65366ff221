import type { Key, ReactNode } from 'react';

export interface Column<T> {
  header: ReactNode;
  cell(row: T): ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  className?(row: T): string;
}

/** The dense table every panel uses: a header row and one row per item; cells are React nodes (text only). */
export function DataTable<T>({ rows, columns, rowKey, testId, compact }: { rows: T[]; columns: Column<T>[]; rowKey(row: T, index: number): Key; testId?: string; compact?: boolean }) {
  const cellClass = (c: Column<T>, row?: T) => [c.numeric ? 'num' : '', row && c.className ? c.className(row) : ''].filter(Boolean).join(' ') || undefined;
  return (
    <table className={compact ? 'data-table compact' : 'data-table'} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} className={cellClass(c)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((c, i) => (
              <td key={i} className={cellClass(c, row)}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
