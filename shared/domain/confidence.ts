import { z } from 'zod';

/**
 * GraphSense's confidence scale a TagPack is validated against, copied from graphsense-tagpack-tool
 * (https://github.com/graphsense/graphsense-tagpack-tool, commit a14a1597, src/tagpack/db/confidence.csv; MIT,
 * (c) 2021 Austrian Institute of Technology GmbH, (c) Iknaio Cryptoasset Analytics GmbH). The concepts (categories)
 * live in the shared category model (shared/category/categories.ts), generated from the same commit.
 */
export const CONFIDENCE_SCORES: ReadonlyMap<string, number> = new Map([
  ['override', 100],
  ['ownership', 100],
  ['ledger_immanent', 100],
  ['manual_transaction', 90],
  ['service_api', 70],
  ['forensic_investigation', 70],
  ['authority_data', 60],
  ['trusted_provider', 50],
  ['service_data', 50],
  ['forensic', 50],
  ['untrusted_transaction', 40],
  ['web_crawl', 20],
  ['heuristic', 10],
  ['unknown', 5],
]);

/** A confidence level of that scale, as the import options take it (an analyst stating one for a pack that has none). */
export const TagConfidence = z.enum([...CONFIDENCE_SCORES.keys()] as [string, ...string[]]);
