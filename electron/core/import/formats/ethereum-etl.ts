import type { Chain } from '../../../../shared/domain/chain';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import type { JsonObject } from '../json-exact';
import { csvHeader } from '../read/csv-rows';
import { jsonlKeys, readTableRows, rowRecords } from '../read/rows';
import type { ImportRecord, TransferRecord } from '../records';
import { address, baseUnits, hash, optionalAddress, optionalHash, optionalInt, requiredInt, timestamp } from './fields';

type Kind = 'transactions' | 'token-transfers';
type Encoding = 'csv' | 'jsonl';

/** Columns that identify each export (ethereum-etl and BigQuery crypto_ethereum share them). */
const SIGNATURE: Record<Kind, string[]> = {
  transactions: ['hash', 'from_address', 'to_address', 'value', 'nonce'],
  'token-transfers': ['token_address', 'from_address', 'to_address', 'value', 'transaction_hash', 'log_index'],
};

/** A native transfer is the transaction's own value; it has no log, so it takes log index -1 and token ''. */
const NATIVE_LOG_INDEX = -1;

function transactionRecord(chain: Chain, row: JsonObject): TransferRecord {
  // A failed transaction (receipt_status 0) moved no value, whatever its value field says; without receipt columns
  // the export cannot tell, and a later import that can corrects the value.
  const status = optionalInt(row.receipt_status, 'receipt_status');
  const gasUsed = optionalInt(row.receipt_gas_used, 'receipt_gas_used');
  const price = [row.receipt_effective_gas_price, row.gas_price].find((v) => v !== undefined && v !== null && v !== '');
  return {
    kind: 'transfer',
    chain,
    txid: hash(row.hash, 'hash', true),
    blockHash: optionalHash(row.block_hash, 'block_hash', true),
    blockHeight: optionalInt(row.block_number, 'block_number'),
    blockTime: timestamp(row.block_timestamp, 'block_timestamp'),
    logIndex: NATIVE_LOG_INDEX,
    token: '',
    from: address(chain, row.from_address, 'from_address'),
    // Contract creations have no recipient; the receipt names the new contract.
    to: optionalAddress(chain, row.to_address, 'to_address') ?? optionalAddress(chain, row.receipt_contract_address, 'receipt_contract_address'),
    value: status === 0 ? 0n : baseUnits(row.value, 'value'),
    outcomeKnown: status !== null,
    fee: gasUsed === null || price === undefined ? null : BigInt(gasUsed) * baseUnits(price, 'receipt_effective_gas_price'),
  };
}

function tokenTransferRecord(chain: Chain, row: JsonObject): TransferRecord {
  return {
    kind: 'transfer',
    chain,
    txid: hash(row.transaction_hash, 'transaction_hash', true),
    blockHash: optionalHash(row.block_hash, 'block_hash', true),
    blockHeight: optionalInt(row.block_number, 'block_number'),
    blockTime: timestamp(row.block_timestamp, 'block_timestamp'),
    logIndex: requiredInt(row.log_index, 'log_index'),
    token: address(chain, row.token_address, 'token_address'),
    from: address(chain, row.from_address, 'from_address'),
    to: address(chain, row.to_address, 'to_address'),
    value: baseUnits(row.value, 'value'),
  };
}

const TO_RECORD: Record<Kind, (chain: Chain, row: JsonObject) => TransferRecord> = {
  transactions: transactionRecord,
  'token-transfers': tokenTransferRecord,
};

function ethereumEtlFormat(kind: Kind, encoding: Encoding): ImportFormat {
  const columns = SIGNATURE[kind];
  return {
    id: `ethereum-etl-${kind}-${encoding}`,
    label: `ethereum-etl / BigQuery crypto_ethereum ${kind.replace('-', ' ')} (${encoding === 'csv' ? 'CSV' : 'JSON lines'})`,
    kind: 'ledger',
    version: '1',
    detect(sample: FileSample): number {
      const keys = encoding === 'csv' ? csvHeader(sample.head) : jsonlKeys(sample.head);
      return columns.every((c) => keys.includes(c)) ? 0.95 : 0;
    },
    read(input: ImportInput): AsyncIterable<ImportRecord> {
      const chain = input.options.chain ?? 'ETH';
      return rowRecords(readTableRows(input, encoding), (values) => TO_RECORD[kind](chain, values));
    },
  };
}

export const ethereumEtlFormats: ImportFormat[] = (['transactions', 'token-transfers'] as const).flatMap((kind) =>
  (['csv', 'jsonl'] as const).map((encoding) => ethereumEtlFormat(kind, encoding)),
);
