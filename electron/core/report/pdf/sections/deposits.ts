import type Database from 'better-sqlite3';
import { hasTable } from '../../../db/has-table';
import { tracePathInput } from '../../../graph/path-figure/trace-path';
import { documentPath } from '../../package/documents';
import { isoSeconds } from '../../amounts';
import { printFigure } from '../../figure/print-figure';
import { flatten, parseStored } from '../../report-context';
import { TEXT_WIDTH } from '../pdf-writer';
import type { ReportSection } from './section';

/** Typed annotations that record a payment into a hash-rental service (kind names vary by UI version). */
const DEPOSIT_KIND = "lower(kind) LIKE '%rental%' OR lower(kind) LIKE '%deposit%'";

const FIGURE_MAX_HEIGHT = 420;

/** The deposit form's fields (shared/domain/annotation.ts) in the order and words a reader needs; others follow as stored. */
const DEPOSIT_FIELDS: [key: string, label: string, unit?: (data: Record<string, unknown>) => string][] = [
  ['service', 'Service'],
  ['serviceName', 'Service name'],
  ['orderId', 'Order'],
  ['btcAmount', 'Amount deposited', () => ' BTC'],
  ['depositTime', 'Deposit time'],
  ['fiatAmount', 'Amount paid', (d) => ` ${String(d.fiatCurrency ?? '')}`],
  ['accountHolder', 'Account holder'],
  ['legalProcess', 'Legal process reference'],
  ['periodFrom', 'Rental from'],
  ['periodTo', 'Rental to'],
  ['algorithm', 'Algorithm'],
  ['poolUrl', 'Pool pointed at'],
  ['worker', 'Worker'],
  ['payoutAddress', 'Payout address'],
];
const NOT_GIVEN = 'not given in the return';
/** What the evidence needs from a deposit (issue #15): stated even when the return does not give it. */
const EVIDENCE_FIELDS = new Set(['btcAmount', 'depositTime', 'accountHolder', 'legalProcess']);

/** A deposit's recorded fields as label/value rows: the form's fields by name (empty ones said so), then anything else. */
function depositRows(stored: unknown): [string, string][] {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return flatten(stored);
  const data = stored as Record<string, unknown>;
  const named = new Set<string>(['fiatCurrency']);
  const rows: [string, string][] = [];
  for (const [key, label, unit] of DEPOSIT_FIELDS) {
    named.add(key);
    const value = data[key];
    const empty = value === undefined || value === null || value === '';
    // The evidence fields are always stated, given or not; the others only when recorded.
    if (empty && !EVIDENCE_FIELDS.has(key)) continue;
    rows.push([label, empty ? NOT_GIVEN : isoSeconds(`${String(value)}${unit ? unit(data) : ''}`)]);
  }
  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !named.has(k)));
  return [...rows, ...flatten(rest)];
}

/** The SHA-256 a deposit records of its evidence document (current form: evidenceDocument.sha256; older: evidenceSha256). */
function evidenceSha256(stored: unknown): string | null {
  if (stored === null || typeof stored !== 'object') return null;
  const data = stored as { evidenceDocument?: unknown; evidenceSha256?: unknown };
  const document = data.evidenceDocument as { sha256?: unknown } | null | undefined;
  const sha = typeof document === 'object' && document !== null ? document.sha256 : data.evidenceSha256;
  return typeof sha === 'string' && /^[0-9a-f]{64}$/.test(sha) ? sha : null;
}

/** Where the deposit's evidence document is in this package, when the case keeps a document with its SHA-256. */
function keptAs(db: Database.Database, stored: unknown): [string, string][] {
  const sha = evidenceSha256(stored);
  if (sha === null || !hasTable(db, 'documents')) return [];
  const kept = db.prepare('SELECT id, file_name AS fileName FROM documents WHERE sha256 = ? ORDER BY id').all(sha) as { id: number; fileName: string }[];
  return kept.map((d) => ['Evidence document in this package', `${documentPath(d.id, d.fileName)} (off-chain document ${d.id}, same SHA-256)`]);
}

interface Deposit {
  id: number;
  chain: string;
  subject_type: string;
  subject: string;
  kind: string;
  note: string;
  data: string;
  confidence: number | null;
}

export const depositsSection: ReportSection = {
  id: 'deposits',
  title: 'Hash-rental deposits and off-chain links',
  items: ({ db }) =>
    (db.prepare(`SELECT count(*) FROM annotations WHERE ${DEPOSIT_KIND}`).pluck().get() as number) +
    (db.prepare('SELECT count(*) FROM offchain_links').pluck().get() as number),
  render(w, { db }) {
    const deposits = db
      .prepare(`SELECT id, chain, subject_type, subject, kind, note, data, confidence FROM annotations WHERE ${DEPOSIT_KIND} ORDER BY id`)
      .all() as Deposit[];
    const links = db
      .prepare(`SELECT l.id, l.chain, l.from_address, l.to_address, l.confidence, l.annotation_id, a.kind, a.note, a.data
        FROM offchain_links l JOIN annotations a ON a.id = l.annotation_id ORDER BY l.id`)
      .raw(true)
      .all() as (string | number | null)[][];
    w.beginSection(this.id, this.title, { deposits, links });
    w.paragraph('Deposits the examiner recorded into hash-rental services, with the order details and the evidence document ' +
      '(named with its SHA-256), and the off-chain links they justify: from a deposit to the address the rented hash power paid.');
    if (deposits.length === 0) w.paragraph('No hash-rental deposit has been recorded.');
    const depositTxs = deposits.filter((d) => d.subject_type === 'tx').map((d) => d.subject);
    if (depositTxs.length > 0) {
      const { figure, svg } = printFigure(tracePathInput(db, depositTxs, []), TEXT_WIDTH, FIGURE_MAX_HEIGHT);
      w.figure(svg, figure.height, 'Figure: the recorded deposit transactions, with the off-chain links their annotations justify.');
    }
    for (const d of deposits) {
      w.heading(`Deposit annotation ${d.id} (${d.kind})`, 3);
      w.fields([
        ['Subject', `${d.chain} ${d.subject_type} ${d.subject}`],
        ['Confidence', d.confidence === null ? '—' : String(d.confidence)],
        ['Note', d.note || '—'],
        ...depositRows(parseStored(d.data)),
        ...keptAs(db, parseStored(d.data)),
      ]);
    }
    w.heading('Off-chain links', 2);
    if (links.length === 0) w.paragraph('No off-chain link has been recorded.');
    else
      w.table(
        [
          { header: 'Link', width: 0.1, kind: 'text' },
          { header: 'From', width: 0, kind: 'mono', line: true },
          { header: 'To  ', width: 0, kind: 'mono', line: true },
          { header: 'Conf.', width: 0.1, kind: 'text', align: 'right' },
          { header: 'Evidence (annotation)', width: 0.8, kind: 'text' },
        ],
        links.map(([id, chain, from, to, conf, annotation, kind, note]) => [
          `${String(id)} (${String(chain)})`,
          String(from),
          String(to),
          conf === null ? '—' : String(conf),
          `#${annotation} ${kind}: ${note ?? ''}`,
        ]),
      );
  },
};
