import type { ActorRecord, TagRecord } from '../import/records';
import { addressFromString, type DemoAddress } from './addresses';
import type { ChainBuilder, Coin, CoinbaseMiner } from './chain-builder';
import type { DemoAnnotationRecord } from './demo-records';
import { DEMO_POOLS } from './pools';
import type { Prng } from './prng';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** What the generator planted, so tests (and a walkthrough) can check that every pattern is found and no decoy is. */
export interface DemoTruth {
  victims: string[];
  collectors: string[];
  /** The phishing payments (txid:vout): the taint seeds. */
  seeds: string[];
  consolidationTxid: string;
  peelTxids: string[];
  rentalDeposits: { address: string; txid: string; value: bigint; time: number }[];
  sanctioned: string;
  poolPayoutTxids: string[];
  payoutWallet: string;
  commingledAddress: string;
  coSpendTxid: string;
  exchangeDeposit: string;
  decoys: {
    users: string[];
    coinjoinTxid: string;
    unrelatedPayoutTxids: string[];
    unrelatedMiners: string[];
    hotWallet: string;
    cleanRentalDeposit: string;
  };
}

export interface Story {
  truth: DemoTruth;
  tags: TagRecord[];
  actors: ActorRecord[];
  annotations: DemoAnnotationRecord[];
}

export const DEMO_ACTOR = 'demo-state-actor';

const actor = (id: string, label: string, categories: string[]): ActorRecord => ({ kind: 'actor', id, label, categories, uri: null });

const tag = (subject: string, label: string, category: string, actorId: string | null, confidence: number): TagRecord => ({
  kind: 'tag',
  subjectType: 'address',
  chain: 'BTC',
  subject,
  label,
  category,
  actor: actorId,
  source: 'demo-generator (fictional case)',
  confidence: confidence >= 90 ? 'authority_data' : 'ownership',
  confidenceScore: confidence,
});

/** A non-round satoshi amount near `btc`, as real change and payments are. */
export const near = (prng: Prng, btc: number, spread = 0.1): bigint =>
  BigInt(Math.round(btc * (1 - spread + 2 * spread * prng.float()) * 1e8)) + BigInt(prng.int(1, 9999));
export const randomFee = (prng: Prng): bigint => BigInt(prng.int(1_500, 9_000));
const sum = (coins: readonly Coin[]): bigint => coins.reduce((s, c) => s + c.value, 0n);

/** The background pools: real payout addresses and tags from pools-v2.json. */
export const backgroundMiners = (): CoinbaseMiner[] => [
  { tag: DEMO_POOLS.foundry.tags[1], payout: addressFromString(DEMO_POOLS.foundry.addresses[1]) },
  { tag: DEMO_POOLS.antpool.tags[0], payout: addressFromString(DEMO_POOLS.antpool.addresses[0]) },
  { tag: DEMO_POOLS.f2pool.tags[1], payout: addressFromString(DEMO_POOLS.f2pool.addresses[0]) },
];

/**
 * Schedules the planted typology and its decoys on `builder` from `start` (unix seconds) over about a week:
 * phishing -> consolidation -> peel chain -> hash-rental deposits -> ViaBTC coinbases -> pool payouts -> co-spend with
 * the thieves' change -> exchange deposit. Events run in time order; each reads the coins earlier events produced.
 */
export function plantStory(prng: Prng, builder: ChainBuilder, start: number): Story {
  const events: { time: number; run: () => void }[] = [];
  const on = (time: number, run: () => void): void => void events.push({ time, run });
  const fresh = builder.fresh.bind(builder);
  const pay = (time: number, inputs: Coin[], outputs: { to: DemoAddress; value: bigint }[], fee = randomFee(prng)): Coin[] =>
    builder.tx(time, inputs, outputs, fee);
  const txTime = (time: number): number => builder.blockTime(builder.heightAt(time));

  const viaBtc: CoinbaseMiner = { tag: DEMO_POOLS.viabtc.tags[0], payout: fresh('pubkeyhash') };
  const f2pool = backgroundMiners()[2] as CoinbaseMiner;
  const victims = Array.from({ length: 6 }, () => fresh());
  const collectors = [fresh('pubkeyhash'), fresh(), fresh('witness_v1_taproot')];
  const niceHash = [fresh(), fresh()];
  const cleanRental = fresh();
  const rigRentals = fresh();
  const sanctioned = fresh('pubkeyhash');
  const payoutWallet = fresh();
  const commingled = fresh();
  const exchangeDeposit = fresh();
  const hotWallet = fresh();
  const viaMiners = Array.from({ length: 30 }, () => fresh(prng.chance(0.3) ? 'pubkeyhash' : 'witness_v0_keyhash'));
  const f2Miners = Array.from({ length: 25 }, () => fresh(prng.chance(0.3) ? 'pubkeyhash' : 'witness_v0_keyhash'));
  const users = Array.from({ length: 12 }, (_, k) => fresh(k % 3 === 0 ? 'pubkeyhash' : 'witness_v0_keyhash'));
  const wallets = users.map(() => [] as Coin[]);

  const truth: DemoTruth = {
    victims: victims.map((v) => v.address),
    collectors: collectors.map((c) => c.address),
    seeds: [],
    consolidationTxid: '',
    peelTxids: [],
    rentalDeposits: [],
    sanctioned: sanctioned.address,
    poolPayoutTxids: [],
    payoutWallet: payoutWallet.address,
    commingledAddress: commingled.address,
    coSpendTxid: '',
    exchangeDeposit: exchangeDeposit.address,
    decoys: {
      users: users.map((u) => u.address),
      coinjoinTxid: '',
      unrelatedPayoutTxids: [],
      unrelatedMiners: f2Miners.map((m) => m.address),
      hotWallet: hotWallet.address,
      cleanRentalDeposit: cleanRental.address,
    },
  };

  // Day 0: ViaBTC and F2Pool mine the blocks whose coinbases fund the later payouts.
  for (let i = 0; i < 4; i++) on(start + i * HOUR, () => builder.mineNextWith(viaBtc, start + i * HOUR));
  for (let i = 0; i < 2; i++) on(start + (5 + i) * HOUR, () => builder.mineNextWith(f2pool, start + (5 + i) * HOUR));

  // Decoy: ordinary users funded from outside the case, paying each other with change all week.
  users.forEach((u, k) => on(start + 8 * HOUR + k * 600, () => wallets[k]?.push(builder.externalCoin(u, near(prng, 0.8, 0.4)))));
  for (let i = 0; i < 24; i++) {
    const time = start + 10 * HOUR + i * 6 * HOUR + prng.int(0, 3000);
    on(time, () => {
      const from = prng.int(0, users.length - 1);
      const to = (from + prng.int(1, users.length - 1)) % users.length;
      const coins = wallets[from] ?? [];
      const coin = coins.sort((a, b) => (a.value < b.value ? 1 : -1)).shift();
      if (!coin || coin.value < 30_000_000n) return;
      const amount = near(prng, 0.1, 0.5);
      const f = randomFee(prng);
      const [paid, change] = pay(time, [coin], [
        { to: users[to] as DemoAddress, value: amount },
        { to: fresh(coin.owner.scriptType), value: coin.value - amount - f },
      ], f);
      if (paid) wallets[to]?.push(paid);
      if (change) coins.push(change);
    });
  }

  // Decoy: an exchange hot wallet paying withdrawals, change back to itself (address reuse).
  let hot: Coin | undefined;
  on(start + 9 * HOUR, () => void (hot = builder.externalCoin(hotWallet, near(prng, 40, 0.1))));
  for (let i = 0; i < 6; i++) {
    const time = start + DAY + i * 19 * HOUR;
    on(time, () => {
      if (!hot) return;
      const k = prng.int(0, users.length - 1);
      const amount = near(prng, 0.3, 0.5);
      const f = randomFee(prng);
      const [paid, change] = pay(time, [hot], [
        { to: users[k] as DemoAddress, value: amount },
        { to: hotWallet, value: hot.value - amount - f },
      ], f);
      if (paid) wallets[k]?.push(paid);
      hot = change;
    });
  }

  // Day 1: phishing. Each victim pays a collector most of a coin; the payments are the taint seeds.
  const stolen: Coin[] = [];
  victims.forEach((victim, k) => {
    const time = start + DAY + k * 2 * HOUR + prng.int(0, 3000);
    on(time, () => {
      const own = builder.externalCoin(victim, near(prng, 1.6, 0.3));
      const amount = (own.value * 92n) / 100n / 100_000n * 100_000n;
      const f = randomFee(prng);
      const [paid] = pay(time, [own], [
        { to: collectors[k % collectors.length] as DemoAddress, value: amount },
        { to: fresh(), value: own.value - amount - f },
      ], f);
      if (!paid) return;
      stolen.push(paid);
      truth.seeds.push(`${paid.txid}:${paid.vout}`);
    });
  });

  // Day 2: consolidation, then a peel chain whose peels are the deposits (and one payment to a sanctioned address).
  let chainCoin: Coin | undefined;
  on(start + 2 * DAY, () => {
    const f = randomFee(prng);
    [chainCoin] = pay(start + 2 * DAY, stolen, [{ to: fresh(), value: sum(stolen) - f }], f);
    truth.consolidationTxid = chainCoin?.txid ?? '';
  });
  const peels: { to: DemoAddress; btc: bigint; rental?: string }[] = [
    { to: niceHash[0] as DemoAddress, btc: 150_000_000n, rental: 'NiceHash' },
    { to: niceHash[1] as DemoAddress, btc: 120_000_000n, rental: 'NiceHash' },
    { to: sanctioned, btc: 35_000_000n },
    { to: rigRentals, btc: 80_000_000n, rental: 'MiningRigRentals' },
    { to: commingled, btc: 45_000_000n },
  ];
  peels.forEach((peel, s) => {
    const time = start + 2 * DAY + (s + 1) * 5 * HOUR;
    on(time, () => {
      if (!chainCoin) return;
      const f = randomFee(prng);
      const change = { to: fresh(), value: chainCoin.value - peel.btc - f };
      const peelOut = { to: peel.to, value: peel.btc };
      const changeFirst = prng.chance(0.5);
      const coins = pay(time, [chainCoin], changeFirst ? [change, peelOut] : [peelOut, change], f);
      chainCoin = coins[changeFirst ? 0 : 1];
      truth.peelTxids.push(chainCoin?.txid ?? '');
      if (peel.rental) truth.rentalDeposits.push({ address: peel.to.address, txid: chainCoin?.txid ?? '', value: peel.btc, time: txTime(time) });
    });
  });
  const deposited = peels.reduce((s, p) => s + (p.rental ? p.btc : 0n), 0n);

  // Decoy: a hobby miner rents hash power (Hashing24) with clean coins.
  on(start + 3 * DAY + 2 * HOUR, () => {
    const coin = wallets[0]?.shift();
    if (!coin || coin.value < 20_000_000n) return;
    const f = randomFee(prng);
    pay(start + 3 * DAY + 2 * HOUR, [coin], [
      { to: cleanRental, value: 10_000_000n },
      { to: fresh(coin.owner.scriptType), value: coin.value - 10_000_000n - f },
    ], f);
  });

  // Days 3-6: pool payouts (wide fan-out). ViaBTC pays the rented hash power to the thieves' payout wallet; F2Pool pays
  // unrelated miners (decoys).
  const payoutCoins: Coin[] = [];
  const poolPayout = (time: number, miner: CoinbaseMiner, index: number, crowd: DemoAddress[], extra: { to: DemoAddress; value: bigint }[]) => {
    const coinbase = builder.coinbaseCoins.get(miner.payout.address)?.[index];
    if (!coinbase) throw new RangeError(`demo: no coinbase ${index} of ${miner.tag}`);
    const outs = crowd.filter(() => prng.chance(0.8)).map((to) => ({ to, value: near(prng, 0.12, 0.5) }));
    const all = [...outs, ...extra];
    const f = randomFee(prng);
    all.push({ to: miner.payout, value: coinbase.value - all.reduce((s, o) => s + o.value, 0n) - f });
    return pay(time, [coinbase], all, f);
  };
  for (let i = 0; i < 3; i++) {
    const time = start + 3 * DAY + 12 * HOUR + i * DAY;
    on(time, () => {
      const share = { to: payoutWallet, value: (deposited * 97n) / 300n + BigInt(prng.int(1, 99_999)) };
      const extra = i === 1 ? [share, { to: commingled, value: near(prng, 0.2) }] : [share];
      const coins = poolPayout(time, viaBtc, i, viaMiners, extra);
      truth.poolPayoutTxids.push(coins[0]?.txid ?? '');
      const mine = coins.find((c) => c.owner === payoutWallet);
      if (mine) payoutCoins.push(mine);
    });
  }
  for (let i = 0; i < 2; i++) {
    const time = start + 3 * DAY + i * DAY + 5 * HOUR;
    let minerCoin: Coin | undefined;
    on(time, () => {
      const coins = poolPayout(time, f2pool, i, f2Miners, []);
      truth.decoys.unrelatedPayoutTxids.push(coins[0]?.txid ?? '');
      minerCoin = coins.find((c) => c.owner !== f2pool.payout);
    });
    // An unrelated miner spends the payout together with coins of its own: pool lineage commingled with clean funds.
    on(time + 6 * HOUR, () => {
      if (!minerCoin) return;
      const own = builder.externalCoin(minerCoin.owner, near(prng, 0.3));
      const f = randomFee(prng);
      pay(time + 6 * HOUR, [minerCoin, own], [{ to: fresh(), value: minerCoin.value + own.value - f }], f);
    });
  }

  // Decoy: a Whirlpool-shaped CoinJoin (5 x 0.05 BTC) of ordinary users.
  on(start + 4 * DAY + 3 * HOUR, () => {
    const inputs = users.slice(0, 5).map((u) => builder.externalCoin(u, 5_000_000n + BigInt(prng.int(2_000, 6_000))));
    const outputs = inputs.map(() => ({ to: fresh(), value: 5_000_000n }));
    const coins = pay(start + 4 * DAY + 3 * HOUR, inputs, outputs, sum(inputs) - 25_000_000n);
    truth.decoys.coinjoinTxid = coins[0]?.txid ?? '';
  });

  // Day 6: the payout wallet spends its pool payouts together with the thieves' peel-chain change into an exchange.
  on(start + 6 * DAY + 4 * HOUR, () => {
    if (!chainCoin) return;
    const inputs = [...payoutCoins, chainCoin];
    const f = randomFee(prng);
    const [deposit] = pay(start + 6 * DAY + 4 * HOUR, inputs, [{ to: exchangeDeposit, value: sum(inputs) - f }], f);
    truth.coSpendTxid = deposit?.txid ?? '';
  });

  events.sort((a, b) => a.time - b.time).forEach((e) => e.run());

  const annotations: DemoAnnotationRecord[] = [
    ...niceHash.map((n, k) => rentalAnnotation(prng, n.address, 'NiceHash', payoutWallet.address, k)),
    rentalAnnotation(prng, rigRentals.address, 'MiningRigRentals', payoutWallet.address, 2),
  ];
  const tags: TagRecord[] = [
    ...victims.map((v, k) => tag(v.address, `Phishing victim (report ${k + 1})`, 'victim', null, 80)),
    ...collectors.map((c) => tag(c.address, 'Phishing collection address (victim reports)', 'perpetrator', DEMO_ACTOR, 90)),
    ...niceHash.map((n) => tag(n.address, 'NiceHash deposit address', 'hash_rental_marketplace', 'nicehash', 90)),
    tag(cleanRental.address, 'Hashing24 deposit address', 'hash_rental_marketplace', 'hashing24', 90),
    tag(rigRentals.address, 'MiningRigRentals deposit address', 'hash_rental_marketplace', 'miningrigrentals', 90),
    tag(sanctioned.address, 'Sanctioned address (fictional SDN entry)', 'sanction', null, 100),
    tag(exchangeDeposit.address, 'CoinVault deposit address', 'exchange', 'coinvault', 80),
    tag(hotWallet.address, 'CoinVault hot wallet', 'exchange', 'coinvault', 90),
    tag(viaBtc.payout.address, 'ViaBTC coinbase payout', 'miner', 'viabtc', 90),
    tag(f2pool.payout.address, 'F2Pool coinbase payout', 'miner', 'f2pool', 90),
  ];
  const actors = [
    actor(DEMO_ACTOR, 'Fictional state-sponsored theft group (demo)', ['perpetrator']),
    actor('nicehash', 'NiceHash', ['hash_rental_marketplace']),
    actor('miningrigrentals', 'MiningRigRentals', ['hash_rental_marketplace']),
    actor('hashing24', 'Hashing24', ['hash_rental_marketplace']),
    actor('coinvault', 'CoinVault (fictional exchange)', ['exchange']),
    actor('viabtc', 'ViaBTC', ['miner']),
    actor('f2pool', 'F2Pool', ['miner']),
  ];
  return { truth, tags, actors, annotations };
}

/** A subpoena return from the rental service: the order pointed rented hash power at a pool with this payout address. */
function rentalAnnotation(prng: Prng, deposit: string, service: string, payout: string, k: number): DemoAnnotationRecord {
  const document = `subpoena-return-${service.toLowerCase()}-${k + 1}.pdf`;
  return {
    kind: 'annotation',
    subjectType: 'address',
    chain: 'BTC',
    subject: deposit,
    annotationKind: 'hash_rental_deposit',
    note: `${service} subpoena return: rental order paid from this deposit pointed SHA-256 hash power at ViaBTC, paying out to ${payout}.`,
    data: {
      service,
      orderId: `${service.slice(0, 3).toUpperCase()}-${prng.int(100000, 999999)}`,
      algorithm: 'SHA256',
      period: '72h',
      poolUrl: 'stratum+tcp://btc.viabtc.io:3333',
      worker: `acct${prng.int(1000, 9999)}.rig${k + 1}`,
      payoutAddress: payout,
      fiatAmountUsd: prng.int(20000, 60000),
      evidenceDocument: document,
      evidenceSha256: prng.hex(32),
    },
    confidence: 90,
    linkTo: payout,
  };
}
