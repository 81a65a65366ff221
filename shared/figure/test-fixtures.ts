import type { FigureFlow, FigureInput, FigureInputNode, MeasureText, Role } from './types';

/** A measure that over-estimates DejaVu Sans (0.64 em a character, its digits' width; bold 0.7): what fits here fits in print. */
export const roughMeasure: MeasureText = (text, size, font) => [...text].length * size * (font === 'bold' ? 0.7 : 0.64);

const address = (key: string, role: Role, more: Partial<FigureInputNode> = {}): FigureInputNode => ({
  id: `address:BTC:${key}`, kind: 'address', role, chain: 'BTC', key, label: null, labelSource: null, category: null,
  amount: null, time: null, subject: false, degree: 1, ...more,
});
const tx = (key: string, role: Role, amount: string, time: number, more: Partial<FigureInputNode> = {}): FigureInputNode => ({
  id: `tx:BTC:${key}`, kind: 'tx', role, chain: 'BTC', key, label: null, labelSource: null, category: null,
  amount, time, subject: false, degree: 2, ...more,
});
const flow = (from: FigureInputNode, to: FigureInputNode, amount: string | null, time: number | null): FigureFlow => ({ from: from.id, to: to.id, amount, time, kind: 'ledger' });

const T0 = 1686200400;
const hex = (n: number): string => n.toString(16).padStart(64, 'a');

/**
 * The demo typology's deposit-to-payout path: a thief's wallet pays three hash-rental deposits, NiceHash's rented hash
 * power mines for ViaBTC, whose payout transaction pays the thief's wallet among `recipients` other miners.
 */
export function typologyInput(recipients = 40): FigureInput {
  const thief = address('bc1qu5aa9508akdd23mrs983nlae9rdczztc3ceq3n', 'perpetrator', { label: 'Phishing collection address (victim reports)', labelSource: 'demo TagPack', category: 'perpetrator', subject: true, degree: 4 });
  const victims = Array.from({ length: 30 }, (_, i) => address(`bc1qvictim${String(i).padStart(2, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxx`, 'source'));
  const theft = tx(hex(1), 'perpetrator', '900000000', T0 - 86400);
  const deposits = [0, 1, 2].map((i) => tx(hex(10 + i), 'rental_deposit', String(100000000 + i * 20000000), T0 + i * 3600, { subject: true }));
  const depositAddrs = [0, 1, 2].map((i) => address(`bc1qdeposit${i}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, 'rental_deposit', { label: 'NiceHash deposit address', labelSource: 'demo TagPack', category: 'hash_rental_marketplace', subject: true }));
  const service: FigureInputNode = { id: 'service:nicehash', kind: 'service', role: 'rental_service', chain: 'BTC', key: 'nicehash', label: 'NiceHash', labelSource: 'annotation', category: 'hash_rental_marketplace', amount: null, time: null, subject: false, degree: 3 };
  const coinbase = tx(hex(20), 'coinbase', '625000000', T0 + 86400, { coinbase: true, label: 'ViaBTC coinbase', category: 'miner' });
  const payout = tx(hex(21), 'payout', '1200000000', T0 + 2 * 86400, { label: 'ViaBTC payout' });
  const others = Array.from({ length: recipients }, (_, i) => address(`bc1qminer${String(i).padStart(3, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxx`, 'payout'));
  const wallet = address('bc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw', 'commingled', { subject: true, degree: 5 });
  const flows: FigureFlow[] = [
    ...victims.map((v) => flow(v, theft, '30000000', T0 - 86400)),
    flow(theft, thief, '900000000', T0 - 86400),
    ...deposits.flatMap((d, i) => [flow(thief, d, d.amount, d.time), flow(d, depositAddrs[i] as FigureInputNode, d.amount, d.time)]),
    ...depositAddrs.map((d) => ({ from: d.id, to: service.id, amount: null, time: null, kind: 'offchain' as const, reference: 'order NH-2023-0611 (subpoena return)' })),
    { from: service.id, to: wallet.id, amount: null, time: null, kind: 'offchain', reference: 'payout address in the order' },
    flow(coinbase, payout, '625000000', T0 + 2 * 86400),
    ...others.map((o) => flow(payout, o, '25000000', T0 + 2 * 86400)),
    flow(payout, wallet, '113213181', T0 + 2 * 86400),
  ];
  return { nodes: [...victims, theft, thief, ...deposits, ...depositAddrs, service, coinbase, payout, ...others, wallet], flows };
}
