import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit-log';
import { CaseFile } from '../case/case-file';
import { tempDir } from '../test-support/fixtures';
import { writeDemoCase } from './write-case';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const tmp = (): string => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('writeDemoCase', () => {
  it('writes the typology, its tags and the off-chain link in one audited source; a second run adds no transactions', () => {
    const file = CaseFile.create(path.join(tmp(), 'demo.assay'), { title: 'demo' });
    try {
      const first = writeDemoCase(file.db);
      const count = (sql: string): number => file.db.prepare(sql).pluck().get() as number;
      const txs = count('SELECT count(*) FROM transactions');
      expect(first.counts.transactions).toBe(txs);
      expect(count(`SELECT count(*) FROM tags WHERE category = 'hash_rental_marketplace'`)).toBe(4);
      const link = file.db.prepare('SELECT from_address AS fromAddress, to_address AS toAddress FROM offchain_links').all();
      expect(link).toHaveLength(3);
      expect(link).toContainEqual({ fromAddress: first.truth.rentalDeposits[0]?.address, toAddress: first.truth.payoutWallet });
      expect(count(`SELECT count(*) FROM transactions WHERE is_coinbase = 1 AND coinbase_script LIKE '%' || hex('/ViaBTC/') || '%'`)).toBe(4);
      // Every spend inside the case is linked to the output it spends.
      expect(count(`SELECT count(*) FROM tx_outputs WHERE spent_by_tx_id IS NOT NULL`)).toBe(
        count(`SELECT count(*) FROM tx_inputs i JOIN transactions t ON t.txid = i.prev_txid`),
      );
      expect(count(`SELECT count(*) FROM transactions WHERE fee < 0`)).toBe(0);

      writeDemoCase(file.db);
      expect(count('SELECT count(*) FROM transactions')).toBe(txs);
      expect(count(`SELECT count(*) FROM sources WHERE format = 'demo-generator'`)).toBe(2);
      expect(verifyAuditChain(file.db)).toMatchObject({ ok: true });
      expect(count(`SELECT count(*) FROM audit_log WHERE action = 'demo.generate'`)).toBe(2);
      // Pool attribution ran as for an import: every ViaBTC coinbase is named by its tag.
      expect(count(`SELECT count(DISTINCT c.tx_id) FROM coinbase_attributions c JOIN pools p ON p.id = c.pool_id WHERE p.name = 'ViaBTC'`)).toBeGreaterThanOrEqual(4);
    } finally {
      file.close();
    }
  });
});
