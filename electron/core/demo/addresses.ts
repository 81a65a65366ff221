import * as bitcoin from 'bitcoinjs-lib';
import type { Prng } from './prng';

export type DemoScriptType = 'pubkeyhash' | 'witness_v0_keyhash' | 'witness_v1_taproot';

/** A generated address; its checksum validates because it encodes a real script program. */
export interface DemoAddress {
  address: string;
  scriptType: DemoScriptType;
}

export interface DemoScript extends DemoAddress {
  scriptHex: string;
  scriptAsm: string;
}

const network = bitcoin.networks.bitcoin;

function withScript(address: string, scriptType: DemoScriptType, program: Uint8Array): DemoScript {
  const h = Buffer.from(program).toString('hex');
  switch (scriptType) {
    case 'pubkeyhash':
      return { address, scriptType, scriptHex: `76a914${h}88ac`, scriptAsm: `OP_DUP OP_HASH160 ${h} OP_EQUALVERIFY OP_CHECKSIG` };
    case 'witness_v0_keyhash':
      return { address, scriptType, scriptHex: `0014${h}`, scriptAsm: `0 ${h}` };
    case 'witness_v1_taproot':
      return { address, scriptType, scriptHex: `5120${h}`, scriptAsm: `OP_1 ${h}` };
  }
}

/**
 * Real mainnet encodings (base58check, bech32, bech32m) of seeded key hashes. bitcoinjs' address encoders are used
 * directly: `payments.*` re-derives and validates every field and is 20x slower, too slow for the 1M case.
 */
export function makeAddress(prng: Prng, scriptType: DemoScriptType): DemoAddress {
  const program = prng.bytes(scriptType === 'witness_v1_taproot' ? 32 : 20);
  const address =
    scriptType === 'pubkeyhash'
      ? bitcoin.address.toBase58Check(program, network.pubKeyHash)
      : bitcoin.address.toBech32(program, scriptType === 'witness_v0_keyhash' ? 0 : 1, network.bech32);
  return { address, scriptType };
}

/** The output script of an address (a pool's published payout address, or a generated one read back). */
export function addressFromString(address: string): DemoScript {
  if (address.toLowerCase().startsWith(`${network.bech32}1`)) {
    const { version, data } = bitcoin.address.fromBech32(address);
    if (version === 0 && data.length === 20) return withScript(address, 'witness_v0_keyhash', data);
    if (version === 1 && data.length === 32) return withScript(address, 'witness_v1_taproot', data);
  } else {
    const { version, hash } = bitcoin.address.fromBase58Check(address);
    if (version === network.pubKeyHash) return withScript(address, 'pubkeyhash', hash);
  }
  throw new RangeError(`unsupported demo address type: ${address}`);
}
