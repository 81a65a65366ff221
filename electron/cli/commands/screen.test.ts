import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../core/demo/generator';
import { tempDir } from '../../core/test-support/fixtures';
import { cli } from '../testing/cli-run';

describe('assay screen', () => {
  const tmp = tempDir();
  const casePath = path.join(tmp.dir, 'demo.assay');
  const list = path.join(tmp.dir, 'payouts.txt');
  const truth = generateDemo().truth;
  const run = cli;
  beforeAll(async () => {
    process.env.ASSAY_USER_DATA = path.join(tmp.dir, 'user-data');
    expect((await run('demo', casePath)).code).toBe(0);
    fs.writeFileSync(list, [truth.rentalDeposits[0]?.address, truth.decoys.users[0]].join('\n'));
  });
  afterAll(() => tmp.cleanup());

  it('prints a JSON array of {address, exposure, hops, entity, category, path}', async () => {
    const { code, out } = await run('screen', casePath, list, '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows.map((r) => r.address)).toEqual([truth.rentalDeposits[0]?.address, truth.decoys.users[0]]);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['address', 'exposure', 'hops', 'entity', 'category', 'path']));
    expect(rows[0]).toMatchObject({ exposure: 1, category: 'perpetrator' });
    expect(rows[1]).toMatchObject({ exposure: 0, hops: null, path: [] });
  });

  it('prints CSV with a header and the path joined', async () => {
    const { out } = await run('screen', casePath, list, '--csv');
    const [header, first] = out.split('\r\n');
    expect(header).toBe('address,exposure,hops,entity,category,path,received_sat,tainted_sat');
    expect(first).toMatch(new RegExp(`^${truth.rentalDeposits[0]?.address},1\\.000000,\\d+,Fictional state-sponsored theft group \\(demo\\),perpetrator,[^,]+ > `));
  });

  it('refuses a bad list with its file and line, before opening the case', async () => {
    fs.writeFileSync(list, 'bc1qok\nnot an address\n');
    const { code, err } = await run('screen', casePath, list);
    expect(code).toBe(1);
    expect(err).toBe('assay: payouts.txt:2: field address: not an address: "not an address"\n');
  });
});
