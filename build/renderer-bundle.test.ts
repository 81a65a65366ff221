import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bundle = path.resolve(__dirname, '..', 'dist', 'renderer', 'app.js');

describe.skipIf(!fs.existsSync(bundle))('built renderer bundle (dist/renderer/app.js; skipped until `npm run build`)', () => {
  it("ships React's production build: no development-only checks (StrictMode's double effects, act warnings)", () => {
    const code = fs.readFileSync(bundle, 'utf8');
    expect(code).not.toContain('is not configured to support act');
    expect(code).not.toContain('process.env.NODE_ENV');
  });
});
