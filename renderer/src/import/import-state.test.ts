import { describe, expect, it } from 'vitest';
import { jobFraction } from './import-state';

describe('import progress', () => {
  it('counts finished files whole and the current one by bytes', () => {
    const p = { jobId: 'j', file: 'b.json', fileIndex: 1, fileCount: 2, bytes: 50, totalBytes: 200, rows: 3, rowsPerSecond: 10, etaSeconds: 1 };
    expect(jobFraction(p)).toBeCloseTo(0.625);
    expect(jobFraction(null)).toBe(0);
    expect(jobFraction({ ...p, fileIndex: 0, totalBytes: 0 })).toBe(0);
  });
});
