import { useState } from 'react';
import type { ImportResult, RejectedRow } from '../../../shared/domain/source';
import { useApp } from '../app/runtime-context';
import { downloadText } from '../tables/cells';
import { DataTable } from '../ui/DataTable';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatCount } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { rejectedCsv } from './rejected-csv';

const PAGE = 50;
const EXPORT_PAGE = 10_000;

const location = (row: RejectedRow): string => (row.line !== null ? `line ${row.line}` : row.byteOffset !== null ? `byte ${row.byteOffset}` : '—');

/** The rejected rows of one imported source, paged from the case, with a CSV export of all of them. */
export function RejectedRows({ result }: { result: ImportResult }) {
  const { client } = useApp();
  const [offset, setOffset] = useState(0);
  const [exportError, setExportError] = useState<unknown>(null);
  const page = useLoad(`${result.sourceId}:${offset}`, () => client.call('import.rejected', { sourceId: result.sourceId, offset, limit: PAGE }));
  const total = page.data?.total ?? result.rejectedCount;

  const exportAll = async () => {
    setExportError(null);
    try {
      const rows: RejectedRow[] = [];
      while (rows.length < total) {
        const next = await client.call('import.rejected', { sourceId: result.sourceId, offset: rows.length, limit: EXPORT_PAGE });
        if (next.rows.length === 0) break;
        rows.push(...next.rows);
      }
      downloadText(`${result.file}.rejected.csv`, rejectedCsv(rows));
    } catch (error) {
      setExportError(error);
    }
  };

  return (
    <div className="rejected-rows">
      <div className="rejected-bar">
        <span className="muted">
          Rejected rows {formatCount(Math.min(offset + 1, total))}–{formatCount(Math.min(offset + PAGE, total))} of {formatCount(total)}
        </span>
        <span className="spacer" />
        <button type="button" className="button small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          Previous
        </button>
        <button type="button" className="button small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          Next
        </button>
        <button type="button" className="button small" onClick={() => void exportAll()}>
          Export CSV
        </button>
      </div>
      <ErrorMessage error={page.error ?? exportError} />
      <DataTable
        compact
        testId="rejected-rows"
        rows={page.data?.rows ?? []}
        rowKey={(_row, i) => offset + i}
        columns={[
          { header: 'File', cell: (row) => <span className="mono">{row.file}</span> },
          { header: 'Where', cell: (row) => <span className="mono nowrap">{location(row)}</span> },
          { header: 'Field', cell: (row) => <span className="mono">{row.field ?? '—'}</span> },
          { header: 'Reason', cell: (row) => row.reason },
        ]}
      />
    </div>
  );
}
