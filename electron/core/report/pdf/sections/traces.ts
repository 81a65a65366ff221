import type Database from 'better-sqlite3';
import { coin, isoSeconds, utc } from '../../amounts';
import { parseStored } from '../../report-context';
import type { ReportSection } from './section';
import { ANY_CHAIN } from '../../../db/any-chain';

const MODEL_NAMES: Record<string, string> = {
  poison: 'Poison', haircut: 'Haircut', fifo: 'FIFO', lifo: 'LIFO', tiho: 'TIHO (tainted in, highest out)', address_fifo: 'Address FIFO',
};

interface Disagreement { txid: string; vout: number; address: string | null; min: string; max: string; minModel: string; maxModel: string }

/** A trace.run audit entry's details (activity.ts auditTrace); older entries lack the window and the disagreements. */
interface TraceDetails {
  from?: string[];
  seeds?: number;
  direction?: string;
  models?: string[];
  hops?: number;
  minAmount?: string;
  stopAt?: string[];
  fromTime?: number | null;
  toTime?: number | null;
  maxDegree?: number | null;
  outputs?: number;
  totals?: Record<string, string>;
  disagreements?: number;
  disagreement?: Disagreement[];
}

interface TraceRun { seq: number; at: string; actor: string; details: TraceDetails }

const traceRuns = (db: Database.Database): TraceRun[] =>
  (db.prepare("SELECT seq, at, actor, details FROM audit_log WHERE action = 'trace.run' ORDER BY seq").all() as { seq: number; at: string; actor: string; details: string }[])
    .map((r) => ({ ...r, at: isoSeconds(r.at), details: (parseStored(r.details) ?? {}) as TraceDetails }));

/** The chain of a trace's first seed (an address or txid in the ledger), for printing its amounts; BTC when unknown. */
function seedChain(db: Database.Database, seed: string | undefined): string {
  if (!seed) return 'BTC';
  const found = db.prepare(`SELECT chain FROM addresses WHERE ${ANY_CHAIN} AND address = ? UNION ALL SELECT chain FROM transactions WHERE ${ANY_CHAIN} AND txid = ? LIMIT 1`).pluck().get(seed, seed);
  return typeof found === 'string' ? found : 'BTC';
}

const modelName = (model: string): string => MODEL_NAMES[model] ?? model;

export const tracesSection: ReportSection = {
  id: 'traces',
  title: 'Traces',
  items: ({ db }) => db.prepare("SELECT count(*) FROM audit_log WHERE action = 'trace.run'").pluck().get() as number,
  render(w, { db }) {
    const runs = traceRuns(db);
    w.beginSection(this.id, this.title, runs);
    w.paragraph('Every trace the examiner ran, as the audit log recorded it: what was traced and how, and the amount each taint ' +
      'model carries to the outputs reached, side by side. The models are conventions (see Methodology); where they disagree, ' +
      'the outputs with the widest gap are listed with the lowest and highest model.');
    if (runs.length === 0) w.paragraph('No trace has been run in this case.');
    runs.forEach((run, i) => renderTrace(w, db, run, i + 1));
  },
};

function renderTrace(w: Parameters<ReportSection['render']>[0], db: Database.Database, run: TraceRun, n: number): void {
  const d = run.details;
  const seeds = d.from ?? [];
  const chain = seedChain(db, seeds[0]);
  const more = (d.seeds ?? seeds.length) - seeds.length;
  w.ensureSpace(140);
  w.heading(`Trace ${n}: ${d.direction ?? 'forward'} from ${d.seeds ?? seeds.length} seed${(d.seeds ?? seeds.length) === 1 ? '' : 's'}`, 3);
  w.fields([
    ['Run', `${run.at} by ${run.actor} (audit entry ${run.seq})`],
    ['Seeds', `${seeds.join(' ')}${more > 0 ? ` and ${more} more` : ''}`],
    ['Bounds', `up to ${d.hops ?? '?'} hops; outputs below ${coin(d.minAmount ?? '0', chain)} ignored` +
      `${d.maxDegree ? `; nodes above ${d.maxDegree} neighbours skipped` : ''}` +
      `${d.fromTime || d.toTime ? `; between ${utc(d.fromTime)} and ${utc(d.toTime)}` : ''}`],
    ['Stops at', d.stopAt && d.stopAt.length > 0 ? d.stopAt.join(', ') : 'nothing (no stop categories)'],
    ['Outputs reached', String(d.outputs ?? '?')],
  ]);
  const totals = Object.entries(d.totals ?? {});
  if (totals.length > 0) {
    w.table(
      [{ header: 'Taint model', width: 0.5, kind: 'text' }, { header: 'Amount reached', width: 0.5, kind: 'mono', align: 'right' }],
      totals.map(([model, amount]) => [modelName(model), coin(amount, chain)]),
    );
  }
  const distinct = new Set(totals.map(([, amount]) => amount));
  const count = d.disagreements ?? 0;
  w.paragraph(distinct.size <= 1 && count === 0
    ? 'Every model gives the same amount on every output reached.'
    : `The models disagree on ${count} output${count === 1 ? '' : 's'}${d.disagreement ? '' : ' (this entry predates the listing of those outputs)'}.`);
  if (d.disagreement && d.disagreement.length > 0) {
    w.table(
      [
        { header: 'Output', width: 0, kind: 'mono', line: true },
        { header: 'Lowest (model)', width: 0.5, kind: 'text' },
        { header: 'Highest (model)', width: 0.5, kind: 'text' },
      ],
      d.disagreement.map((x) => [`${x.txid}:${x.vout}${x.address ? ` -> ${x.address}` : ''}`, `${coin(x.min, chain)} (${modelName(x.minModel)})`,
        `${coin(x.max, chain)} (${modelName(x.maxModel)})`]),
    );
  }
}
