import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { TableCell, TableColumn } from '../../../shared/api/methods/workspace';
import { cellText, columnWidth } from './cells';
import type { TablePagesState } from './use-table-pages';

const ROW_HEIGHT = 24;

export interface SortState {
  column: string;
  direction: 'asc' | 'desc';
}

interface VirtualTableProps {
  pages: TablePagesState;
  sort: SortState | null;
  onSort(sort: SortState): void;
  columnFilters: Record<string, string>;
  onColumnFilter(key: string, value: string): void;
  onRowClick?(row: TableCell[], columns: TableColumn[]): void;
}

/** Only the visible rows exist in the DOM; the pages under them are fetched as they scroll in. */
export function VirtualTable({ pages, sort, onSort, columnFilters, onColumnFilter, onRowClick }: VirtualTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: pages.total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => pages.ensure(first, last), [first, last, pages.ensure]);
  const template = pages.columns.map((c) => `${columnWidth(c)}px`).join(' ');
  const width = pages.columns.reduce((sum, c) => sum + columnWidth(c), 0);
  const nextSort = (key: string): SortState => ({ column: key, direction: sort?.column === key && sort.direction === 'asc' ? 'desc' : 'asc' });

  return (
    <div className="vtable" ref={scroller} data-testid="virtual-table">
      <div className="vtable-head" style={{ gridTemplateColumns: template, width }}>
        {pages.columns.map((c) => (
          <div key={c.key} className={c.kind === 'number' ? 'vtable-th num' : 'vtable-th'}>
            <button type="button" className="vtable-sort" onClick={() => onSort(nextSort(c.key))} aria-sort={sort?.column === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              {c.label}
              {sort?.column === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
            </button>
            <input
              className="vtable-filter"
              aria-label={`Filter ${c.label}`}
              placeholder="filter"
              value={columnFilters[c.key] ?? ''}
              onChange={(e) => onColumnFilter(c.key, e.target.value)}
            />
          </div>
        ))}
      </div>
      <div className="vtable-body" style={{ height: virtualizer.getTotalSize(), width }}>
        {items.map((item) => {
          const row = pages.row(item.index);
          return (
            <div
              key={item.key}
              className={onRowClick && row ? 'vtable-row clickable' : 'vtable-row'}
              data-testid="table-row"
              style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template, height: ROW_HEIGHT }}
              onClick={() => row && onRowClick?.(row, pages.columns)}
            >
              {pages.columns.map((c, i) => {
                const text = row ? cellText(c, row[i]) : '';
                return (
                  <div key={c.key} className={c.kind === 'number' ? 'vtable-td num' : 'vtable-td'} title={text}>
                    {row ? text : i === 0 ? '…' : ''}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
