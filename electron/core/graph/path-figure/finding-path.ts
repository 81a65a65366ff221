import type Database from 'better-sqlite3';
import type { Finding } from '../../../../shared/domain/analysis';
import { nodeId } from '../../../../shared/domain/graph';
import type { FigureInput } from '../../../../shared/figure/types';
import { getFinding } from '../../analysis/findings/finding-store';
import { pathFigureInput } from './path-input';

const TXID = /^(0x)?[0-9a-fA-F]{64}$/;

/** The chain of a finding: the chain its first subject transaction or address sits on (findings are per chain). */
function chainOf(db: Database.Database, finding: Finding): string {
  for (const s of finding.subjects) {
    const key = s.type === 'output' ? s.id.split(':')[0] ?? '' : s.id;
    const row = (s.type === 'address'
      ? db.prepare('SELECT chain FROM addresses WHERE address = ? LIMIT 1')
      : db.prepare('SELECT chain FROM transactions WHERE txid = ? LIMIT 1')).pluck().get(key) as string | undefined;
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
  const chain = chainOf(db, finding);
  const subjects = new Set<string>();
  const subjectTxs: string[] = [];
  const outputTxs: string[] = [];
  for (const s of finding.subjects) {
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
  // A co-spend is about its spending transaction: that and what funded it, not the whole history in the evidence.
  const focused = commingling && subjectTxs.length > 0;
  const funding = focused
    ? (db.prepare(`SELECT DISTINCT i.prev_txid FROM tx_inputs i JOIN transactions t ON t.id = i.tx_id WHERE t.chain = ? AND t.txid = ? AND i.prev_txid IS NOT NULL`)
        .pluck().all(chain, subjectTxs[0]) as string[])
    : [];
  const cited = focused ? [...subjectTxs, ...funding] : [...finding.evidenceTxids, ...subjectTxs];
  const txids = [...new Set([...cited, ...outputTxs])].filter((t) => TXID.test(t));
  const input = pathFigureInput(db, {
    txs: txids.map((txid) => ({ chain, txid })),
    subjects,
    commingling,
    spends: new Set(commingling ? subjectTxs.map((t) => nodeId('tx', chain, t)) : []),
  });
  return { ...input, finding };
}
