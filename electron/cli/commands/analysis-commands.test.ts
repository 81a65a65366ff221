import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/domain/analysis';
import { generateDemo } from '../../core/demo/generator';
import { tempDir } from '../../core/test-support/fixtures';
import { runCli } from '../program';

/** The analysis commands end to end through the CLI (and so the API dispatcher), on the demo case. */
describe('assay demo / analyze / findings / show cluster / trace', () => {
  const tmp = tempDir();
  const casePath = path.join(tmp.dir, 'demo.assay');
  const truth = generateDemo().truth;
  const run = async (...args: string[]): Promise<{ code: number; out: string }> => {
    const out: string[] = [];
    const code = await runCli(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
    return { code, out: out.join('') };
  };
  const json = async (...args: string[]): Promise<unknown> => {
    const { code, out } = await run(...args, '--json');
    expect(code, out).toBe(0);
    return JSON.parse(out);
  };
  beforeAll(() => void (process.env.ASSAY_USER_DATA = path.join(tmp.dir, 'user-data')));
  afterAll(() => tmp.cleanup());

  it('creates the demo case once and refuses to overwrite it', async () => {
    expect(await json('demo', casePath)).toMatchObject({ counts: { tags: 18 } });
    const again = await run('demo', casePath);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/already exists/);
  });

  it('analyzes, lists findings, and dismisses one with a reason (kept across re-runs)', async () => {
    expect(await json('analyze', casePath)).toMatchObject({ findings: { 'commingling-cospend': 1, 'hash-rental-deposit': 3 } });
    const findings = (await json('findings', casePath)) as Finding[];
    expect(findings[0]?.severity).toBe('critical');
    const target = findings.find((f) => f.detector === 'exposure') as Finding;
    expect((await run('findings', casePath, '--dismiss', `${target.id}`)).out).toMatch(/a dismissal needs a reason/);
    await json('findings', casePath, '--dismiss', `${target.id}`, '--reason', 'reviewed: change of the thieves');
    await json('analyze', casePath, '--enable', 'peelChainMerge');
    const after = (await json('findings', casePath, '--status', 'dismissed')) as Finding[];
    expect(after.map((f) => [f.id, f.statusReason])).toEqual([[target.id, 'reviewed: change of the thieves']]);
  });

  it('shows a cluster with its members and merge evidence', async () => {
    const cluster = (await json('show', casePath, 'cluster', truth.collectors[0] as string)) as { size: number; evidence: { heuristic: string }[] };
    expect(cluster.size).toBe(3);
    expect(cluster.evidence.every((e) => e.heuristic === 'C1')).toBe(true);
    expect((await run('show', casePath, 'cluster', truth.collectors[0] as string)).out).toMatch(/perpetrator/);
    const why = (await json('show', casePath, 'cluster', truth.collectors[0] as string, '--why', truth.collectors[2] as string)) as { chain: { txid: string }[] };
    expect(why.chain.map((e) => e.txid)).toEqual([truth.consolidationTxid]);
  });

  it('traces from the phishing payments across the off-chain link under all six models', async () => {
    const trace = (await json('trace', casePath, '--from', ...truth.seeds, '--hops', '8', '--stop-at', 'exchange,hash_rental_marketplace')) as {
      outputs: { address: string | null; offchain: boolean; taint: Record<string, string> }[];
      offchain: { to: string }[];
    };
    const payout = trace.outputs.find((o) => o.address === truth.payoutWallet);
    expect(payout?.offchain).toBe(true);
    expect(Object.keys(payout?.taint ?? {})).toEqual(['poison', 'haircut', 'fifo', 'lifo', 'tiho', 'address_fifo']);
    expect(trace.offchain.map((c) => c.to)).toContain(truth.payoutWallet);
    const text = await run('trace', casePath, '--from', truth.seeds[0] as string, '--model', 'haircut,poison');
    expect(text.out).toMatch(/holdings by model: haircut .*, poison/);
  });

  it('reads (show, findings --json, trace, verify) while another Assay holds the case open; writes stay refused', async () => {
    // The lock as a running app leaves it: another live process on this computer.
    fs.writeFileSync(`${casePath}.lock`, `${JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: new Date().toISOString() })}\n`);
    try {
      expect(((await json('findings', casePath)) as Finding[]).length).toBeGreaterThan(0);
      expect((await run('show', casePath, 'address', truth.payoutWallet)).code).toBe(0);
      expect((await run('trace', casePath, '--from', truth.seeds[0] as string)).code).toBe(0);
      expect((await run('verify', casePath)).out).toMatch(/^OK case/);
      const write = await run('findings', casePath, '--accept', '1');
      expect(write.code).toBe(1);
      expect(write.out).toMatch(/open in another Assay instance/);
    } finally {
      fs.rmSync(`${casePath}.lock`);
    }
  });

  it('takes model names in kebab-case like every other CLI word (the API spelling too) and lists them in trace --help', async () => {
    const kebab = await run('trace', casePath, '--from', truth.seeds[0] as string, '--model', 'address-fifo,haircut');
    expect(kebab.code, kebab.out).toBe(0);
    expect(kebab.out).toMatch(/holdings by model: address-fifo .*, haircut/);
    const api = (await json('trace', casePath, '--from', truth.seeds[0] as string, '--model', 'address_fifo')) as { models: string[] };
    expect(api.models).toEqual(['address_fifo']);
    const wrong = await run('trace', casePath, '--from', truth.seeds[0] as string, '--model', 'adress-fifo');
    expect(wrong.code).not.toBe(0);
    expect(wrong.out).toMatch(/unknown model "adress-fifo"; the models are poison, haircut, fifo, lifo, tiho, address-fifo/);
    const help = await run('trace', '--help');
    expect(help.out.replace(/\s+/g, ' ')).toContain('--model <models> models, comma-separated: poison, haircut, fifo, lifo, tiho, address-fifo');
  });
});
