import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ApiClient } from '../../../../shared/api/client';
import { grantedPathsPolicy, workspacePolicy } from '../../case/locations';
import { buildReportCase } from '../../report/test-support/report-case';
import { tempDir } from '../../test-support/fixtures';
import { createBackend } from '../create-backend';
import { inMemoryTransport } from '../in-memory-transport';

let tmp: ReturnType<typeof tempDir>;
let api: ApiClient;
let backend: ReturnType<typeof createBackend>;

beforeAll(async () => {
  tmp = tempDir();
  const workspace = path.join(tmp.dir, 'workspace');
  fs.mkdirSync(workspace);
  await buildReportCase(workspace);
  backend = createBackend({ runtime: 'browser-host', userDataDir: tmp.dir, locations: workspacePolicy(workspace), workspaceDir: workspace });
  api = createClient(inMemoryTransport(backend));
  await api.call('case.open', { location: 'report.assay' });
  // Building the case and exporting take seconds; more when the machine is busy.
}, 120_000);
afterAll(() => {
  backend.session.close();
  tmp.cleanup();
});

describe('report API in the browser host', () => {
  it('previews sections with item counts, the saved views and the CSV tables', async () => {
    const preview = await api.call('report.preview', {});
    expect(preview.sections.find((s) => s.id === 'findings')?.items).toBe(1);
    expect(preview.sections.find((s) => s.id === 'annex')?.items).toBe(2);
    expect(preview.views).toEqual([{ name: '../../etc/passwd <main>', nodes: 5 }]);
    expect(preview.csvTables).toContain('flows.csv');
  });

  it('exports into the workspace exports folder and answers with the package name, never a full path', async () => {
    const progress: string[] = [];
    const stop = api.on('report.progress', (p) => progress.push(`${p.step}/${p.steps} ${p.stage} ${p.item}`));
    const result = await api.call('report.export', { outDir: 'Package 1', sections: ['summary'], zip: true });
    stop();
    expect(progress[0]).toMatch(/^1\/\d+ csv addresses\.csv$/);
    expect(progress.at(-1)).toMatch(/^(\d+)\/\1 zip evidence-package\.zip$/);
    expect(result.outDir).toBe('Package 1');
    expect(result.zip).toBe(path.join('Package 1', 'evidence-package.zip'));
    expect(fs.existsSync(path.join(tmp.dir, 'workspace', 'exports', 'Package 1', 'report.pdf'))).toBe(true);
    expect(await api.call('report.verify', { location: 'Package 1' })).toMatchObject({ ok: true, kind: 'package' });
  });

  it('has no folder dialog in the browser host', async () => {
    expect(await api.call('report.chooseFolder', {})).toBeNull();
  });

  it.each(['../outside', '/tmp/x', '.hidden', 'a/b'])('refuses the location %j', async (outDir) => {
    await expect(api.call('report.export', { outDir, sections: ['summary'] })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('report API in the desktop app', () => {
  it('exports only into a folder the user chose in the native dialog', async () => {
    const chosen = path.join(tmp.dir, 'chosen');
    const caseFile = path.join(tmp.dir, 'workspace', 'report.assay');
    const desktop = createBackend({
      runtime: 'electron',
      userDataDir: path.join(tmp.dir, 'desktop'),
      locations: grantedPathsPolicy([caseFile]),
      platform: { chooseExportFolder: async () => chosen },
    });
    const client = createClient(inMemoryTransport(desktop));
    try {
      await client.call('case.open', { location: caseFile });
      await expect(client.call('report.export', { outDir: path.join(tmp.dir, 'not-chosen'), sections: ['summary'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const pick = await client.call('report.chooseFolder', {});
      expect(pick).toEqual({ location: chosen });
      const result = await client.call('report.export', { outDir: chosen, sections: ['summary'] });
      expect(result.outDir).toBe(chosen);
      expect(fs.existsSync(path.join(tmp.dir, 'not-chosen'))).toBe(false);
    } finally {
      desktop.session.close();
    }
  });
});
