import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../../case/case-file';
import { writeDemoCase } from '../../demo/write-case';
import { tempDir } from '../../test-support/fixtures';
import { runAnalysis } from '../run-analysis';
import { loadSettings } from '../settings';
import { applySettingsOffThread, runAnalysisOffThread } from './run-off-thread';

describe('analysis on a worker thread', () => {
  const tmp = tempDir();
  let file: CaseFile;
  beforeAll(() => {
    file = CaseFile.create(path.join(tmp.dir, 'demo.assay'), { title: 'demo' });
    writeDemoCase(file.db, { scale: 2 });
  });
  afterAll(() => {
    file.close();
    tmp.cleanup();
  });

  it('finds what an in-thread run finds, while this thread keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const summary = await runAnalysisOffThread(file.filePath);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    // The worker wrote through its own connection: this session's connection sees the stored clusters and findings.
    expect(file.db.prepare('SELECT count(*) FROM findings').pluck().get()).toBe(Object.values(summary.findings).reduce((a, b) => a + b, 0));
    const again = runAnalysis(file.db);
    expect(again.findings).toEqual(summary.findings);
    expect(again.clusters).toBe(summary.clusters);
  });

  it('saves settings and re-clusters off the thread: without shared-input merges the clusters split', async () => {
    const off = await applySettingsOffThread(file.filePath, { heuristics: { sharedInput: false } });
    expect(off.settings.heuristics.sharedInput).toBe(false);
    expect(off.diff.clustersBefore).toBeGreaterThan(0);
    expect(off.diff.split.length).toBeGreaterThan(0);
    expect(loadSettings(file.db).heuristics.sharedInput).toBe(false);
    const on = await applySettingsOffThread(file.filePath, { heuristics: { sharedInput: true } });
    expect(on.diff.clustersAfter).toBe(off.diff.clustersBefore);
  });

  it('answers a failure as a located error, not a hang', async () => {
    await expect(runAnalysisOffThread(path.join(tmp.dir, 'missing.assay'))).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('analysis worker') });
  });
});
