import type { BlockRecord, UtxoTxRecord } from '../import/records';
import { makeAddress, type DemoAddress, type DemoScriptType } from './addresses';
import type { DemoRecord } from './demo-records';
import type { Prng } from './prng';

/** An unspent output the generator can spend. */
export interface Coin {
  txid: string;
  vout: number;
  owner: DemoAddress;
  value: bigint;
}

export interface CoinbaseMiner {
  /** ASCII the pool writes into its coinbase scriptSig (a pool tag from pools-v2.json). */
  tag: string;
  payout: DemoAddress;
}

export const SUBSIDY = 625_000_000n;
const BLOCK_SECONDS = 600;

/**
 * Packs generated transactions into blocks by time, with a coinbase per block that collects the fees. Times only move
 * forward; a block is emitted (block record, coinbase, then its transactions) when the clock leaves it.
 */
export class ChainBuilder {
  private height: number;
  private pending: UtxoTxRecord[] = [];
  private fees = 0n;
  private forcedMiner: CoinbaseMiner | null = null;
  private readonly out: DemoRecord[] = [];
  /** Coinbase outputs of emitted blocks, by the miner's payout address. */
  readonly coinbaseCoins = new Map<string, Coin[]>();

  constructor(
    private readonly prng: Prng,
    private readonly startHeight: number,
    private readonly startTime: number,
    private readonly pickMiner: () => CoinbaseMiner,
  ) {
    this.height = startHeight;
  }

  heightAt(time: number): number {
    return this.startHeight + Math.floor((time - this.startTime) / BLOCK_SECONDS);
  }

  blockTime(height: number): number {
    return this.startTime + (height - this.startHeight) * BLOCK_SECONDS;
  }

  /** The next block (at `time` or later) is mined by this miner. */
  mineNextWith(miner: CoinbaseMiner, time: number): void {
    this.moveTo(time);
    this.forcedMiner = miner;
    this.closeBlock();
  }

  /** Appends a transaction at `time`, spending `inputs` (removed from the caller's wallet by the caller). */
  tx(time: number, inputs: readonly Coin[], outputs: readonly { to: DemoAddress; value: bigint }[], fee: bigint): Coin[] {
    this.moveTo(time);
    const txid = this.prng.hex(32);
    const spent = inputs.reduce((s, c) => s + c.value, 0n);
    const paid = outputs.reduce((s, o) => s + o.value, 0n);
    if (spent !== paid + fee) throw new RangeError(`demo tx does not balance: ${spent} != ${paid} + ${fee}`);
    this.fees += fee;
    this.pending.push({
      kind: 'utxo-tx',
      chain: 'BTC',
      txid,
      blockHash: null,
      blockHeight: null,
      blockTime: null,
      txIndex: null,
      isCoinbase: false,
      coinbaseScript: null,
      version: 2,
      locktime: 0,
      size: 10 + 148 * inputs.length + 34 * outputs.length,
      vsize: 10 + 68 * inputs.length + 31 * outputs.length,
      inputs: inputs.map((c, vin) => ({ vin, prevTxid: c.txid, prevVout: c.vout, address: c.owner.address, value: c.value, sequence: 0xfffffffd })),
      outputs: outputs.map((o, vout) => ({ vout, address: o.to.address, value: o.value, scriptType: o.to.scriptType })),
    });
    return outputs.map((o, vout) => ({ txid, vout, owner: o.to, value: o.value }));
  }

  /** A coin from outside the case (an earlier, unimported part of the chain). */
  externalCoin(owner: DemoAddress, value: bigint): Coin {
    return { txid: this.prng.hex(32), vout: this.prng.int(0, 3), owner, value };
  }

  /** Records produced since the last drain, in chain order. */
  drain(): DemoRecord[] {
    return this.out.splice(0, this.out.length);
  }

  /** Emits the open block; call once at the end. */
  finish(): DemoRecord[] {
    this.closeBlock();
    return this.drain();
  }

  private moveTo(time: number): void {
    const target = this.heightAt(time);
    if (target < this.height) throw new RangeError(`demo time went backwards (block ${target} < ${this.height})`);
    if (target > this.height) {
      // Only blocks that carry transactions are emitted: a case holds a slice of the chain, not every block.
      if (this.pending.length > 0) this.closeBlock();
      this.height = target;
    }
  }

  private closeBlock(): void {
    const miner = this.forcedMiner ?? this.pickMiner();
    this.forcedMiner = null;
    const hash = `00000000000000000${this.prng.hex(32).slice(17)}`;
    const time = this.blockTime(this.height);
    const coinbaseTxid = this.prng.hex(32);
    const value = SUBSIDY + this.fees;
    const heightPush = Buffer.alloc(4);
    heightPush.writeUInt32LE(this.height);
    const script = `03${heightPush.subarray(0, 3).toString('hex')}${Buffer.from(miner.tag, 'utf8').toString('hex')}${this.prng.hex(8)}`;
    const coinbase: UtxoTxRecord = {
      kind: 'utxo-tx',
      chain: 'BTC',
      txid: coinbaseTxid,
      blockHash: hash,
      blockHeight: this.height,
      blockTime: time,
      txIndex: 0,
      isCoinbase: true,
      coinbaseScript: script,
      version: 2,
      locktime: 0,
      size: 200,
      vsize: 173,
      inputs: [],
      outputs: [{ vout: 0, address: miner.payout.address, value, scriptType: miner.payout.scriptType }],
    };
    const txs = [coinbase, ...this.pending];
    const block: BlockRecord = {
      kind: 'block',
      chain: 'BTC',
      hash,
      height: this.height,
      time,
      prevHash: null,
      merkleRoot: null,
      txCount: txs.length,
    };
    this.out.push(block);
    txs.forEach((tx, index) => {
      // Filled in place: a copy per transaction doubles the garbage of a 1M-transaction stream.
      tx.blockHash = hash;
      tx.blockHeight = this.height;
      tx.blockTime = time;
      tx.txIndex = index;
      this.out.push(tx);
    });
    const coins = this.coinbaseCoins.get(miner.payout.address) ?? [];
    coins.push({ txid: coinbaseTxid, vout: 0, owner: miner.payout, value });
    this.coinbaseCoins.set(miner.payout.address, coins);
    this.pending = [];
    this.fees = 0n;
    this.height += 1;
  }

  fresh(type: DemoScriptType = 'witness_v0_keyhash'): DemoAddress {
    return makeAddress(this.prng, type);
  }
}
