import { useState } from 'react';
import { TABLE_IDS, type TableCell, type TableColumn, type TableId } from '../../../shared/api/methods/workspace';
import { nodeId } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatCount, formatUnix } from '../ui/format';
import { useTimeWindow } from '../timefilter/time-window-context';
import { downloadText } from './cells';
import { useDebounced } from './use-debounced';
import { useTablePages } from './use-table-pages';
import { VirtualTable, type SortState } from './VirtualTable';

/** Tables whose rows have chain times, so the graph's time window narrows them. */
const TIMED = new Set<TableId>(['transactions', 'addresses', 'findings']);

const TITLES: Record<TableId, string> = { transactions: 'Transactions', addresses: 'Addresses', findings: 'Findings', sources: 'Sources', audit: 'Audit log' };

/** A row of the transactions or addresses table as the graph node it names. */
function rowNode(table: TableId, row: TableCell[], columns: TableColumn[]): string | null {
  const get = (key: string) => row[columns.findIndex((c) => c.key === key)];
  const chain = get('chain');
  if (typeof chain !== 'string') return null;
  if (table === 'transactions') return nodeId('tx', chain, String(get('txid')));
  if (table === 'addresses') return nodeId('address', chain, String(get('address')));
  return null;
}

/** The case tables in a bottom drawer: sorted and filtered on the engine, virtualized here, exported as CSV. */
export function TablesDrawer({ onNavigate, onClose }: { onNavigate(id: string): void; onClose(): void }) {
  const { client } = useApp();
  const [table, setTable] = useState<TableId>('transactions');
  const [sort, setSort] = useState<SortState | null>(null);
  const [text, setText] = useState('');
  const [columns, setColumns] = useState<Record<string, string>>({});
  const [exportState, setExportState] = useState<{ note: string; error: unknown }>({ note: '', error: null });
  // Debounced whole, so a tab switch never pairs one table with another's column filters.
  const { window: timeWindow, setWindow } = useTimeWindow();
  const selection = useDebounced({ table, sort, filter: { text, columns, timeWindow } }, 250);
  const pages = useTablePages(selection);
  const switchTo = (next: TableId) => {
    setTable(next);
    setSort(null);
    setColumns({});
    setExportState({ note: '', error: null });
  };
  const exportCsv = async () => {
    try {
      const out = await client.call('tables.exportCsv', selection);
      downloadText(out.fileName, out.csv);
      setExportState({ note: `${formatCount(out.rows)} rows exported${out.truncated ? ' (capped; the evidence package has every row)' : ''}`, error: null });
    } catch (error) {
      setExportState({ note: '', error });
    }
  };
  return (
    <section className="tables-drawer" data-testid="tables-drawer" aria-label="Case tables">
      <header className="drawer-head">
        <nav className="panel-tabs drawer-tabs" role="tablist">
          {TABLE_IDS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={id === table} className="panel-tab" onClick={() => switchTo(id)}>
              {TITLES[id]}
            </button>
          ))}
        </nav>
        <input className="drawer-search" aria-label="Filter rows" placeholder="Filter rows…" value={text} onChange={(e) => setText(e.target.value)} />
        {timeWindow && TIMED.has(table) && (
          <span className="drawer-window" data-testid="table-time-window" title={`The graph's time filter applies: ${formatUnix(timeWindow[0])} – ${formatUnix(timeWindow[1])}`}>
            Time filter
            <button type="button" className="link-button" onClick={() => setWindow(null)} aria-label="Clear the time filter">
              ✕
            </button>
          </span>
        )}
        <span className="muted drawer-count" data-testid="table-total">
          {pages.loaded ? `${formatCount(pages.total)} rows` : 'Loading…'}
        </span>
        <button type="button" className="button small" onClick={() => void exportCsv()} data-testid="export-csv">
          Export CSV
        </button>
        <span className="muted drawer-note" role="status">
          {exportState.note}
        </span>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close tables">
          ✕
        </button>
      </header>
      <ErrorMessage error={pages.error ?? exportState.error} />
      <VirtualTable
        pages={pages}
        sort={sort}
        onSort={setSort}
        columnFilters={columns}
        onColumnFilter={(key, value) => setColumns({ ...columns, [key]: value })}
        onRowClick={(row, cols) => {
          const id = rowNode(table, row, cols);
          if (id) onNavigate(id);
        }}
      />
    </section>
  );
}
