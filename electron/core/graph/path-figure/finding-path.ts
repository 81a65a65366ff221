import type Database from 'better-sqlite3';
import { FindingSubject, type Finding } from '../../../../shared/domain/analysis';
import { nodeId } from '../../../../shared/domain/graph';
import type { FigureInput } from '../../../../shared/figure/types';
import { getFinding } from '../../analysis/findings/finding-store';
import { pathFigureInput } from './path-input';
import { ANY_CHAIN } from '../../db/any-chain';

const TXID = /^(0x)?[0-9a-fA-F]{64}$/;

/** Every string inside stored JSON, in document order. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * A finding's subjects as typed entries. Detectors store [{type, id}]; older or hand-made rows hold other shapes,
 * read by the shape of their strings (a txid, or an address the case knows).
 */
function subjectsOf(db: Database.Database, raw: unknown): FindingSubject[] {
  if (Array.isArray(raw) && raw.every((s) => FindingSubject.safeParse(s).success)) return raw as FindingSubject[];
  const known = db.prepare(`SELECT 1 FROM addresses WHERE ${ANY_CHAIN} AND address = ? LIMIT 1`).pluck();
  return strings(raw).flatMap((s): FindingSubject[] => (TXID.test(s) ? [{ type: 'tx', id: s }] : known.get(s) ? [{ type: 'address', id: s }] : []));
}

/** The chain of a finding: the chain its first subject transaction or address sits on (findings are per chain). */
function chainOf(db: Database.Database, subjects: FindingSubject[]): string {
  for (const s of subjects) {
    const key = s.type === 'output' ? s.id.split(':')[0] ?? '' : s.id;
    const row = (s.type === 'address'
      ? db.prepare(`SELECT chain FROM addresses WHERE ${ANY_CHAIN} AND address = ? ORDER BY chain LIMIT 1`)
      : db.prepare(`SELECT chain FROM transactions WHERE ${ANY_CHAIN} AND txid = ? ORDER BY chain LIMIT 1`)).pluck().get(key) as string | undefined;
    if (row) return row;
  }
  return 'BTC';
}

/**
 * The figure input of a finding: its subjects, and the transactions between them. A finding about one transaction
 * (a co-spend) shows that transaction and the ones that funded it; the others show the transactions their evidence
 * cites. Cluster subjects stand for their members; output subjects for their address and transaction.
 */
export function findingPathInput(db: Database.Database, findingId: number): FigureInput & { truncated: number; finding: Finding } {
  const finding = getFinding(db, findingId);
  const findingSubjects = subjectsOf(db, finding.subjects);
  const evidence = strings(finding.evidenceTxids).filter((t) => TXID.test(t));
  const chain = chainOf(db, findingSubjects);
  const subjects = new Set<string>();
  const subjectTxs: string[] = [];
  const outputTxs: string[] = [];
  for (const s of findingSubjects) {
    if (s.type === 'address') subjects.add(nodeId('address', chain, s.id));
    if (s.type === 'tx') subjectTxs.push(s.id);
    if (s.type === 'output') {
      const [txid = '', vout = '0'] = s.id.split(':');
      outputTxs.push(txid);
      const owner = db.prepare(`SELECT a.address FROM tx_outputs o JOIN transactions t ON t.id = o.tx_id JOIN addresses a ON a.id = o.address_id
        WHERE t.chain = ? AND t.txid = ? AND o.vout = ?`).pluck().get(chain, txid, Number(vout)) as string | undefined;
      if (owner) subjects.add(nodeId('address', chain, owner));
    }
    if (s.type === 'cluster') {
      const members = db.prepare(`SELECT a.address FROM cluster_members m JOIN addresses a ON a.id = m.address_id WHERE m.cluster_id = ? ORDER BY a.address LIMIT 200`)
        .pluck().all(Number(s.id)) as string[];
      for (const m of members) subjects.add(nodeId('address', chain, m));
    }
  }
  for (const txid of subjectTxs) subjects.add(nodeId('tx', chain, txid));
  const commingling = finding.detector.startsWith('commingling');
  // A co-spend is about its spending transaction (that and what funded it), a landing about the outputs that landed:
  // not the whole history in the evidence.
  const focused = commingling && (subjectTxs.length > 0 || outputTxs.length > 0);
  const fundingOf = db.prepare(`SELECT DISTINCT i.prev_txid FROM tx_inputs i JOIN transactions t ON t.id = i.tx_id
    WHERE t.chain = ? AND t.txid = ? AND i.prev_txid IS NOT NULL`).pluck();
  const funding = focused ? subjectTxs.flatMap((t) => fundingOf.all(chain, t) as string[]) : [];
  const cited = focused ? [...subjectTxs, ...funding] : [...evidence, ...subjectTxs];
  const txids = [...new Set([...cited, ...outputTxs])].filter((t) => TXID.test(t));
  const input = pathFigureInput(db, {
    txs: txids.map((txid) => ({ chain, txid })),
    subjects,
    commingling,
    spends: new Set(commingling ? subjectTxs.map((t) => nodeId('tx', chain, t)) : []),
  });
  return { ...input, finding: { ...finding, subjects: findingSubjects } };
}
