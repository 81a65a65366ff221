import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeId } from '../../../../shared/domain/graph';
import { testCase, type TestCase } from '../../import/test-case';
import { F2POOL_745778 } from '../../test-support/mainnet-coinbases';
import { tracePathInput } from './trace-path';

describe('graph.tracePath on real mainnet data', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it("names a standalone coinbase by the pool lists' attribution, as the inspector does", async () => {
    // A real F2Pool coinbase as raw hex, no block, no tag on its payout address: only the bundled pool list knows it.
    await c.import(c.write('coinbase-745778.hex', `${F2POOL_745778.hex}\n`));
    const input = tracePathInput(c.db, [F2POOL_745778.txid], []);
    const coinbase = input.nodes.find((n) => n.id === nodeId('tx', 'BTC', F2POOL_745778.txid));
    expect(coinbase).toMatchObject({ label: 'F2Pool coinbase', entity: 'F2Pool', labelSource: 'pool attribution of the coinbase (pool lists)', coinbase: true });
  });
});
