import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { poolListRecords } from '../import/formats/mining-pools';
import type { ImportRecord } from '../import/records';
import { closeSource, openSource, writeChecked, type SourceInfo } from '../import/run-import';
import { BUILTIN_ACTORS } from './builtin-actors';
import poolsV2 from './pools-v2.json';

/** SHA-256 and size of the bundled pools-v2.json file (checked by a test), recorded as the reference source's digest. */
export const POOLS_V2_SHA256 = 'e121f60fbd357b389a0a4cb2ef8aa16bcabbb8a625b391c52c20b71b306d5f7e';
export const POOLS_V2_SIZE = 35234;
export const POOLS_V2_NAME = 'pools-v2.json (built-in: mempool/mining-pools 6abbdc8, MIT)';

/**
 * Loads the built-in reference data into a new case, inside the caller's transaction: the mempool pool list (a newer
 * list imported later is kept beside it) and the hash-rental marketplace actors. Each is a 'reference' source.
 */
export function loadReferenceData(db: Database.Database, now: () => Date): void {
  const pools: SourceInfo = { kind: 'reference', name: POOLS_V2_NAME, sha256: POOLS_V2_SHA256, size: POOLS_V2_SIZE, format: 'mining-pools', version: '1' };
  write(db, pools, poolListRecords(poolsV2, POOLS_V2_NAME), now);
  const actorsJson = JSON.stringify(BUILTIN_ACTORS);
  const actors: SourceInfo = {
    kind: 'reference',
    name: 'Assay built-in actors (hash-rental marketplaces)',
    sha256: createHash('sha256').update(actorsJson).digest('hex'),
    size: Buffer.byteLength(actorsJson),
    format: 'builtin-actors',
    version: '1',
  };
  write(db, actors, BUILTIN_ACTORS, now);
}

function write(db: Database.Database, source: SourceInfo, records: Iterable<ImportRecord>, now: () => Date): void {
  const sink = openSource(db, source, now);
  // Bundled data is checked by tests; a bad row here is a packaging bug, so refuse rather than skip.
  for (const record of records) writeChecked(sink, record, source.name, 'refuse');
  closeSource(db, source, sink);
}
