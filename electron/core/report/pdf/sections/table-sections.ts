import { coin, isoSeconds, utc } from '../../amounts';
import type { ReportContext } from '../../report-context';
import type { Column, PdfWriter } from '../pdf-writer';
import type { ReportSection } from './section';

interface TableSpec {
  id: ReportSection['id'];
  title: string;
  intro: string;
  csv: string;
  countSql: string;
  /** Selects the rows in report order; bound to a LIMIT. */
  sql: string;
  columns: Column[];
  cells(row: Record<string, unknown>): string[];
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** A section that is one table of the case, capped at the export's row limit; the CSV always has every row. */
function tableSection(spec: TableSpec): ReportSection {
  return {
    id: spec.id,
    title: spec.title,
    items: ({ db }) => db.prepare(spec.countSql).pluck().get() as number,
    render(w: PdfWriter, { db, maxTableRows }: ReportContext) {
      const total = db.prepare(spec.countSql).pluck().get() as number;
      const rows = (db.prepare(`${spec.sql} LIMIT ?`).all(maxTableRows) as Record<string, unknown>[]).map(spec.cells);
      w.beginSection(spec.id, spec.title, rows);
      w.paragraph(spec.intro);
      w.note(rows.length < total ? `Showing ${rows.length} of ${total} rows; csv/${spec.csv} holds all of them.` : `${total} rows (also in csv/${spec.csv}).`);
      if (rows.length > 0) w.table(spec.columns, rows);
    },
  };
}

export const transactionsSection = tableSection({
  id: 'transactions',
  title: 'Transactions',
  intro: 'Transactions of the case in time order. Values (the outputs\' total; the native transfer on account chains) are exact ' +
    'and carry the chain\'s ticker; I/O counts inputs and outputs, "cb" marks a coinbase.',
  csv: 'transactions.csv',
  countSql: 'SELECT count(*) FROM transactions',
  // Account chains keep the native value in transfers (wei as text), so it is read from there.
  sql: `SELECT chain, txid, block_height, block_time, is_coinbase, input_count, output_count, fee,
      coalesce(output_value, (SELECT x.value FROM transfers x WHERE x.tx_id = t.id AND x.token = '' ORDER BY x.log_index LIMIT 1)) AS output_value
    FROM transactions t ORDER BY block_time, chain, block_height, tx_index, txid`,
  columns: [
    { header: 'Time (UTC)', width: 0.162, kind: 'mono' },
    { header: 'Txid', width: 0.546, kind: 'mono' },
    { header: 'Block', width: 0.074, kind: 'mono', align: 'right' },
    { header: 'I/O', width: 0.05, kind: 'mono', align: 'right' },
    { header: 'Value', width: 0.168, kind: 'mono', align: 'right' },
  ],
  cells: (r) => [
    utc(r.block_time as number | null),
    str(r.txid),
    str(r.block_height),
    `${r.is_coinbase ? 'cb' : str(r.input_count)}/${str(r.output_count)}`,
    coin(r.output_value as number | null, str(r.chain)),
  ],
});

export const annotationsSection = tableSection({
  id: 'annotations',
  title: 'Annotations',
  intro: 'Notes and typed annotations the examiner recorded, shown as plain text exactly as entered.',
  csv: 'annotations.csv',
  countSql: 'SELECT count(*) FROM annotations',
  sql: 'SELECT id, chain, subject_type, subject, kind, note, labels, confidence, updated_at FROM annotations ORDER BY id',
  columns: [
    { header: '#', width: 0.05, kind: 'text' },
    { header: 'Subject', width: 0, kind: 'mono', line: true },
    { header: 'Kind', width: 0.17, kind: 'text' },
    { header: 'Note', width: 0.58, kind: 'text' },
    { header: 'Updated', width: 0.2, kind: 'text' },
  ],
  cells: (r) => [str(r.id), `${str(r.chain)} ${str(r.subject_type)} ${str(r.subject)}`, str(r.kind), `${str(r.note)} ${r.labels === '[]' ? '' : str(r.labels)}`, isoSeconds(str(r.updated_at))],
});

export const tagsSection = tableSection({
  id: 'tags',
  title: 'Attribution tags',
  intro: 'Tags on addresses and transactions of the case, with their category, confidence and the file they came from.',
  csv: 'tags.csv',
  countSql: 'SELECT count(*) FROM tags',
  sql: `SELECT g.chain, g.subject, g.label, g.category, g.confidence, g.confidence_score, s.original_name FROM tags g
    JOIN sources s ON s.id = g.origin_source_id ORDER BY g.chain, g.subject, g.label, g.id`,
  columns: [
    { header: 'Chain', width: 0.06, kind: 'text' },
    { header: 'Subject', width: 0.49, kind: 'mono' },
    { header: 'Label', width: 0.17, kind: 'text' },
    { header: 'Category', width: 0.1, kind: 'text' },
    { header: 'Conf.', width: 0.06, kind: 'text' },
    { header: 'Source file', width: 0.12, kind: 'text' },
  ],
  cells: (r) => [str(r.chain), str(r.subject), str(r.label), str(r.category), str(r.confidence ?? r.confidence_score), str(r.original_name)],
});

export const sourcesSection = tableSection({
  id: 'sources',
  title: 'Sources',
  intro: 'Every file imported into the case, with its size, SHA-256 and the rows rejected on import.',
  csv: 'sources.csv',
  countSql: 'SELECT count(*) FROM sources',
  sql: 'SELECT id, original_name, size, sha256, format, rejected_count FROM sources ORDER BY id',
  columns: [
    { header: '#', width: 0.08, kind: 'text' },
    { header: 'File', width: 0, kind: 'mono', line: true },
    { header: 'Bytes', width: 0.3, kind: 'text', align: 'right' },
    { header: 'SHA-256', width: 0, kind: 'mono', line: true },
    { header: 'Format', width: 0.42, kind: 'text' },
    { header: 'Rejected', width: 0.2, kind: 'text', align: 'right' },
  ],
  cells: (r) => [str(r.id), str(r.original_name), str(r.size), str(r.sha256), str(r.format), str(r.rejected_count)],
});
