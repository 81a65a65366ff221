import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fuzzRuns, fuzzSeed } from '../core/reliability/fuzz/fuzz-runs';
import { BLOCK_50001, tempDir } from '../core/test-support/fixtures';
import { runCli } from './program';

const RUNS = fuzzRuns(300);
const PER_RUN_MS = 5_000;

/** Words the parser knows, plus the values they take, plus noise: most generated command lines get past the first token. */
const WORDS = [
  'init', 'import', 'show', 'analyze', 'trace', 'findings', 'report', 'verify', 'demo', 'help', 'address', 'tx', 'cluster',
  '--json', '--format', '--title', '--from', '--model', '--hops', '--out', '--zip', '--refuse-bad-rows', '--help', '-h',
  '--version', '-V', '--', '-', '--=', '--format=bitcoin-core-json', '--hops=-1', '--title=', 'bitcoin-core-json',
];

describe('CLI argument parser fuzzing', () => {
  let tmp: ReturnType<typeof tempDir>;
  let cwd: string;
  beforeAll(() => {
    tmp = tempDir('assay-cli-fuzz-');
    cwd = process.cwd();
    // Generated argv may create files (init, demo): keep them, and the recent-cases list, in a scratch folder.
    process.chdir(tmp.dir);
    vi.stubEnv('ASSAY_USER_DATA', path.join(tmp.dir, 'user-data'));
    fs.copyFileSync(BLOCK_50001, path.join(tmp.dir, 'block.json'));
  });
  afterAll(() => {
    process.chdir(cwd);
    vi.unstubAllEnvs();
    tmp.cleanup();
  });

  it(`${RUNS} generated command lines: never throws, exits 0, 1 or 2, and a failure is one line on stderr`, { timeout: RUNS * PER_RUN_MS }, async () => {
    const token = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom('c.assay', 'missing.assay', 'block.json', 'nowhere/x.assay', '.', '/', '') },
      { weight: 1, arbitrary: fc.integer().map(String) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    );
    // `serve` runs until it is stopped: it is a server, not a parse, so it is left out of generated lines.
    const argv = fc.array(token, { maxLength: 8 }).filter((a) => !a.includes('serve'));
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        let err = '';
        const started = performance.now();
        const code = await runCli(args, { out: () => undefined, err: (s) => void (err += s) });
        const elapsed = performance.now() - started;
        seen.set(code, (seen.get(code) ?? 0) + 1);
        const where = `argv ${JSON.stringify(args)} -> ${code}, stderr ${JSON.stringify(err.slice(0, 300))}`;
        if (![0, 1, 2].includes(code)) throw new Error(`exit code out of range: ${where}`);
        if (code !== 0 && !/^[^\n]+\n$/.test(err)) throw new Error(`a failure must say why in exactly one line: ${where}`);
        if (code === 0 && err !== '') throw new Error(`success wrote to stderr: ${where}`);
        if (elapsed > PER_RUN_MS) throw new Error(`took ${Math.round(elapsed)} ms: ${where}`);
      }),
      { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
    );
    expect(process.cwd()).toBe(fs.realpathSync(tmp.dir));
    // Commands really ran (0: done, 1: refused by the engine), not only the parser's usage errors (2).
    expect([...seen.keys()].sort()).toEqual([0, 1, 2]);
  });
});
