import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsvMapping } from '../../../shared/api/methods/import';
import { CHAINS } from '../../../shared/domain/chain';
import { verifyAuditChain } from '../audit/audit-log';
import { CaseFile } from '../case/case-file';
import { fixtureSeeds, rawBlockSeeds, type Seed } from '../reliability/fuzz/fixture-seeds';
import { fuzzRuns, fuzzSeed } from '../reliability/fuzz/fuzz-runs';
import { importChecker, PER_INPUT_MS } from '../reliability/fuzz/import-checker';
import { fuzzInputs, oversizedIntegers } from '../reliability/fuzz/mutations';
import { databaseHealth } from '../reliability/fuzz/table-counts';
import { tempDir } from '../test-support/fixtures';
import type { ImportFormat } from './format';
import { importFormats } from './formats';

// Every format in the registry is fuzzed, so a format added later is covered without touching this file.
const RUNS = fuzzRuns(300);
/** Descriptors a run may legitimately leave (the case's WAL files, a lazily opened handle): far below one per input. */
const LEAK_SLACK = 8;
/** Open file descriptors of this process (Linux /proc; elsewhere the check is a no-op). */
const openDescriptors = (): number => (fs.existsSync('/proc/self/fd') ? fs.readdirSync('/proc/self/fd').length : 0);
const onBadRows = fc.constantFrom('skip' as const, 'refuse' as const);
/** The chain the analyst may name for formats that do not say (unset, right or wrong). */
const chain = fc.constantFrom(undefined, ...CHAINS);
/** Column mappings an analyst could confirm for the generic CSV format: fitting the ethereum-etl fixtures, or not. */
const MAPPINGS: readonly CsvMapping[] = [
  { kind: 'transfers', chain: 'ETH', decimals: 0, columns: { txid: 'transaction_hash', from: 'from_address', to: 'to_address', value: 'value', token: 'token_address', block: 'block_number' } },
  { kind: 'transfers', chain: 'ETH', decimals: 18, columns: { txid: 'hash', from: 'from_address', to: 'to_address', value: 'value', time: 'block_timestamp' } },
  { kind: 'labels', chain: 'BTC', columns: { address: 'id', label: 'label' } },
];
const mapping = fc.constantFrom(undefined, ...MAPPINGS);

const seeds: Seed[] = [...fixtureSeeds(), ...rawBlockSeeds()];
const ownSeeds = (format: ImportFormat): Seed[] =>
  seeds.filter((s) => format.detect({ name: s.name, head: s.bytes.subarray(0, 64 * 1024), size: s.bytes.length }) > 0);
const oversizedSweeps = importFormats
  .map((format) => ({ format, inputs: ownSeeds(format).slice(0, 3).flatMap((seed) => oversizedIntegers(seed, 40)) }))
  .filter((sweep) => sweep.inputs.length > 0);

describe('importer fuzzing (fast-check, real fixtures mutated)', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => (tmp = tempDir('assay-fuzz-')));
  afterAll(() => tmp.cleanup());

  /** Fuzzes one target in its own case, then checks the case is sound and the audit chain intact. */
  async function fuzzCase(name: string, pool: Seed[], format: string | undefined) {
    const caseFile = CaseFile.create(path.join(tmp.dir, `${name}.assay`), { title: `fuzz ${name}` });
    const { check, tally } = importChecker(caseFile.db, path.join(tmp.dir, `${name}.input`));
    const descriptorsBefore = openDescriptors();
    try {
      await fc.assert(
        fc.asyncProperty(fuzzInputs(pool), onBadRows, chain, mapping, (input, bad, named, mapped) => check(input, format, bad, { chain: named, mapping: mapped })),
        { numRuns: RUNS, seed: fuzzSeed(), timeout: PER_INPUT_MS * 2, endOnFailure: true },
      );
      expect(databaseHealth(caseFile.db)).toBe('ok');
      expect(verifyAuditChain(caseFile.db)).toMatchObject({ ok: true });
      // An importer that leaves its file open on a refusal runs a long session out of descriptors (EMFILE).
      // Closing is asynchronous (the libuv pool is busy on a loaded machine): a leak is what is still open after 3 s.
      const leaked = () => openDescriptors() - descriptorsBefore;
      for (let waited = 0; leaked() > LEAK_SLACK && waited < 3000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(leaked(), 'file descriptors left open by the importer').toBeLessThanOrEqual(LEAK_SLACK);
      return tally;
    } finally {
      caseFile.close();
    }
  }

  for (const format of importFormats) {
    it(`${format.id}: ${RUNS} inputs, no crash, no hang, no partial import, every rejection located`, { timeout: RUNS * PER_INPUT_MS }, async () => {
      // Weighted towards the files this format recognises (generic CSV detects nothing by design: it gets the CSV files),
      // with every other fixture as foreign input.
      const own = format.id === 'generic-csv' ? seeds.filter((s) => s.name.endsWith('.csv')) : ownSeeds(format);
      const tally = await fuzzCase(format.id, [...own, ...own, ...own, ...seeds], format.id);
      // Both branches ran: a fuzzer that never lets a file through proves nothing about partial imports.
      if (own.length > 0) expect(tally.imported).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(0);
    });
  }

  // Deterministic: every integer field of the format's own JSON fixtures (first 40 per file), one at a time.
  for (const { format, inputs } of oversizedSweeps) {
    it(`${format.id}: ${inputs.length} fixtures with one integer field set to 10^29, same contract (no crash, located rejections)`, { timeout: 120_000 }, async () => {
      const caseFile = CaseFile.create(path.join(tmp.dir, `${format.id}-int.assay`), { title: 'integers' });
      try {
        const { check } = importChecker(caseFile.db, path.join(tmp.dir, `${format.id}-int.input`));
        for (const input of inputs) await check(input, format.id, 'skip', {});
      } finally {
        caseFile.close();
      }
    });
  }

  it(`format detection: ${RUNS} inputs through auto-detection, same contract`, { timeout: RUNS * PER_INPUT_MS }, async () => {
    const tally = await fuzzCase('detect', seeds, undefined);
    expect(tally.imported).toBeGreaterThan(0);
  });
});
