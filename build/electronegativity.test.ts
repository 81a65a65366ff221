import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { judge, scan, stageSources, type Issue } from './electronegativity.mjs';

const root = path.resolve(__dirname, '..');
let tmp: string;
beforeEach(() => void (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-en-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const issue = (id: string, severity: string, file = 'electron/main/window.ts', sample?: string): Issue => ({
  id,
  file,
  location: { line: 3, column: 0 },
  description: 'd',
  severity: { value: 0, name: severity },
  confidence: { value: 2, name: 'CERTAIN' },
  ...(sample ? { sample } : {}),
});

describe('judge', () => {
  it('fails above LOW, on unexplained LOWs and on unparsable files; accepts explained LOWs', () => {
    const result = judge({
      issues: [
        issue('SANDBOX_JS_CHECK', 'MEDIUM'),
        issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/public/index.html', "default-src 'self'; script-src 'self'"),
        issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/public/index.html', "script-src 'self' 'unsafe-eval'"),
        issue('PRELOAD_JS_CHECK', 'INFORMATIONAL'),
      ],
      errors: [{ file: 'electron/main/x.ts', message: 'Unexpected token', tolerable: false }],
    });
    expect(result.failures).toEqual([
      expect.stringContaining('cannot parse electron/main/x.ts'),
      expect.stringContaining('SANDBOX_JS_CHECK'),
      expect.stringContaining('not explained in ALLOWED_LOWS'),
    ]);
    expect(result.accepted).toEqual([expect.stringContaining('CSP_GLOBAL_CHECK renderer/public/index.html:3')]);
    expect(result.informational).toHaveLength(1);
  });
});

describe('electronegativity scan', () => {
  it('passes on the Electron shell as written', async () => {
    stageSources(tmp);
    expect(fs.existsSync(path.join(tmp, 'electron/main/security.ts'))).toBe(true);
    expect(fs.existsSync(path.join(tmp, 'electron/main/security.test.ts'))).toBe(false);
    expect(judge(await scan(tmp)).failures).toEqual([]);
  });

  it('fails on a window with isolation, sandbox and web security turned off', async () => {
    const project = path.join(tmp, 'project');
    fs.mkdirSync(path.join(project, 'electron/main'), { recursive: true });
    fs.mkdirSync(path.join(project, 'electron/preload'), { recursive: true });
    fs.mkdirSync(path.join(project, 'renderer/public'), { recursive: true });
    fs.copyFileSync(path.join(root, 'renderer/public/index.html'), path.join(project, 'renderer/public/index.html'));
    fs.writeFileSync(
      path.join(project, 'electron/main/window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false } });\n",
    );
    const staged = path.join(tmp, 'staged');
    stageSources(staged, project);
    const { failures } = judge(await scan(staged));
    expect(failures.join('\n')).toMatch(/CONTEXT_ISOLATION_JS_CHECK/);
    expect(failures.join('\n')).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK/);
  });
});
