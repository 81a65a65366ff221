import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { addressDetails } from '../../ledger/address-details';
import { txDetails } from '../../ledger/tx-details';
import { writeDemoCase } from '../../demo/write-case';
import { testCase, type TestCase } from '../../import/test-case';
import { BLOCK_50001, BLOCK_50002, fixture } from '../../test-support/fixtures';
import { f2pool371622CoreJson, F2POOL_371622, F2POOL_745778 } from '../../test-support/mainnet-coinbases';
import { runAnalysis } from '../run-analysis';
import { UNATTRIBUTED } from './lineage';

const ETL = 'bitcoin-etl-fixtures/bitcoin';

/**
 * The transaction view (each list's answer and the pool it credits), M2 lineage of the coinbase's outputs, and the
 * view of each address it pays name the same pool for every coinbase. Returns the pools credited, by coinbase.
 */
function expectViewsAgree(db: Database): Map<string, string> {
  const credited = new Map<string, string>();
  for (const txid of db.prepare("SELECT txid FROM transactions WHERE is_coinbase = 1 AND chain = 'BTC' ORDER BY id").pluck().all() as string[]) {
    const tx = txDetails(db, txid);
    const pool = tx.attributedPool ?? UNATTRIBUTED;
    credited.set(txid, pool);
    if (tx.attributedPool !== null) expect(tx.pool.map((p) => p.pool), txid).toContain(tx.attributedPool);
    else expect(tx.pool.every((p) => p.pool === null), txid).toBe(true);
    for (const output of tx.outputs.filter((o) => BigInt(o.value) > 0n)) {
      expect(tx.analysis.lineage.filter((l) => l.vout === output.vout).map((l) => [l.pool, l.share]), `${txid}:${output.vout}`).toEqual([[pool, 1]]);
      if (output.address === null) continue;
      const address = addressDetails(db, output.address);
      expect(address.analysis.lineage.map((l) => l.pool), output.address).toContain(pool);
      // Where a list names the pool by this very payout address, the address's own record names it too.
      if (tx.pool.some((p) => p.pool === pool && p.evidence === `payout address ${output.address}`)) {
        expect(address.pools.map((p) => p.pool), output.address).toContain(pool);
      }
    }
  }
  return credited;
}

describe('coinbase lineage (M2) agrees with the transaction and address views', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('on every coinbase of the demo case', () => {
    writeDemoCase(c.db);
    runAnalysis(c.db);
    const credited = [...expectViewsAgree(c.db).values()];
    expect(new Set(credited)).toEqual(new Set(['ViaBTC', 'F2Pool', 'Foundry USA', 'AntPool']));
  });

  it('on a mixed case: blocks, and real coinbases imported without their block as raw hex, getrawtransaction JSON and export rows', async () => {
    await c.import(BLOCK_50001);
    await c.import(BLOCK_50002);
    await c.import(c.write('coinbase.hex', `${F2POOL_745778.hex}\n`));
    await c.import(c.write('getrawtransaction-371622.json', f2pool371622CoreJson()));
    await c.import(fixture(ETL, 'stream_50001_50002/rpc_response_getrawtransaction_0d37522b89f991f8433b80f709ad31862a54435cd003f25732fe405e9db93216.json'));
    for (const block of ['block_0', 'block_1', 'block_without_transactions']) await c.import(fixture(ETL, block, 'expected_transactions.json'));
    expect(c.db.prepare('SELECT count(*) FROM transactions WHERE is_coinbase = 1 AND block_hash NOT IN (SELECT hash FROM blocks)').pluck().get()).toBe(5);
    expect(c.db.prepare('SELECT count(*) FROM transactions WHERE is_coinbase = 1 AND block_hash IS NULL').pluck().get()).toBe(1);
    runAnalysis(c.db);
    const credited = expectViewsAgree(c.db);
    expect(credited.size).toBe(8);
    expect(credited.get(F2POOL_745778.txid)).toBe('F2Pool');
    expect(credited.get(F2POOL_371622.txid)).toBe('F2Pool');
    expect([...credited.values()].filter((p) => p === UNATTRIBUTED)).toHaveLength(6);
  });
});
