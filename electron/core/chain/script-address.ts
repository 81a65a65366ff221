import { bech32m } from 'bech32';
import * as bitcoin from 'bitcoinjs-lib';

/** Core's script types, mapped to the names Assay stores (the bitcoin-etl vocabulary). */
const SCRIPT_TYPES: Record<string, string> = {
  pubkey: 'pubkey',
  pubkeyhash: 'pubkeyhash',
  scripthash: 'scripthash',
  multisig: 'multisig',
  nulldata: 'nulldata',
  witness_v0_keyhash: 'witness_v0_keyhash',
  witness_v0_scripthash: 'witness_v0_scripthash',
  witness_v1_taproot: 'witness_v1_taproot',
  witness_unknown: 'witness_unknown',
  nonstandard: 'nonstandard',
};

export const normalizeScriptType = (type: string | null): string => (type && SCRIPT_TYPES[type]) || 'nonstandard';

const OP_1 = 0x51;
const OP_16 = 0x60;

/**
 * The address of a witness v1+ program (taproot and future versions), encoded in bech32m (BIP-350) straight from the
 * program: bitcoinjs only encodes p2tr with an elliptic-curve library initialised, which an address does not need.
 */
function witnessV1Address(script: Uint8Array, network: bitcoin.Network): string | null {
  const op = script[0] as number;
  const length = script[1] as number;
  if (op < OP_1 || op > OP_16 || script.length !== length + 2 || length < 2 || length > 40) return null;
  const words = bech32m.toWords(script.subarray(2));
  return bech32m.encode(network.bech32, [op - OP_1 + 1, ...words]);
}

/**
 * The address an investigator would search for: the script's own address, or for a bare public key (P2PK)
 * the P2PKH address of that key, as explorers and bitcoin-etl show it.
 */
export function addressForScript(scriptHex: string | Uint8Array, network: bitcoin.Network = bitcoin.networks.bitcoin): string | null {
  const script = typeof scriptHex === 'string' ? Buffer.from(scriptHex, 'hex') : scriptHex;
  const segwitV1 = witnessV1Address(script, network);
  if (segwitV1) return segwitV1;
  try {
    return bitcoin.address.fromOutputScript(script, network);
  } catch {
    try {
      const pubkey = bitcoin.payments.p2pk({ output: script }).pubkey;
      return pubkey ? (bitcoin.payments.p2pkh({ pubkey, network }).address ?? null) : null;
    } catch {
      return null;
    }
  }
}
