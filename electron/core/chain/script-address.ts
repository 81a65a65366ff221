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

/**
 * The address an investigator would search for: the script's own address, or for a bare public key (P2PK)
 * the P2PKH address of that key, as explorers and bitcoin-etl show it.
 */
export function addressForScript(scriptHex: string | Uint8Array, network: bitcoin.Network = bitcoin.networks.bitcoin): string | null {
  const script = typeof scriptHex === 'string' ? Buffer.from(scriptHex, 'hex') : scriptHex;
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
