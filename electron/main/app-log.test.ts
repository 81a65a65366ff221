import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAppLog } from './app-log';

const saved = { error: console.error, warn: console.warn };
afterEach(() => Object.assign(console, saved));

describe('startAppLog', () => {
  it('appends console errors and warnings with time and level, and still prints them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-log-'));
    const printed = vi.fn();
    console.error = printed;
    console.warn = printed;
    const file = startAppLog(path.join(dir, 'logs'), () => new Date('2026-01-02T03:04:05.000Z'));
    console.error('[assay] internal error:', new Error('disk on fire'));
    console.warn('careful %d', 3);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^2026-01-02T03:04:05\.000Z ERROR \[assay\] internal error: Error: disk on fire/);
    expect(lines.at(-1)).toBe('2026-01-02T03:04:05.000Z WARN careful 3');
    expect(printed).toHaveBeenCalledTimes(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
