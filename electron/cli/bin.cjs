#!/usr/bin/env node
// The `assay` command: runs the bundled CLI (built by `npm run build`, which `npm ci` runs through `prepare`).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', '..', 'dist', 'cli', 'assay.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('assay: the CLI is not built yet; run `npm run build` in the Assay folder first.\n');
  process.exit(2);
}
require(bundle);
