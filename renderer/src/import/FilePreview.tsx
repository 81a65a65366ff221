import { parse } from 'csv-parse/browser/esm/sync';
import type { ImportPreview } from '../../../shared/api/methods/import';

const MAX_ROWS = 5;

/** Data rows under the header, or null when the head does not parse as CSV (a cut-off quoted field, say). */
function csvRows(lines: string[]): string[][] | null {
  try {
    const rows = parse(lines.slice(1).filter(Boolean).join('\n'), { relax_column_count: true, relax_quotes: true }) as string[][];
    return rows.slice(0, MAX_ROWS);
  } catch {
    return null;
  }
}

/** The first rows of a file: a small table under the CSV columns, plain text lines otherwise. */
export function FilePreview({ preview }: { preview: ImportPreview }) {
  // JSON lines split on commas too: a table only for heads that do not open a JSON value.
  const tabular = preview.columns.length > 1 && !/^\s*[[{]/.test(preview.lines[0] ?? '');
  const rows = tabular ? csvRows(preview.lines) : null;
  if (rows) {
    return (
      <div className="import-preview" data-testid="import-preview">
        <table className="data-table compact">
          <thead>
            <tr>
              {preview.columns.map((c, i) => (
                <th key={i}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {preview.columns.map((_c, i) => (
                  <td key={i} className="mono">
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <pre className="import-preview mono" data-testid="import-preview">
      {preview.lines.join('\n')}
    </pre>
  );
}
