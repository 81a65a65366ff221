import type { DemoAddress, DemoScriptType } from './addresses';
import type { ChainBuilder, Coin } from './chain-builder';
import type { DemoRecord } from './demo-records';
import type { Prng } from './prng';
import { near, randomFee } from './typology';

/** Bounds on what background traffic keeps in memory, whatever the scale. */
const MAX_COINS = 50_000;
const REUSE_RING = 20_000;
const TX_PER_BLOCK = 2_500;

/**
 * Ordinary traffic that never touches the planted story: payments with change, batch payouts, consolidations and
 * fresh funding from outside the case. Streams block by block; memory stays flat at any count.
 */
export function* backgroundTraffic(prng: Prng, builder: ChainBuilder, count: number, start: number): Generator<DemoRecord[]> {
  const coins: Coin[] = [];
  const ring: DemoAddress[] = [];
  const typeOf = (): DemoScriptType => {
    const r = prng.float();
    return r < 0.6 ? 'witness_v0_keyhash' : r < 0.85 ? 'pubkeyhash' : 'witness_v1_taproot';
  };
  const recipient = (): DemoAddress => {
    if (ring.length > 100 && prng.chance(0.2)) return prng.pick(ring);
    const a = builder.fresh(typeOf());
    if (ring.length < REUSE_RING) ring.push(a);
    else ring[prng.int(0, REUSE_RING - 1)] = a;
    return a;
  };
  const take = (): Coin => {
    const i = prng.int(0, coins.length - 1);
    const coin = coins[i] as Coin;
    coins[i] = coins[coins.length - 1] as Coin;
    coins.pop();
    return coin;
  };
  const keep = (made: Coin[]): void => {
    for (const c of made) if (coins.length < MAX_COINS) coins.push(c);
  };
  const secondsPerTx = 600 / TX_PER_BLOCK;

  for (let n = 0, attempts = 0; n < count; attempts++) {
    if (attempts > count * 2) throw new RangeError('background traffic ran out of spendable coins');
    const time = start + Math.floor(n * secondsPerTx);
    const r = prng.float();
    const fee = randomFee(prng);
    if (coins.length < 1_000 || r < 0.1) {
      const owner = builder.fresh(typeOf());
      const coin = builder.externalCoin(owner, near(prng, 2, 0.9));
      keep(builder.tx(time, [coin], [{ to: recipient(), value: coin.value / 2n }, { to: builder.fresh(owner.scriptType), value: coin.value - coin.value / 2n - fee }], fee));
    } else if (r < 0.2) {
      const coin = take();
      const width = prng.int(5, 15);
      const each = (coin.value - fee) / BigInt(width + 1);
      if (each < 10_000n) continue;
      const outputs = Array.from({ length: width }, () => ({ to: recipient(), value: each }));
      outputs.push({ to: builder.fresh(coin.owner.scriptType), value: coin.value - fee - each * BigInt(width) });
      keep(builder.tx(time, [coin], outputs, fee));
    } else if (r < 0.3) {
      const inputs = Array.from({ length: prng.int(3, 6) }, take);
      const total = inputs.reduce((s, c) => s + c.value, 0n);
      keep(builder.tx(time, inputs, [{ to: recipient(), value: total - fee }], fee));
    } else {
      const inputs = Array.from({ length: prng.chance(0.3) ? 2 : 1 }, take);
      const total = inputs.reduce((s, c) => s + c.value, 0n);
      const amount = (total * BigInt(prng.int(5, 80))) / 100n;
      if (total - amount - fee < 1_000n) continue;
      keep(builder.tx(time, inputs, [{ to: recipient(), value: amount }, { to: builder.fresh(inputs[0]?.owner.scriptType), value: total - amount - fee }], fee));
    }
    n += 1;
    if (n % TX_PER_BLOCK === 0) yield builder.drain();
  }
}
