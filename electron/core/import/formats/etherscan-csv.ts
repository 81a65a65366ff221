import { decimalToBaseUnits } from '../../../../shared/amount';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { FieldError, type JsonObject } from '../json-exact';
import { csvHeader } from '../read/csv-rows';
import { readTableRows, rowRecords } from '../read/rows';
import type { ImportRecord } from '../records';
import { address, describe, hash, optionalAddress, optionalInt, timestamp } from './fields';

const TXID_COLUMNS = ['txhash', 'transaction hash'];

/** Etherscan's "Download CSV" of an address's transactions: amounts are decimal ether, converted exactly to wei. */
export const etherscanCsv: ImportFormat = {
  id: 'etherscan-csv',
  label: 'Explorer CSV export (Etherscan column layout)',
  kind: 'ledger',
  version: '1',
  detect(sample: FileSample): number {
    const header = csvHeader(sample.head);
    return TXID_COLUMNS.some((c) => header.includes(c)) && header.includes('blockno') && header.some((c) => c.startsWith('value_in(')) ? 0.95 : 0;
  },
  read(input: ImportInput): AsyncIterable<ImportRecord> {
    const chain = input.options.chain ?? 'ETH';
    return rowRecords(readTableRows(input, 'csv'), (v) => {
      const txColumn = TXID_COLUMNS.find((c) => v[c] !== undefined) ?? 'txhash';
      // A failed transaction ("Error(0)") moved no value.
      const failed = typeof v.status === 'string' && /error/i.test(v.status);
      return {
        kind: 'transfer',
        chain,
        txid: hash(v[txColumn], txColumn, true),
        blockHash: null,
        blockHeight: optionalInt(v.blockno, 'Blockno'),
        blockTime: timestamp(v.unixtimestamp, 'UnixTimestamp'),
        logIndex: -1,
        token: '',
        from: address(chain, v.from, 'From'),
        to: optionalAddress(chain, v.to, 'To') ?? optionalAddress(chain, v.contractaddress, 'ContractAddress'),
        value: failed ? 0n : etherValue(v),
        outcomeKnown: typeof v.status === 'string',
      };
    });
  },
};

/** One of Value_IN / Value_OUT carries the amount (both, for a self-transfer); in ether with up to 18 decimals. */
function etherValue(v: JsonObject): bigint {
  let value = 0n;
  for (const [key, raw] of Object.entries(v)) {
    if (!key.startsWith('value_in(') && !key.startsWith('value_out(')) continue;
    const text = typeof raw === 'string' ? raw.replace(/,/g, '').trim() : '';
    let amount: bigint;
    try {
      amount = decimalToBaseUnits(text || '0', 18);
    } catch {
      throw new FieldError(key, `not a decimal amount: ${describe(raw)}`);
    }
    if (amount < 0n) throw new FieldError(key, 'negative amount');
    if (amount > value) value = amount;
  }
  return value;
}
