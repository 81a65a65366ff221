// Graphs for the layout tests (not shipped): a real transfer graph and small helpers to check geometry.
import transfersJsonl from '../../../../shared/data/ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_token_transfers.json?raw';
import transactionsJsonl from '../../../../shared/data/ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_transactions.json?raw';
import type { LayoutGraph } from './types';

interface Transfer {
  from_address: string;
  to_address: string | null;
  block_number: number;
}

/**
 * The address graph of Ethereum mainnet blocks 17173049-17173050 (ethereum-etl fixtures: 298 transactions and 291
 * ERC-20 transfers): nodes are addresses, time is the block of their first appearance, lane is the token contract
 * or 'eth'. DEX round trips make it cyclic.
 */
export function ethereumTransferGraph(): Required<Omit<LayoutGraph, 'pinned' | 'positions'>> {
  const index = new Map<string, number>();
  const times: number[] = [];
  const lanes: string[] = [];
  const edges: number[] = [];
  const node = (address: string, block: number, lane: string): number => {
    let i = index.get(address);
    if (i === undefined) {
      i = index.size;
      index.set(address, i);
      times.push(block);
      lanes.push(lane);
    }
    return i;
  };
  const add = (jsonl: string, laneOf: (row: Transfer & { token_address?: string }) => string) => {
    for (const line of jsonl.split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Transfer & { token_address?: string };
      if (!row.to_address) continue;
      edges.push(node(row.from_address, row.block_number, laneOf(row)), node(row.to_address, row.block_number, laneOf(row)));
    }
  };
  add(transactionsJsonl, () => 'eth');
  add(transfersJsonl, (row) => row.token_address ?? 'eth');
  return { ids: [...index.keys()], edges: Uint32Array.from(edges), times: Float64Array.from(times), lanes };
}

/** A random DAG on n nodes (edges only from lower to higher index), from a seeded random source. */
export function randomDag(n: number, m: number, random: () => number): LayoutGraph {
  const edges = new Uint32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    const low = a === b ? Math.min(a, n - 2) : Math.min(a, b);
    edges[2 * e] = low;
    edges[2 * e + 1] = a === b ? low + 1 : Math.max(a, b);
  }
  return { ids: Array.from({ length: n }, (_, i) => `n${i}`), edges };
}

export function distance(positions: Float32Array, a: number, b: number): number {
  return Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!);
}
