import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toChecksumAddress } from '../../../shared/address/eip55';
import { formatBaseUnits } from '../../../shared/amount';
import { TraceParams } from '../../../shared/domain/analysis';
import { getCluster } from '../analysis/cluster/cluster-queries';
import { runTrace } from '../analysis/taint/run-trace';
import { testCase, type TestCase } from '../import/test-case';
import { fixture } from '../test-support/fixtures';
import { addressDetails } from './address-details';
import { txDetails } from './tx-details';

/** Real transactions of Ethereum blocks 17173049-17173050 (ethereum-etl's stream fixture, with receipts). */
const TXS = fixture('ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_transactions.json');
const first = JSON.parse(
  fs.readFileSync(TXS, 'utf8').split('\n')[0]!.replace(/"(value|gas_price|receipt_gas_used|receipt_effective_gas_price)": (\d+)/g, '"$1": "$2"'),
) as Record<string, string>;

describe('Ethereum addresses as investigators paste them (EIP-55 mixed case)', () => {
  let c: TestCase;
  beforeEach(async () => {
    c = testCase();
    await c.import(TXS);
  });
  afterEach(() => c.close());

  it('show address, cluster and trace --from find a checksummed address', () => {
    const checksummed = toChecksumAddress(first.from_address!);
    expect(checksummed).not.toBe(first.from_address);
    const details = addressDetails(c.db, checksummed);
    expect(details.address).toBe(first.from_address);
    expect(details.txCount).toBeGreaterThan(0);
    expect(addressDetails(c.db, checksummed.toUpperCase().replace(/^0X/, '0x'), 'ETH').address).toBe(first.from_address);
    expect(getCluster(c.db, checksummed, 10).members.map((m) => m.address)).toEqual([first.from_address]);
    const trace = runTrace(c.db, TraceParams.parse({ from: [checksummed] }));
    expect(trace.seeds).toEqual([{ ref: checksummed, outputs: 0, value: '0' }]);
  });

  it('show tx lists the transfer (from, to, value) and the fee of an Ethereum transaction', () => {
    const tx = txDetails(c.db, first.hash!);
    expect(tx.transfers).toEqual([{ logIndex: -1, token: '', from: first.from_address, to: first.to_address, value: first.value }]);
    expect(tx.fee).toBe(String(BigInt(first.receipt_gas_used!) * BigInt(first.receipt_effective_gas_price!)));
    expect(formatBaseUnits(tx.fee!, 18)).toMatch(/^0\.00/);
  });
});
