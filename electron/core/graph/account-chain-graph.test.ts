import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeId } from '../../../shared/domain/graph';
import { parseJsonExact } from '../import/json-exact';
import { fixture } from '../test-support/fixtures';
import { useTestCase } from '../workspace/test-api';

const ETH_TXS = fixture('ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_transactions.json');
const rows = fs.readFileSync(ETH_TXS, 'utf8').trim().split('\n').map((line) => parseJsonExact(line) as Record<string, string | number>);
const paid = rows.find((r) => r.to_address && String(r.receipt_status) !== '0' && BigInt(String(r.value)) > 2n ** 53n)!;
const tx = nodeId('tx', 'ETH', String(paid.hash));
const from = nodeId('address', 'ETH', String(paid.from_address));
const to = nodeId('address', 'ETH', String(paid.to_address));

// Account chains move value by transfers, not outputs: the graph must draw and walk them like UTXO flows.
describe('the graph of an account chain (real ethereum-etl export)', () => {
  const t = useTestCase([ETH_TXS]);

  it('draws a native transfer as sender -> tx -> recipient with the exact wei amount', async () => {
    const overview = await t.api.call('graph.overview', { limit: 500 });
    const into = overview.edges.find((e) => e.source === from && e.target === tx);
    const out = overview.edges.find((e) => e.source === tx && e.target === to);
    expect(out?.value).toBe(String(paid.value));
    expect(into?.value).toBe(String(paid.value));
  });

  it('expands and finds paths over transfers, naming edges as the overview does', async () => {
    const forward = await t.api.call('graph.expand', { nodeIds: [from], direction: 'out', hops: 2, limit: 1000 });
    expect(forward.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([tx, to]));
    const overview = await t.api.call('graph.overview', { limit: 500 });
    const ids = new Set(overview.edges.map((e) => e.id));
    expect(forward.edges.filter((e) => e.source === tx || e.target === tx).every((e) => ids.has(e.id))).toBe(true);
    const path = await t.api.call('graph.path', { from, to, maxHops: 4 });
    expect(path.found).toBe(true);
    expect(path.nodeIds).toEqual([from, tx, to]);
  });
});
