import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../core/case/case-file';
import { writeDemoCase } from '../core/demo/write-case';
import { tempDir } from '../core/test-support/fixtures';
import { benchScreening } from './screening';

/** The bench section on a small demo case: its list must hold exposed addresses, or it times a lookup of zeros. */
describe('bench:analysis screening section', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('screens a list that spans the case and holds the story’s exposed addresses, and prints the time and the ratio', () => {
    const file = CaseFile.create(path.join(tmp.dir, 'bench.assay'), { title: 'bench' });
    try {
      writeDemoCase(file.db, { scale: 3000 });
      const total = file.db.prepare('SELECT count(*) FROM addresses').pluck().get() as number;
      const lines: string[] = [];
      expect(benchScreening(file.db, (l) => lines.push(l), 1000)).toBe(true);
      expect(total).toBeGreaterThan(3000);
      const [, screened, exposed] = /^screening (\d+) addresses \((\d+) exposed/.exec(lines[0] ?? '') ?? [];
      expect(Number(screened)).toBe(1000);
      expect(Number(exposed)).toBeGreaterThan(5);
      expect(lines[0]).toMatch(/s cold \(incl\. ledger load; target < 60 s\), [\d.]+ s warm; one backward trace per address would take ~\d+ s \(50 sampled\): \d+x$/);
    } finally {
      file.close();
    }
  });
});
