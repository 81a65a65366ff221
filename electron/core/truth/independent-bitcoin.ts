import * as bitcoin from 'bitcoinjs-lib';

/**
 * What a transaction says, read with bitcoinjs-lib's own decoders and nothing of Assay's: the truth the truth tests
 * compare the case with. Addresses come from bitcoinjs' output-script and payment decoders (a bare public key shown as
 * its P2PKH address, as explorers do).
 */
export interface TruthTx {
  txid: string;
  coinbase: boolean;
  outputs: { vout: number; value: number; address: string | null }[];
  inputs: { vin: number; prevTxid: string; prevVout: number; address: string | null; value: number | null }[];
  fee: number | null;
}

const net = bitcoin.networks.bitcoin;

function outputAddress(script: Uint8Array): string | null {
  // Witness v1 (taproot): bitcoinjs encodes a bech32m address from the program without any curve library.
  if (script.length === 34 && script[0] === 0x51 && script[1] === 0x20) return bitcoin.address.toBech32(script.subarray(2), 1, net.bech32);
  try {
    return bitcoin.address.fromOutputScript(script, net);
  } catch {
    try {
      return bitcoin.payments.p2pkh({ pubkey: bitcoin.payments.p2pk({ output: script }).pubkey!, network: net }).address ?? null;
    } catch {
      return null;
    }
  }
}

/** The address an input's own scripts prove it spends, by bitcoinjs' payment decoders (P2PKH, P2SH-P2WPKH, P2WPKH). */
function inputAddress(input: bitcoin.Transaction['ins'][number]): string | null {
  const attempts = [
    () => bitcoin.payments.p2pkh({ input: input.script, network: net }).address,
    () => bitcoin.payments.p2sh({ input: input.script, witness: input.witness, redeem: bitcoin.payments.p2wpkh({ witness: input.witness, network: net }), network: net }).address,
    () => (input.script.length === 0 ? bitcoin.payments.p2wpkh({ witness: input.witness, network: net }).address : undefined),
  ];
  for (const attempt of attempts) {
    try {
      const address = attempt();
      if (address) return address;
    } catch {
      // not this script type
    }
  }
  return null;
}

/** Decodes every transaction; inputs take address and value from a previous output in the same set, fees follow. */
export function truthOf(txs: bitcoin.Transaction[]): Map<string, TruthTx> {
  const outputs = new Map<string, { value: number; address: string | null }>();
  for (const tx of txs) tx.outs.forEach((o, vout) => outputs.set(`${tx.getId()}:${vout}`, { value: Number(o.value), address: outputAddress(o.script) }));
  const truth = new Map<string, TruthTx>();
  for (const tx of txs) {
    const coinbase = tx.isCoinbase();
    const inputs = coinbase
      ? []
      : tx.ins.map((input, vin) => {
          const prevTxid = Buffer.from(input.hash).reverse().toString('hex');
          const prev = outputs.get(`${prevTxid}:${input.index}`);
          return { vin, prevTxid, prevVout: input.index, address: prev ? prev.address : inputAddress(input), value: prev?.value ?? null };
        });
    const outs = tx.outs.map((o, vout) => ({ vout, value: Number(o.value), address: outputAddress(o.script) }));
    const known = !coinbase && inputs.every((i) => i.value !== null);
    const fee = known ? inputs.reduce((s, i) => s + (i.value as number), 0) - outs.reduce((s, o) => s + o.value, 0) : null;
    truth.set(tx.getId(), { txid: tx.getId(), coinbase, outputs: outs, inputs, fee });
  }
  return truth;
}
