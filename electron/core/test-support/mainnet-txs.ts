/**
 * Real Bitcoin mainnet transactions of the segwit and taproot era, as raw hex (public blockchain data; each txid is
 * the double SHA-256 of its serialization, which the tests check). Copied from public test suites that quote them:
 * libbitcoin-system's script tests (the 481824 spend and its previous output) and rust-bitcoinkernel's (taproot).
 */
export interface MainnetTx {
  txid: string;
  hex: string;
  /** What the spent outputs were, where the quoting source states it: script and value in satoshi. */
  prevouts: Record<number, { script: string; value: number }>;
}

/** Block 481824, the first segwit block: a P2SH-P2WPKH spend paying 35SegwitPieWKVHieXd97mnurNi8o6CM73. */
export const SEGWIT_P2SH_P2WPKH: MainnetTx = {
  txid: 'c586389e5e4b3acb9d6c8be1c19ae8ab2795397633176f5a6442a261bbdefc3a',
  hex:
    '0200000000010140d43a99926d43eb0e619bf0b3d83b4a31f60c176beecfb9d35bf45e54d0f7420100000017160014a4b4ca48de0b3fffc15404a1acdc8dbaae226955ffffffff' +
    '0100e1f5050000000017a9144a1154d50b03292b3024370901711946cb7cccc387024830450221008604ef8f6d8afa892dee0f31259b6ce02dd70c545cfcfed8148179971876c54a' +
    '022076d771d6e91bed212783c9b06e0de600fab2d518fad6f15a2b191d7fbd262a3e0121039d25ab79f41f75ceaf882411fd41fa670a4c672c23ffaf0e361a969cde0692e800000000',
  prevouts: { 0: { script: 'a9142928f43af18d2d60e8a843540d8086b30534133987', value: 100_200_000 } },
};

/** Block 709635: the first spend of a taproot output (key path), with an OP_RETURN and a taproot output. */
export const TAPROOT_KEY_PATH: MainnetTx = {
  txid: '33e794d097969002ee05d336686fc03c9e15a597c1b9827669460fac98799036',
  hex:
    '01000000000101d1f1c1f8cdf6759167b90f52c9ad358a369f95284e841d7a2536cef31c0549580100000000fdffffff020000000000000000316a2f49206c696b65205363686e6f' +
    '7272207369677320616e6420492063616e6e6f74206c69652e204062697462756734329e06010000000000225120a37c3903c8d0db6512e2b40b0dffa05e5a3ab73603ce8c9c4b77' +
    '71e5412328f90140a60c383f71bac0ec919b1d7dbc3eb72dd56e7aa99583615564f9f99b8ae4e837b758773a5b2e4c51348854c8389f008e05029db7f464a5ff2e01d5e6e626174a' +
    'ffd30a00',
  prevouts: { 0: { script: '5120339ce7e165e67d93adb3fef88a6d4beed33f01fa876f05a225242b82a631abc0', value: 88_480 } },
};

/** Mainnet 1ba232a8...: a taproot script-path spend with two taproot outputs. */
export const TAPROOT_SCRIPT_PATH: MainnetTx = {
  txid: '1ba232a8bf936cf24155292c9a4330298278f572bacc78455eb68e3552197c30',
  hex:
    '02000000000102761402258bf42275f52db288dbbc8fdfe30b35dea86c5425a57feef1a4008b0b0100000000ffffffff3847ba0ccc4e1b63ed2f3b4a677bd247940f4d5669cc91d9' +
    'a4eb096e7615badc0000000000ffffffff0291ad070000000000225120059715a12766bbbee8529b53dce51fe708e9895f50c6babec988c7917ff5958464d11a0000000000225120be' +
    'e1246f13735551e5e5c2b5631014501a6c77f8ee2d16d33dc109096f22b2a40140ac4e4af854be645890275c8144869343752d5ceee9b361cfab3de0726c10a449cc7491a295417f7c' +
    '457961fdde59bde483330364b42fddddeef65cd1d97150fc0440b78c0a5065343d451a93dcb499edd3d8994697932322be5e27fa218f5a99be8484a8ef802c3054dee442baced3c170' +
    'b8afe18ec9758c860876fe4f06a5e3ccb240984299fc968b71d999354af2e991e089908adec84e1b1f04da8149aa0ffce28311b363dfd2dfc456de77746919c263e95a14952080f433dd' +
    'b87b13b884812bda4420b5095be39b9f2f96a77235854af7635dd09d0324569e9b3d587fe5fb7c44720cad202b74c2011af089c849383ee527c72325de52df6a788428b68d49e917405' +
    '3aabaac41c150929b74c1a04954b78b4b6035e97a5e078a5a0f28ec96d547bfee9ace803ac0675a94484b3d55d76af4a2275d327a47c1ec5c7d2232596a09fc883d40bb237e00000000',
  prevouts: {
    0: { script: '51207ee3c4ab9c8144be0e39fc849fab95e70da97fb0d70754b34553c25f9d325fa0', value: 1_757_828 },
    1: { script: '5120e687f4f55e3de5264cf4c4f43b53edb5c26e4adae3a3098ce918a663582785bd', value: 503_185 },
  },
};

export const MAINNET_TXS = [SEGWIT_P2SH_P2WPKH, TAPROOT_KEY_PATH, TAPROOT_SCRIPT_PATH];
