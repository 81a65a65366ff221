import { decimalToBaseUnits } from '../../../../shared/amount';
import { AppError } from '../../../../shared/api/errors';
import type { CsvMapping } from '../../../../shared/api/methods/import';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { FieldError } from '../json-exact';
import { readCsvRows } from '../read/csv-rows';
import type { ImportRecord } from '../records';
import { address, baseUnits, describe, hash, optionalAddress, optionalInt, rejectAt, rejectError, timestamp } from './fields';
import { tagRecord } from './tag-fields';

type TransferMapping = Extract<CsvMapping, { kind: 'transfers' }>;

/** Any CSV, read through a column mapping the analyst confirmed (UI preview) or passed as a file (CLI --mapping). */
export const genericCsv: ImportFormat = {
  id: 'generic-csv',
  label: 'Generic CSV with a column mapping',
  kind: 'ledger',
  version: '1',
  // Never detected: a mapping is required, and choosing it selects this format.
  detect: (_sample: FileSample) => 0,
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    const mapping = input.options.mapping;
    if (!mapping) throw new AppError('VALIDATION', `${input.name}: generic CSV needs a column mapping (--mapping FILE).`, { file: input.name });
    let checkedHeader = false;
    for await (const row of readCsvRows(input)) {
      if (row.problem !== undefined) {
        yield rejectAt({ line: row.line }, null, row.problem);
        continue;
      }
      if (!checkedHeader) {
        checkedHeader = true;
        const missing = Object.values(mapping.columns).find((c) => c !== undefined && !(c.toLowerCase() in row.values));
        if (missing !== undefined) {
          throw new AppError('IMPORT_REJECTED', `${input.name}: line 1: the mapping names column "${missing}", which the file does not have.`, { file: input.name, line: 1, field: missing });
        }
      }
      const get = (column: string | undefined): unknown => (column === undefined ? undefined : row.values[column.toLowerCase()]);
      try {
        if (mapping.kind === 'labels') {
          yield tagRecord({ chain: mapping.chain, subject: get(mapping.columns.address), label: get(mapping.columns.label), category: get(mapping.columns.category), actor: get(mapping.columns.actor), source: input.name });
        } else {
          yield transferRecord(mapping, get);
        }
      } catch (error) {
        yield rejectError({ line: row.line }, error);
      }
    }
  },
};

function transferRecord(mapping: TransferMapping, get: (column: string | undefined) => unknown): ImportRecord {
  const { chain, columns } = mapping;
  const account = chain === 'ETH' || chain === 'ETC';
  return {
    kind: 'transfer',
    chain,
    txid: hash(get(columns.txid), columns.txid, account),
    blockHash: null,
    blockHeight: optionalInt(get(columns.block), columns.block ?? 'block'),
    blockTime: timestamp(get(columns.time), columns.time ?? 'time'),
    logIndex: -1,
    token: columns.token ? (optionalAddress(chain, get(columns.token), columns.token) ?? '') : '',
    from: address(chain, get(columns.from), columns.from),
    to: address(chain, get(columns.to), columns.to),
    value: amount(get(columns.value), columns.value, mapping.decimals),
  };
}

function amount(value: unknown, field: string, decimals: number): bigint {
  if (decimals === 0) return baseUnits(value, field);
  try {
    const v = decimalToBaseUnits(String(value ?? ''), decimals);
    if (v < 0n) throw new RangeError('negative');
    return v;
  } catch {
    throw new FieldError(field, `not a non-negative decimal amount with at most ${decimals} decimals: ${describe(value)}`);
  }
}

