import fs from 'node:fs';
import * as bitcoin from 'bitcoinjs-lib';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test-support/fixtures';
import { MAINNET_TXS, SEGWIT_P2SH_P2WPKH, TAPROOT_KEY_PATH, TAPROOT_SCRIPT_PATH } from '../test-support/mainnet-txs';
import { addressForScript } from './script-address';
import { spentAddress } from './spent-address';

const net = bitcoin.networks.bitcoin;
const coreBlocks = (JSON.parse(fs.readFileSync(fixture('bitcoinjs-core-blocks/core_blocks.json'), 'utf8')) as { hex: string }[]).map((b) => bitcoin.Block.fromHex(b.hex));

describe('the address an input spends, from its own scripts (real mainnet inputs)', () => {
  it('equals the address of the spent output wherever the previous output is in the same 2010 blocks (P2PKH)', () => {
    const outputs = new Map<string, string | null>();
    for (const block of coreBlocks) for (const tx of block.transactions ?? []) tx.outs.forEach((o, n) => outputs.set(`${tx.getId()}:${n}`, addressForScript(o.script)));
    let compared = 0;
    let derived = 0;
    for (const block of coreBlocks) {
      for (const tx of (block.transactions ?? []).filter((t) => !t.isCoinbase())) {
        for (const input of tx.ins) {
          const mine = spentAddress(input.script, input.witness, net);
          if (mine !== null) derived += 1;
          const prev = outputs.get(`${Buffer.from(input.hash).reverse().toString('hex')}:${input.index}`);
          if (prev === undefined || mine === null) continue;
          expect(mine).toBe(prev);
          compared += 1;
        }
      }
    }
    expect(derived).toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(0);
  });

  it('reads a P2SH-P2WPKH spend (block 481824) as the P2SH address of the output it spends', () => {
    const tx = bitcoin.Transaction.fromHex(SEGWIT_P2SH_P2WPKH.hex);
    const input = tx.ins[0]!;
    expect(spentAddress(input.script, input.witness, net)).toBe(addressForScript(SEGWIT_P2SH_P2WPKH.prevouts[0]!.script));
  });

  it('reads a P2WPKH spend from its witness (BIP-143 native P2WPKH example: no mainnet one in the data)', () => {
    const tx = bitcoin.Transaction.fromHex(
      '01000000000102fff7f7881a8099afa6940d42d1e7f6362bec38171ea3edf433541db4e4ad969f00000000494830450221008b9d1dc26ba6a9cb62127b02742fa9d754cd3bebf337f7a55d114c8e5cdd30be022040529b194ba3f9281a99f2b1c0a19c0489bc22ede944ccf4ecbab4cc618ef3ed01eeffffffef51e1b804cc89d182d279655c3aa89e815b1b309fe287d9b2b55d57b90ec68a0100000000ffffffff02202cb206000000001976a9148280b37df378db99f66f85c95a783a76ac7a6d5988ac9093510d000000001976a9143bde42dbee7e4dbe6a21b2d50ce2f0167faa815988ac000247304402203609e17b84f6a7d30c80bfa610b5b4542f32a8a0d5447a12fb1366d7f01cc44a0220573a954c4518331561406f90300e8f3358f51928d43c212a8caed02de67eebee0121025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f07aeee635711000000',
    );
    // Input 0 spends a bare public key (signature only): no address; input 1 spends 00141d0f...71a1.
    expect(spentAddress(tx.ins[0]!.script, tx.ins[0]!.witness, net)).toBeNull();
    expect(spentAddress(tx.ins[1]!.script, tx.ins[1]!.witness, net)).toBe(addressForScript('00141d0f172a0ecb48aee1be1f2687d2963ae33f71a1'));
  });

  it('gives null for inputs whose script does not reveal the address (taproot key and script paths, P2PK)', () => {
    for (const t of [TAPROOT_KEY_PATH, TAPROOT_SCRIPT_PATH]) {
      for (const input of bitcoin.Transaction.fromHex(t.hex).ins) expect(spentAddress(input.script, input.witness, net)).toBeNull();
    }
    // Block 000000005a4d...'s spends carry a signature only (their previous outputs are bare public keys).
    const p2pkSpends = coreBlocks.flatMap((b) => (b.transactions ?? []).filter((t) => !t.isCoinbase()).flatMap((t) => t.ins)).filter((i) => bitcoin.script.decompile(i.script)?.length === 1);
    expect(p2pkSpends.length).toBeGreaterThan(0);
    for (const input of p2pkSpends) expect(spentAddress(input.script, input.witness, net)).toBeNull();
  });
});

describe('taproot outputs get their bech32m address', () => {
  it('encodes the outputs and spent outputs of real taproot transactions as explorers show them', () => {
    const tx = bitcoin.Transaction.fromHex(TAPROOT_KEY_PATH.hex);
    // The first taproot spend's change, as every explorer lists it.
    expect(addressForScript(tx.outs[1]!.script)).toBe('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297');
    expect(addressForScript(tx.outs[0]!.script)).toBeNull();
    for (const t of MAINNET_TXS) {
      for (const o of bitcoin.Transaction.fromHex(t.hex).outs.filter((out) => out.script[0] === 0x51)) {
        const address = addressForScript(o.script) ?? '';
        expect(address).toMatch(/^bc1p[02-9ac-hj-np-z]{58}$/);
        // And back: the address decodes to the same witness program (bitcoinjs decodes bech32m without an ECC library).
        expect(Buffer.from(bitcoin.address.fromBech32(address).data).equals(Buffer.from(o.script.subarray(2)))).toBe(true);
      }
    }
  });
});
