/**
 * Real coinbase transactions from public repositories' test data (mainnet unless said otherwise), for pool attribution
 * tests. Each txid is the double SHA-256 of its hex (checked in coinbase-attribution.test.ts), so none is made up.
 */

/**
 * F2Pool, block 745,778 (scriptSig starts 03 32610b), segwit: output 0 pays 1KFHE7w8..., outputs 1-3 are OP_RETURNs
 * (witness commitment, Hathor and RSK merge-mining). Source: bitcoin.stackexchange.com/questions/114547, as quoted in
 * Cypherock's firmware tests (btc_inputs_validator_tests).
 */
export const F2POOL_745778 = {
  txid: 'aa7f5b5f200feac9364ec40b4a5c0cb5c291f846422dec373a71cf30c55ce856',
  payout: '1KFHE7w8BhaENAswwryaoccDb6qcT6DbYY',
  hex:
    '010000000001010000000000000000000000000000000000000000000000000000000000000000ffffffff640332610b2cfabe6d6ddcb8d8f2a2ddf5' +
    '191d8191cfa7aa4fd9d85c529f2ce8ed4363c1a8942f14810b10000000f09f909f092f4632506f6f6c2f650000000000000000000000000000000000' +
    '0000000000000000000000000000000000000500540000000000000004b1bbbb26000000001976a914c825a1ecf2a6830c4401620c3a16f1995057c2' +
    'ab88ac0000000000000000266a24aa21a9edd02fc86dcb2b66db1a5add17b3660e4046f50cde03199425f0944c7becb6546a0000000000000000266a' +
    '2448617468e62698d5bdd57572ff76305ed48933e8b787a67df4319ade7d798df03c706edf00000000000000002c6a4c2952534b424c4f434b3a3c62' +
    '2bf845a23d0ee4927d14fe0455d8e30af6e68e7e3620aa1af6270044738b0120000000000000000000000000000000000000000000000000000000000' +
    '0000000730b053f',
};

/**
 * F2Pool, block 371,622 (2015): the scriptSig carries 七彩神仙鱼, 🐟 and "/BIP100/Mined by sdzhabcd"; one output to
 * 1KFHE7w8.... Fields from an explorer's getrawtransaction-style response quoted in a public repository (block hash,
 * times, sequence, locktime); serialised here and checked against its txid.
 */
export const F2POOL_371622 = {
  txid: '5756ff16e2b9f881cd15b8a7e478b4899965f87f553b6210d0f8e5bf5be7df1d',
  blockHash: '0000000000000000027d0985fef71cbc05a5ee5cdbdc4c6baf2307e6c5db8591',
  blockTime: 1440604784,
  payout: '1KFHE7w8BhaENAswwryaoccDb6qcT6DbYY',
  scriptSig:
    '03a6ab05e4b883e5bda9e7a59ee4bb99e9b1bc76a3a2bb0e9c92f06e4a6349de9ccc8fbe0fad11133ed73c78ee12876334c13c02000000f09f909f' +
    '2f4249503130302f4d696e65642062792073647a686162636400000000000000000000000000000000',
  hex:
    '01000000010000000000000000000000000000000000000000000000000000000000000000ffffffff6403a6ab05e4b883e5bda9e7a59ee4bb99e9b1' +
    'bc76a3a2bb0e9c92f06e4a6349de9ccc8fbe0fad11133ed73c78ee12876334c13c02000000f09f909f2f4249503130302f4d696e6564206279207364' +
    '7a6861626364000000000000000000000000000000005f77dba4015ca34297000000001976a914c825a1ecf2a6830c4401620c3a16f1995057c2ab88' +
    'acfe75853a',
};

/** The same coinbase as Bitcoin Core's `getrawtransaction <txid> true` prints it (without its block in the case). */
export const f2pool371622CoreJson = (): string =>
  JSON.stringify({
    txid: F2POOL_371622.txid,
    hash: F2POOL_371622.txid,
    version: 1,
    size: 185,
    vsize: 185,
    weight: 740,
    locktime: 981825022,
    vin: [{ coinbase: F2POOL_371622.scriptSig, sequence: 2765846367 }],
    vout: [
      {
        value: 25.37726812,
        n: 0,
        scriptPubKey: {
          asm: 'OP_DUP OP_HASH160 c825a1ecf2a6830c4401620c3a16f1995057c2ab OP_EQUALVERIFY OP_CHECKSIG',
          hex: '76a914c825a1ecf2a6830c4401620c3a16f1995057c2ab88ac',
          address: F2POOL_371622.payout,
          type: 'pubkeyhash',
        },
      },
    ],
    hex: F2POOL_371622.hex,
    blockhash: F2POOL_371622.blockHash,
    confirmations: 62823,
    time: F2POOL_371622.blockTime,
    blocktime: F2POOL_371622.blockTime,
  });

/**
 * A 7pool coinbase from bitcoin-ruby's test suite (testnet3, 2017): its scriptSig reads "/$Mined by 7pool.com/", the
 * legacy pools.json tag that is literal text (as a regular expression, "$" anchors and it can never match).
 */
export const SEVENPOOL_SCRIPTSIG = '038c7f110411bd48592f244d696e65642062792037706f6f6c2e636f6d2f0100000bd807000000000000';
