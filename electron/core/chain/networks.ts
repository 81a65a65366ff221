import * as bitcoin from 'bitcoinjs-lib';
import type { Chain } from '../../../shared/domain/chain';

/** Litecoin mainnet parameters (bitcoinjs-lib ships Bitcoin's only). */
const litecoin: bitcoin.Network = {
  messagePrefix: '\x19Litecoin Signed Message:\n',
  bech32: 'ltc',
  bip32: { public: 0x019da462, private: 0x019d9cfe },
  pubKeyHash: 0x30,
  scriptHash: 0x32,
  wif: 0xb0,
};

/** The address encoding of a UTXO chain; Bitcoin Cash is shown in its legacy base58 form, as bitcoin-etl does. */
export const networkFor = (chain: Chain): bitcoin.Network => (chain === 'LTC' ? litecoin : bitcoin.networks.bitcoin);
