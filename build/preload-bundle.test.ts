import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A sandboxed preload gets a reduced require (electron, events, timers, url) and no __filename or __dirname.
const built = path.resolve(__dirname, '../dist/preload/preload.cjs');

describe.skipIf(!fs.existsSync(built))('built preload bundle (dist/preload/preload.cjs; skipped until `npm run build`)', () => {
  it('requires nothing but electron and does not touch __filename/__dirname', () => {
    const code = fs.readFileSync(built, 'utf8');
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/__filename|__dirname|importMetaUrl/);
  });
});
