// Bundles every runtime with esbuild (~0.3 s). Node bundles include their pure-JS dependencies (resolved as ESM, the
// same module semantics the tests run under) and keep external only what must stay a file: the native better-sqlite3
// and pdfkit with its font data. The renderer is one self-contained browser bundle with its static files.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
const production = process.env.NODE_ENV === 'production';

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // yazl/yauzl: their buffer-crc32 breaks when bundled through its ESM entry (crc32.unsigned is not a function);
  // fontkit stays the one copy pdfkit loads. DuckDB loads its native binding per platform: it stays a package.
  external: ['better-sqlite3', 'pdfkit', 'fontkit', 'yazl', 'yauzl', '@duckdb/node-api'],
  mainFields: ['module', 'main'],
  conditions: ['import', 'module'],
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const nodeEntries = [
  ['electron/main/main.ts', 'main/main.cjs', { external: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit', 'yazl', 'yauzl', '@duckdb/node-api'] }],
  // A sandboxed preload has no __filename (nor most of require): no import.meta banner there.
  ['electron/preload/preload.ts', 'preload/preload.cjs', { external: ['electron'], banner: {}, define: {} }],
  ['electron/cli/assay.ts', 'cli/assay.cjs', {}],
  // The engine's child process (the backend off the main process, engine-client.ts), beside the app and the CLI.
  ['electron/core/engine/engine.process.ts', 'main/engine.process.cjs', {}],
  ['electron/core/engine/engine.process.ts', 'cli/engine.process.cjs', {}],
  // analysis.run's worker thread, beside each bundle that runs analysis (found next to the running bundle).
  ['electron/core/analysis/worker/analysis.worker.ts', 'main/analysis.worker.cjs', {}],
  ['electron/core/analysis/worker/analysis.worker.ts', 'cli/analysis.worker.cjs', {}],
];

const existing = (entry) => fs.existsSync(path.join(root, entry));

await Promise.all([
  ...nodeEntries
    .filter(([entry]) => existing(entry))
    .map(([entry, outfile, extra]) => build({ ...node, ...extra, entryPoints: [entry], outfile: path.join(out, outfile) })),
  existing('renderer/src/main.tsx') &&
    build({
      bundle: true,
      platform: 'browser',
      target: 'chrome120',
      format: 'esm',
      entryPoints: {
        app: 'renderer/src/main.tsx',
        ...(existing('renderer/src/layout/layout.worker.ts') ? { 'layout.worker': 'renderer/src/layout/layout.worker.ts' } : {}),
      },
      outdir: path.join(out, 'renderer'),
      sourcemap: production ? false : 'linked',
      minify: production,
      // React's production build whatever NODE_ENV says: its development build double-runs effects and is slower.
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.woff2': 'file', '.svg': 'file', '.png': 'file' },
      logLevel: 'warning',
      absWorkingDir: root,
    }),
]);

if (existing('renderer/public')) fs.cpSync(path.join(root, 'renderer/public'), path.join(out, 'renderer'), { recursive: true });
