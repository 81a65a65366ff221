import type { AddressIndex } from '../graph/address-index';
import type { LedgerGraph } from '../graph/ledger-graph';

interface Queue {
  /** [time, tx, kind (0 spend, 1 receipt), global index] in chain order; a tx's spends come before its receipts. */
  events: [number, number, number, number][];
  next: number;
  values: number[];
  taints: number[];
  head: number;
}

/**
 * T4 address-level FIFO (Clayton's case): each address is a queue of received value, and any spend, whichever UTXO it
 * names, consumes the oldest receipts first. Spends by transactions outside the trace drain the queue as clean value.
 */
export class AddressFifo {
  private readonly queues = new Map<number, Queue>();

  constructor(
    private readonly g: LedgerGraph,
    private readonly index: AddressIndex,
    private readonly owner: Int32Array,
    private readonly traced: (tx: number) => boolean,
    private readonly taintOf: (output: number) => number,
  ) {}

  /** The tainted part of `value` that address `addr` spends in transaction `tx`. */
  take(addr: number, tx: number, value: number): number {
    const q = this.queue(addr);
    const time = this.g.txTime[tx] as number;
    while (q.next < q.events.length) {
      const [t, eventTx, kind, k] = q.events[q.next] as [number, number, number, number];
      if (t > time || (t === time && eventTx >= tx)) break;
      q.next += 1;
      if (kind === 1) {
        q.values.push(this.g.outValue[k] as number);
        q.taints.push(this.taintOf(k));
      } else if (!this.traced(eventTx)) {
        this.dequeue(q, this.g.inValue[k] as number);
      }
    }
    return this.dequeue(q, value);
  }

  private dequeue(q: Queue, value: number): number {
    let left = value;
    let tainted = 0;
    while (left > 0 && q.head < q.values.length) {
      const have = q.values[q.head] as number;
      const taint = q.taints[q.head] as number;
      const used = Math.min(have, left);
      const share = have > 0 ? (taint * used) / have : 0;
      tainted += share;
      left -= used;
      q.values[q.head] = have - used;
      q.taints[q.head] = taint - share;
      if (used === have) q.head += 1;
    }
    return tainted;
  }

  private queue(addr: number): Queue {
    let q = this.queues.get(addr);
    if (q) return q;
    const { g, index } = this;
    const events: [number, number, number, number][] = [];
    for (let p = index.outStart[addr] as number; p < (index.outStart[addr + 1] as number); p++) {
      const k = index.outs[p] as number;
      const tx = this.owner[k] as number;
      events.push([g.txTime[tx] as number, tx, 1, k]);
    }
    for (let p = index.inStart[addr] as number; p < (index.inStart[addr + 1] as number); p++) {
      const k = index.ins[p] as number;
      const tx = index.inTx[k] as number;
      events.push([g.txTime[tx] as number, tx, 0, k]);
    }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    q = { events, next: 0, values: [], taints: [], head: 0 };
    this.queues.set(addr, q);
    return q;
  }
}
