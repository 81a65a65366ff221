import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableCell, TableColumn, TableQuery } from '../../../shared/api/methods/workspace';
import { useApp } from '../app/runtime-context';

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
  const [state, setState] = useState<{ key: string; columns: TableColumn[]; total: number; pages: Map<number, TableCell[][]>; error: unknown }>({
    key,
    columns: [],
    total: 0,
    pages: new Map(),
    error: null,
  });
  const requested = useRef(new Set<string>());

  const load = useCallback(
    (page: number) => {
      const id = `${key}#${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      client.call('tables.query', { ...selection, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) =>
          setState((s) =>
            s.key !== key ? s : { ...s, columns: result.columns, total: result.total, pages: new Map(s.pages).set(page, result.rows), error: null },
          ),
        (error: unknown) => setState((s) => (s.key !== key ? s : { ...s, error })),
      );
    },
    // `selection` is captured by value through `key`.
    [key, client],
  );

  useEffect(() => {
    requested.current = new Set();
    setState((s) => ({ key, columns: s.columns, total: 0, pages: new Map(), error: null }));
    load(0);
  }, [key, load]);

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE_SIZE); page <= Math.floor(Math.max(from, to) / PAGE_SIZE); page += 1) load(page);
    },
    [load],
  );
  const current = state.key === key;
  const pages = current ? state.pages : new Map<number, TableCell[][]>();
  return {
    columns: state.columns,
    total: current ? state.total : 0,
    loaded: current && state.pages.has(0),
    error: state.error,
    row: (index) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure,
  };
}
