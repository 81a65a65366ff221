import { createHash } from 'node:crypto';
import path from 'node:path';
import { appendAudit } from '../../audit/audit-log';
import { CaseFile } from '../../case/case-file';
import { LedgerWriter } from '../../import/ledger-writer';
import { tempDir } from '../../test-support/fixtures';

/** A transaction worked out on paper: inputs name earlier outputs ('tx:vout') or come from outside as [address, value]. */
export interface MiniTx {
  id: string;
  time: number;
  coinbase?: string;
  inputs?: (string | [string, number])[];
  outputs: [string, number][];
}

export const txidOf = (id: string): string => createHash('sha256').update(id).digest('hex');

/**
 * A throwaway case holding hand-made transactions (one block per distinct time), tags and off-chain links, written
 * through the real ledger writer so analysis reads exactly what an import would leave.
 */
export function miniLedger(
  txs: MiniTx[],
  extra: { tags?: [string, string, string?][]; links?: [string, string][] } = {},
): { file: CaseFile; cleanup: () => void } {
  const tmp = tempDir('assay-analysis-');
  const file = CaseFile.create(path.join(tmp.dir, 'mini.assay'), { title: 'mini' });
  const db = file.db;
  db.transaction(() => {
    const sourceId = Number(
      db.prepare(`INSERT INTO sources (kind, original_name, sha256, size, format, importer_version, imported_at, counts)
        VALUES ('import', 'mini', '', 0, 'mini', '1', '', '{}')`).run().lastInsertRowid,
    );
    const writer = new LedgerWriter(db, sourceId);
    for (const tx of txs) {
      const blockHash = txidOf(`block-${tx.time}`);
      writer.utxoTx({
        kind: 'utxo-tx', chain: 'BTC', txid: txidOf(tx.id), blockHash, blockHeight: tx.time, blockTime: tx.time, txIndex: tx.coinbase ? 0 : 1,
        isCoinbase: tx.coinbase !== undefined, coinbaseScript: tx.coinbase === undefined ? null : Buffer.from(tx.coinbase).toString('hex'),
        version: 2, locktime: 0, size: null, vsize: null,
        inputs: (tx.inputs ?? []).map((input, vin) => {
          if (typeof input === 'string') {
            const [prev = '', vout = '0'] = input.split(':');
            return { vin, prevTxid: txidOf(prev), prevVout: Number(vout), address: null, value: null, sequence: null };
          }
          return { vin, prevTxid: txidOf(`external-${tx.id}-${vin}`), prevVout: 0, address: input[0], value: BigInt(input[1]), sequence: null };
        }),
        outputs: tx.outputs.map(([address, value], vout) => ({ vout, address, value: BigInt(value), scriptType: address.startsWith('1') ? 'pubkeyhash' : 'witness_v0_keyhash' })),
      });
    }
    // As an import does: spent links and first/last-seen are settled once the rows are written.
    writer.finish();
    const tag = db.prepare(`INSERT INTO tags (subject_type, chain, subject, label, category, actor, confidence_score, origin_source_id)
      VALUES ('address', 'BTC', ?, ?, ?, ?, 90, ?)`);
    for (const [subject, category, actor] of extra.tags ?? []) tag.run(subject, `${category} ${subject}`, category, actor ?? null, sourceId);
    for (const [from, to] of extra.links ?? []) {
      const id = db.prepare(`INSERT INTO annotations (subject_type, chain, subject, kind, note, data, created_at, updated_at)
        VALUES ('address', 'BTC', ?, 'hash_rental_deposit', 'subpoena return', '{"orderId":"X-1"}', '', '')`).run(from).lastInsertRowid;
      db.prepare(`INSERT INTO offchain_links (annotation_id, chain, from_address, to_address, confidence, created_at) VALUES (?, 'BTC', ?, ?, 90, '')`).run(id, from, to);
    }
    appendAudit(db, 'import', { mini: true });
  })();
  return { file, cleanup: () => (file.close(), tmp.cleanup()) };
}
