import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChecksumAddress } from '../../../shared/address/eip55';
import { BLOCK_50001, fixture, tempDir } from '../../core/test-support/fixtures';
import { runCli } from '../program';

const ETH_TXS = fixture('ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_transactions.json');
const SPEND = '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a';

/** show and trace through the CLI on real mainnet Bitcoin and Ethereum data. */
describe('assay show / trace on real data', () => {
  const tmp = tempDir();
  const casePath = path.join(tmp.dir, 'real.assay');
  const run = async (...args: string[]): Promise<{ code: number; out: string }> => {
    const out: string[] = [];
    const code = await runCli(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
    return { code, out: out.join('') };
  };
  beforeAll(async () => {
    process.env.ASSAY_USER_DATA = path.join(tmp.dir, 'user-data');
    expect((await run('init', casePath)).code).toBe(0);
    expect((await run('import', casePath, BLOCK_50001, ETH_TXS)).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('trace says what share is unknown and where the case data ends (text and --json)', async () => {
    const text = await run('trace', casePath, '--from', `${SPEND}:0`, '--direction', 'backward', '--model', 'haircut,fifo');
    expect(text.code, text.out).toBe(0);
    expect(text.out).toContain("of the seeds' value, tainted / unknown / clean:\n  haircut 0 / 100 / 0\n  fifo 0 / 100 / 0\n");
    expect(text.out).toContain("the case's data ends at 2 inputs spending outputs not in the case");
    const json = await run('trace', casePath, '--from', `${SPEND}:0`, '--direction', 'backward', '--model', 'haircut', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ shares: { haircut: { tainted: '0', unknown: '10000000000', clean: '0' } }, dataEnds: { inputs: 2 } });
  });

  it('show tx of an Ethereum transaction prints sender, recipient, value and fee; show address takes the checksummed spelling', async () => {
    const first = JSON.parse(fs.readFileSync(ETH_TXS, 'utf8').split('\n')[0]!.replace(/"(value|receipt_gas_used|receipt_effective_gas_price)": (\d+)/g, '"$1": "$2"')) as Record<string, string>;
    const tx = await run('show', casePath, 'tx', first.hash!);
    expect(tx.code, tx.out).toBe(0);
    expect(tx.out).toContain(`transfer ${first.from_address} -> ${first.to_address}  0.000000001642894143 ETH`);
    expect(tx.out).toMatch(/\n {2}fee 0\.\d+\n/);
    const address = await run('show', casePath, 'address', toChecksumAddress(first.from_address!));
    expect(address.code, address.out).toBe(0);
    expect(address.out).toContain(`ETH address ${first.from_address}`);
  });
});
