import { z } from 'zod';
import { method } from '../define';
import { ExtractSpec } from '../../domain/extract';
import { ImportResult } from '../../domain/source';

export const extractMethods = {
  'extract.sql': method({
    summary: 'The SQL that collects the k-hop neighbourhood of seeds from a whole-chain copy (BigQuery or DuckDB), with its SHA-256.',
    params: ExtractSpec.strict(),
    result: z.object({ sql: z.string(), sha256: z.string() }),
  }),
  'extract.run': method({
    summary: 'Run the DuckDB query over chosen exports (JSON lines or Parquet) and import the rows, the query recorded as their provenance.',
    params: ExtractSpec.omit({ dialect: true })
      .extend({ files: z.array(z.string().min(1).max(100)).min(1).max(100) })
      .strict(),
    result: z.object({
      sql: z.string(),
      sha256: z.string(),
      /** Rows per table written and imported (Ethereum: transactions and token_transfers); none when nothing was reached. */
      files: z.array(z.object({ table: z.enum(['transactions', 'token_transfers']), rows: z.number().int() })),
      imported: z.array(ImportResult),
    }),
  }),
};
