import type { CsvMapping, FileRef, ImportPreview } from '../../../shared/api/methods/import';
import type { Chain } from '../../../shared/domain/chain';

/** What the analyst decided for one file in the import dialog. */
export interface FilePlan {
  file: FileRef;
  /** Null: let the engine detect it. */
  format: string | null;
  chain: Chain | null;
  mapping: CsvMapping | null;
  /** The confidence the analyst states for a TagPack's tags that state none; null: the pack's own. */
  confidence: string | null;
}

export interface RunPlan {
  files: FileRef[];
  format?: string;
  chain?: Chain;
  mapping?: CsvMapping;
  confidence?: string;
  onBadRows: 'skip' | 'refuse';
}

/**
 * import.run takes one format/chain/mapping/confidence per call: files that share them go in one run, in the order chosen.
 */
export function planRuns(plans: FilePlan[], onBadRows: 'skip' | 'refuse'): RunPlan[] {
  const runs = new Map<string, RunPlan>();
  for (const plan of plans) {
    const key = JSON.stringify([plan.format, plan.chain, plan.mapping, plan.confidence]);
    const run = runs.get(key) ?? {
      files: [],
      onBadRows,
      ...(plan.format ? { format: plan.format } : {}),
      ...(plan.chain ? { chain: plan.chain } : {}),
      ...(plan.mapping ? { mapping: plan.mapping } : {}),
      ...(plan.confidence ? { confidence: plan.confidence } : {}),
    };
    run.files.push(plan.file);
    runs.set(key, run);
  }
  return [...runs.values()];
}

export const GENERIC_CSV = 'generic-csv';
export const TAGPACK = 'graphsense-tagpack';

/** What the engine's preview said about a file under its current format. */
export type Detected = Pick<ImportPreview, 'format' | 'namesChain'>;

/** Why the file cannot be imported yet, or null; `detected` is undefined while its preview is on the way. */
export function planProblem(plan: FilePlan, detected: Detected | undefined): string | null {
  const format = plan.format ?? detected?.format;
  if (format === null) return `${plan.file.name}: format not recognised; choose one, or remove the file.`;
  if (format === GENERIC_CSV && !plan.mapping) return `${plan.file.name}: map the CSV columns first.`;
  return detected && !detected.namesChain && !plan.chain ? `${plan.file.name}: the file does not say its chain; choose its Chain.` : null;
}
