import * as bitcoin from 'bitcoinjs-lib';

/** A public key as scripts carry it: compressed (33 bytes, 02/03) or uncompressed (65 bytes, 04). */
const isPubkey = (b: Uint8Array | number | undefined): b is Uint8Array =>
  b instanceof Uint8Array && ((b.length === 33 && (b[0] === 2 || b[0] === 3)) || (b.length === 65 && b[0] === 4));
/** A DER signature with its sighash byte (BIP-66 bounds: 9 to 73 bytes, starting with 0x30). */
const isSignature = (b: Uint8Array | number | undefined): b is Uint8Array => b instanceof Uint8Array && b.length >= 9 && b.length <= 73 && b[0] === 0x30;
/** The P2WPKH program a P2SH-P2WPKH scriptSig pushes: OP_0 followed by a 20-byte key hash. */
const isWpkhProgram = (b: Uint8Array): boolean => b.length === 22 && b[0] === 0x00 && b[1] === 0x14;

function pushes(script: Uint8Array): (Uint8Array | number)[] | null {
  try {
    return bitcoin.script.decompile(script);
  } catch {
    return null;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/**
 * The address an input spends, read from its own scriptSig and witness where the script type reveals it: P2PKH
 * (signature and public key), P2WPKH (witness signature and key, empty scriptSig) and P2SH-P2WPKH (the key-hash program
 * in the scriptSig, checked against the witness key). Anything else (P2PK, multisig, taproot, ...) gives null: the
 * address arrives with the previous output.
 */
export function spentAddress(scriptSig: Uint8Array, witness: readonly Uint8Array[], network: bitcoin.Network): string | null {
  const [witnessSig, witnessKey] = witness;
  const keyWitness = witness.length === 2 && isSignature(witnessSig) && isPubkey(witnessKey) && witnessKey.length === 33;
  if (scriptSig.length === 0) {
    return keyWitness ? (bitcoin.payments.p2wpkh({ pubkey: witnessKey, network }).address ?? null) : null;
  }
  const items = pushes(scriptSig);
  if (!items) return null;
  const [first, second] = items;
  if (items.length === 1 && first instanceof Uint8Array && isWpkhProgram(first) && keyWitness) {
    // The program must be the witness key's hash, or this is some other script that happens to look alike.
    if (!sameBytes(first.subarray(2), bitcoin.crypto.hash160(witnessKey))) return null;
    return bitcoin.payments.p2sh({ redeem: { output: first, network }, network }).address ?? null;
  }
  if (items.length === 2 && witness.length === 0 && isSignature(first) && isPubkey(second)) {
    return bitcoin.payments.p2pkh({ pubkey: second, network }).address ?? null;
  }
  return null;
}
