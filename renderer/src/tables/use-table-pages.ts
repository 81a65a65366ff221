import { useState } from 'react';
import type { TableCell, TableColumn, TableQuery } from '../../../shared/api/methods/workspace';
import { useApp } from '../app/runtime-context';
import { useCaseRevision } from '../app/use-case-revision';
import { useEnginePages, type EnginePages } from '../ui/use-engine-pages';

export const PAGE_SIZE = 200;

export interface TablePagesState extends EnginePages<TableCell[]> {
  columns: TableColumn[];
}

type Selection = Omit<TableQuery, 'offset' | 'limit'>;

/** Server-side paging for the virtualized table: pages of PAGE_SIZE rows fetched as they scroll into view, refetched when the case changes. */
export function useTablePages(selection: Selection): TablePagesState {
  const { client } = useApp();
  const revision = useCaseRevision();
  // Columns outlive a selection so the header does not flicker while the next one loads.
  const [columns, setColumns] = useState<TableColumn[]>([]);
  const pages = useEnginePages(`${revision}:${JSON.stringify(selection)}`, PAGE_SIZE, (offset, limit) =>
    client.call('tables.query', { ...selection, offset, limit }).then((result) => {
      setColumns(result.columns);
      return result;
    }),
  );
  return { ...pages, columns };
}
