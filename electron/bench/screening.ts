// The bulk-screening section of bench:analysis: 100,000 addresses of the case screened against its abuse-tagged
// sources (target < 60 s), once cold (the ledger graph loads) and once warm; the baseline, measured in the same run, is
// one single-source trace per address for a sample, scaled to the list (what screening without the shared pass costs).
import type Database from 'better-sqlite3';
import { TraceParams } from '../../shared/domain/analysis';
import { ScreenParams } from '../../shared/domain/screen';
import { screenAddresses } from '../core/analysis/screen/screen-addresses';
import { runTrace } from '../core/analysis/taint/run-trace';

const ADDRESSES = 100_000;
const SAMPLE = 50;
const TARGET_SECONDS = 60;
/** Addresses of the demo's story, written before the background traffic (see generateDemo). */
const STORY_ADDRESSES = 2_000;

/**
 * The case's first addresses (the demo writes its story first: the tagged sources and everything they reach) and every
 * n-th address of the rest, so the list spans the whole case and holds exposed addresses as a real list would.
 */
function addressList(db: Database.Database, count: number): string[] {
  const total = db.prepare('SELECT count(*) FROM addresses').pluck().get() as number;
  const story = Math.min(STORY_ADDRESSES, Math.floor(count / 2));
  const step = Math.max(1, Math.floor((total - story) / (count - story)));
  return db.prepare('SELECT address FROM addresses WHERE id <= ? OR id % ? = 0 ORDER BY id LIMIT ?').pluck().all(story, step, count) as string[];
}

/** Runs the section, prints its lines, and answers whether the target held. */
export function benchScreening(db: Database.Database, log: (line: string) => void, count = ADDRESSES): boolean {
  const addresses = addressList(db, count);
  const params = ScreenParams.parse({ addresses });
  const time = <T>(work: () => T): [T, number] => {
    const t = performance.now();
    const result = work();
    return [result, (performance.now() - t) / 1000];
  };
  const [cold, coldS] = time(() => screenAddresses(db, params));
  const [, warmS] = time(() => screenAddresses(db, params));
  const sample = addresses.slice(0, SAMPLE);
  const [, perAddressS] = time(() =>
    sample.forEach((a) => runTrace(db, TraceParams.parse({ from: [a], direction: 'backward', models: ['haircut'], hops: cold.stats.hops, limit: 1 }))),
  );
  const baselineS = (perAddressS / SAMPLE) * addresses.length;
  log(
    `screening ${addresses.length} addresses (${cold.stats.exposed} exposed, ${cold.stats.sourceOutputs} source outputs, ${cold.stats.hops} hops): ` +
      `${coldS.toFixed(2)} s cold (incl. ledger load; target < ${TARGET_SECONDS} s), ${warmS.toFixed(2)} s warm; one backward trace per address ` +
      `would take ~${baselineS.toFixed(0)} s (${SAMPLE} sampled): ${(baselineS / warmS).toFixed(0)}x`,
  );
  return coldS < TARGET_SECONDS;
}
