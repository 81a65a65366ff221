import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { importFile } from '../import/run-import';
import { fixture, tempDir } from '../test-support/fixtures';
import { searchGraph } from './search';

const PACKS = ['lazarus.yaml', 'lazarus2.yaml'].map((f) => fixture(`graphsense-tagpacks/packs/${f}`));
const ACTORS = fixture('graphsense-tagpacks/actors/graphsense.actorpack.yaml');

describe('graph search over real TagPacks', () => {
  let tmp: ReturnType<typeof tempDir>;
  let caseFile: CaseFile;
  beforeEach(async () => {
    tmp = tempDir();
    caseFile = CaseFile.create(path.join(tmp.dir, 'a.assay'), { title: 'Search' });
    for (const file of [...PACKS, ACTORS]) await importFile(caseFile.db, { filePath: file, displayName: path.basename(file), onBadRows: 'skip' });
  });
  afterEach(() => {
    caseFile.close();
    tmp.cleanup();
  });

  it('finds every one of the 27 Lazarus addresses by label, each once', () => {
    const hits = searchGraph(caseFile.db, 'Lazarus', 100);
    expect(hits).toHaveLength(27);
    expect(new Set(hits.map((h) => h.nodeId)).size).toBe(27);
    expect(hits.every((h) => h.kind === 'address' && h.match === 'tag' && /lazarus/i.test(h.label))).toBe(true);
    // Known from the TagPacks alone: no imported transaction holds them, so the graph has no node to show.
    expect(hits.every((h) => !h.onGraph)).toBe(true);
  });

  it('finds tags by their actor id or the actor name from the ActorPack, and says it matched the actor', () => {
    const byId = searchGraph(caseFile.db, 'lazarusgroup', 100);
    expect(byId.length).toBeGreaterThan(0);
    expect(byId.every((h) => h.match === 'actor' && h.label.startsWith('Lazarus Group · '))).toBe(true);
    expect(searchGraph(caseFile.db, 'no such actor', 100)).toEqual([]);
  });
});
