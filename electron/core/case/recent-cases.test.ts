import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fixtures';
import { RecentCases } from './recent-cases';

describe('recent cases', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('keeps newest first without duplicates, and marks missing files', () => {
    const file = path.join(tmp.dir, 'user', 'recent-cases.json');
    const recent = new RecentCases(file);
    const a = path.join(tmp.dir, 'a.assay');
    fs.writeFileSync(a, '');
    recent.remember(a, 'A', new Date('2026-01-01'));
    recent.remember(path.join(tmp.dir, 'gone.assay'), 'Gone', new Date('2026-01-02'));
    recent.remember(a, 'A again', new Date('2026-01-03'));
    expect(new RecentCases(file).list((p) => p)).toEqual([
      { location: a, fileName: 'a.assay', title: 'A again', openedAt: '2026-01-03T00:00:00.000Z', exists: true },
      expect.objectContaining({ fileName: 'gone.assay', exists: false }),
    ]);
  });

  it('forgets an entry without touching its file, and says when nothing matched', () => {
    const file = path.join(tmp.dir, 'recent-cases.json');
    const recent = new RecentCases(file);
    const kept = path.join(tmp.dir, 'kept.assay');
    const present = path.join(tmp.dir, 'present.assay');
    fs.writeFileSync(kept, '');
    fs.writeFileSync(present, 'case bytes');
    recent.remember(kept, 'Kept');
    recent.remember(path.join(tmp.dir, 'gone.assay'), 'Gone');
    recent.remember(present, 'Present');
    expect(recent.forget((p) => path.basename(p) === 'gone.assay')).toBe(true);
    expect(recent.forget((p) => p === present)).toBe(true);
    expect(recent.forget((p) => p === present)).toBe(false);
    expect(new RecentCases(file).list((p) => p).map((c) => c.title)).toEqual(['Kept']);
    expect(fs.readFileSync(present, 'utf8')).toBe('case bytes');
  });

  it('treats a damaged list as empty', () => {
    const file = path.join(tmp.dir, 'recent-cases.json');
    fs.writeFileSync(file, '{not json');
    expect(new RecentCases(file).list((p) => p)).toEqual([]);
  });
});
