import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it lived at `file` and returns the layer-rule messages. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'assay/layers').map((m) => m.message);
}

describe('layer rule (DESIGN.md section 2)', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;", "shared may not import the Node built-in 'node:fs'"],
    ['shared/x.ts', "import { a } from '../electron/core/app-version';\nexport const b = a;", 'shared may not import electron/core'],
    ['shared/api/x.ts', "import { a } from '../../renderer/src/x';\nexport const b = a;", 'shared may not import renderer'],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;", "electron/core may not import 'electron'"],
    ['electron/core/db/x.ts', "import { a } from '../../main/main';\nexport const b = a;", 'electron/core may not import electron/main'],
    ['renderer/src/x.ts', "import path from 'path';\nexport const a = path;", "renderer may not import the Node built-in 'path'"],
    ['renderer/src/x.ts', "import { a } from '../../electron/core/x';\nexport const b = a;", 'renderer may not import electron/core'],
    ['electron/host/x.ts', "import { app } from 'electron';\nexport const a = app;", "electron/host may not import 'electron'"],
    ['electron/cli/x.ts', "const e = require('electron');\nexport const a = e;", "electron/cli may not import 'electron'"],
  ])('%s: refuses %j', async (file, code, message) => {
    expect(await layerErrors(file, code)).toEqual([`${message} (layer rule, DESIGN.md section 2).`]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['renderer/src/x.ts', "import { methods } from '../../shared/api/methods';\nexport const a = methods;"],
    ['electron/core/x.ts', "import fs from 'node:fs';\nimport { methods } from '../../shared/api/methods';\nexport const a = [fs, methods];"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { dispatch } from '../core/api/dispatcher';\nexport const a = [app, dispatch];"],
    ['electron/cli/x.ts', "import { a } from '../host/server';\nexport const b = a;"],
  ])('%s: allows %j', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
