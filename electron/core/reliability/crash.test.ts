import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isMethodName } from '../../../shared/api/methods';
import { CaseFile } from '../case/case-file';
import { writeBigQueryJsonl } from '../demo/bigquery-jsonl';
import { Prng } from '../demo/prng';
import { tempDir } from '../test-support/fixtures';
import { verifyPath } from '../verify/verify-path';
import { copyCase, crashRuns, inspectCase, killJobAfter, runJobToEnd, type CaseState } from './crash-harness';
import { fuzzSeed } from './fuzz/fuzz-runs';

const RUNS = crashRuns(6);
/** Exports and analysis runs take longer per kill; CI kills them fewer times. */
const SLOW_RUNS = crashRuns(3);
/** Background transactions in the generated file (BigQuery crypto_bitcoin JSON lines): long enough to kill mid-import. */
const SCALE = Number(process.env.ASSAY_CRASH_SCALE ?? 4000);

describe('crash safety: write jobs SIGKILLed at random moments', () => {
  let tmp: ReturnType<typeof tempDir>;
  let emptyCase: string;
  let fullCase: string;
  let input: string;
  let empty: CaseState;
  let full: CaseState;
  let importMs: number;
  // Kill moments are reproducible from the seed (the child's own timing is not).
  const prng = new Prng(fuzzSeed());
  const random = () => prng.float();
  const at = (name: string) => path.join(tmp.dir, name);

  beforeAll(async () => {
    tmp = tempDir('assay-crash-');
    // The child processes keep their recent-cases list in the scratch folder, not the user's.
    vi.stubEnv('ASSAY_USER_DATA', at('user-data'));
    input = at('large.jsonl');
    await writeBigQueryJsonl(input, { scale: SCALE });
    emptyCase = at('empty.assay');
    CaseFile.create(emptyCase, { title: 'Crash' }).close();
    empty = inspectCase(emptyCase);
    fullCase = at('full.assay');
    copyCase(emptyCase, fullCase);
    importMs = await runJobToEnd(['import', fullCase, input]);
    full = inspectCase(fullCase);
  }, 120_000);
  afterAll(() => {
    vi.unstubAllEnvs();
    tmp.cleanup();
  }, 60_000);

  it('the reference import landed (the "wholly present" picture)', () => {
    expect(full.health).toBe('ok');
    expect(full.counts.sources).toBe((empty.counts.sources ?? 0) + 1);
    expect(full.counts.transactions).toBeGreaterThan(SCALE);
  });

  it(`import: ${RUNS} kills; every time the case is sound and the file wholly present or wholly absent`, { timeout: RUNS * 30_000 }, async () => {
    const outcomes = { absent: 0, present: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      const target = at(`import-${run}.assay`);
      copyCase(emptyCase, target);
      // The first kill lands inside the import's transaction whatever the machine's speed; the rest at random moments.
      const delay = run === 0 ? 0 : Math.round(random() * importMs * 1.1);
      await killJobAfter(['import', target, input], delay, run === 0 ? 'writing' : 'ready');
      const state = inspectCase(target);
      expect(state.health, `run ${run}, killed after ${delay} ms`).toBe('ok');
      expect(state.audit).toBe(true);
      const present = JSON.stringify(state.counts) === JSON.stringify(full.counts);
      const absent = JSON.stringify(state.counts) === JSON.stringify(empty.counts);
      expect(present || absent, `run ${run}, killed after ${delay} ms: ${JSON.stringify(state.counts)}`).toBe(true);
      outcomes[present ? 'present' : 'absent'] += 1;
      fs.rmSync(target);
    }
    // At least the first kill lands mid-import; those must leave nothing behind.
    expect(outcomes.absent).toBeGreaterThan(0);
  });

  it(`export: ${SLOW_RUNS} kills; the case is untouched and a finished package verifies`, { timeout: SLOW_RUNS * 60_000 }, async () => {
    const caseCopy = at('export.assay');
    copyCase(fullCase, caseCopy);
    const exportMs = await runJobToEnd(['export', caseCopy, at('package-ref')]);
    const before = inspectCase(caseCopy);
    for (let run = 0; run < SLOW_RUNS; run += 1) {
      const out = at(`package-${run}`);
      const delay = Math.round(random() * exportMs * 1.1);
      const outcome = await killJobAfter(['export', caseCopy, out], delay);
      const state = inspectCase(caseCopy);
      expect(state.health, `run ${run}`).toBe('ok');
      expect(state.audit).toBe(true);
      // An export may add its audit entry; it never changes anything else.
      expect({ ...state.counts, audit_log: 0 }).toEqual({ ...before.counts, audit_log: 0 });
      if (fs.existsSync(out)) {
        const verdict = await verifyPath(out);
        if (outcome === 'finished') expect(verdict.ok, `run ${run}`).toBe(true);
        fs.rmSync(out, { recursive: true, force: true });
      }
    }
  });

  it.skipIf(!isMethodName('analysis.run'))(`analysis: ${SLOW_RUNS} kills; the case stays sound and the results wholly present or absent`, { timeout: SLOW_RUNS * 60_000 }, async () => {
    const caseCopy = at('analysis.assay');
    copyCase(fullCase, caseCopy);
    const analysisMs = await runJobToEnd(['analyze', caseCopy]);
    const analysed = inspectCase(caseCopy);
    for (let run = 0; run < SLOW_RUNS; run += 1) {
      copyCase(fullCase, caseCopy);
      const delay = Math.round(random() * analysisMs * 1.1);
      await killJobAfter(['analyze', caseCopy], delay);
      const state = inspectCase(caseCopy);
      expect(state.health, `run ${run}`).toBe('ok');
      expect(state.audit).toBe(true);
      const counts = JSON.stringify(state.counts);
      expect([JSON.stringify(full.counts), JSON.stringify(analysed.counts)], `run ${run}, killed after ${delay} ms: ${counts}`).toContain(counts);
    }
  });
});
