/** Classifies an output script by its byte pattern into the bitcoin-etl / Core vocabulary Assay stores. */
export function classifyScript(script: Uint8Array): string {
  const n = script.length;
  const op = (i: number): number | undefined => script[i];
  if (n === 25 && op(0) === 0x76 && op(1) === 0xa9 && op(2) === 0x14 && op(23) === 0x88 && op(24) === 0xac) return 'pubkeyhash';
  if (n === 23 && op(0) === 0xa9 && op(1) === 0x14 && op(22) === 0x87) return 'scripthash';
  if (n === 22 && op(0) === 0x00 && op(1) === 0x14) return 'witness_v0_keyhash';
  if (n === 34 && op(0) === 0x00 && op(1) === 0x20) return 'witness_v0_scripthash';
  if (n === 34 && op(0) === 0x51 && op(1) === 0x20) return 'witness_v1_taproot';
  if ((n === 35 && op(0) === 0x21) || (n === 67 && op(0) === 0x41)) return op(n - 1) === 0xac ? 'pubkey' : 'nonstandard';
  if (n > 0 && op(0) === 0x6a) return 'nulldata';
  if (n > 3 && op(n - 1) === 0xae) return 'multisig';
  const v = op(0);
  if (v !== undefined && v >= 0x51 && v <= 0x60 && n >= 4 && n <= 42 && op(1) === n - 2) return 'witness_unknown';
  return 'nonstandard';
}
