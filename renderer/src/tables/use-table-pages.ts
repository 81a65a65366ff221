import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TableCell, TableColumn, TableQuery } from '../../../shared/api/methods/workspace';
import { useApp } from '../app/runtime-context';
import { PageCache } from '../ui/page-cache';

export const PAGE_SIZE = 200;

export interface TablePagesState {
  columns: TableColumn[];
  total: number;
  /** False until the first page of the current selection arrives, so "0 rows" is never shown for "not loaded yet". */
  loaded: boolean;
  error: unknown;
  row(index: number): TableCell[] | undefined;
  /** Asks for the pages covering rows [from, to]; pages already loaded or in flight are not fetched again. */
  ensure(from: number, to: number): void;
}

type Selection = Omit<TableQuery, 'offset' | 'limit'>;

/** Server-side paging for the virtualized table: pages of PAGE_SIZE rows fetched as they scroll into view. */
export function useTablePages(selection: Selection): TablePagesState {
  const { client } = useApp();
  const key = JSON.stringify(selection);
  // A new selection is a new cache: answers for an older one land in a cache nobody reads.
  const cache = useMemo(() => new PageCache<TableCell[]>(PAGE_SIZE), [key]);
  // Columns outlive a selection so the header does not flicker while the next one loads.
  const [columns, setColumns] = useState<TableColumn[]>([]);
  const [status, setStatus] = useState<{ cache: PageCache<TableCell[]>; total: number; error: unknown }>({ cache, total: 0, error: null });

  const ensure = useCallback(
    (from: number, to: number) => {
      for (const page of cache.claim(from, to)) {
        client.call('tables.query', { ...selection, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (result) => {
            cache.store(page, result.rows);
            setColumns(result.columns);
            setStatus((s) => (s.cache === cache ? { cache, total: result.total, error: null } : s));
          },
          (error: unknown) => {
            cache.release(page);
            setStatus((s) => (s.cache === cache ? { ...s, error } : s));
          },
        );
      }
    },
    // `selection` is captured by value through `key`, which `cache` follows.
    [cache, client],
  );

  useEffect(() => {
    setStatus({ cache, total: 0, error: null });
    ensure(0, 0);
  }, [cache, ensure]);

  const current = status.cache === cache;
  return {
    columns,
    total: current ? status.total : 0,
    loaded: current && cache.has(0),
    error: current ? status.error : null,
    row: (index) => cache.row(index),
    ensure,
  };
}
