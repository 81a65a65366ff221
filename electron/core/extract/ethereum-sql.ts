import type { Dialect, ExtractSpec } from '../../../shared/domain/extract';
import { ETHEREUM_SEEDS, PHRASES, splitSeeds, sqlList, timeBounds } from './sql-phrases';

export type EthereumTable = 'transactions' | 'token_transfers';

/** Where each dialect finds the crypto_ethereum tables: BigQuery's public copy, or the views the DuckDB runner makes. */
const TABLES: Record<Dialect, Record<EthereumTable, string>> = {
  bigquery: { transactions: '`bigquery-public-data.crypto_ethereum.transactions`', token_transfers: '`bigquery-public-data.crypto_ethereum.token_transfers`' },
  duckdb: { transactions: 'transactions', token_transfers: 'token_transfers' },
};

/** The column naming the transaction each table's rows belong to, and the columns that order them after the time. */
const ROWS_OF = (hash: string): Record<EthereumTable, { txid: string; order: string[] }> => ({
  transactions: { txid: hash, order: [hash] },
  token_transfers: { txid: 'transaction_hash', order: ['transaction_hash', 'log_index'] },
});

/** The script as run: one statement that collects the reached transactions, then one query per table for its rows. */
export interface EthereumScript {
  text: string;
  reach: string;
  selects: { table: EthereumTable; sql: string }[];
}

/**
 * The k-hop neighbourhood of the seeds in crypto_ethereum, over native transfers (transactions) and token transfers
 * alike: forward, each step follows transfers sent by an address reached so far; backward, transfers it received. An
 * address seed starts both ways; a transaction seed starts forward from its recipients and backward from its senders.
 * The max degree leaves addresses with more transfers in scope unexpanded (the seeds' own transfers are always kept). The script's first statement keeps the
 * reached transactions in a temporary table; then one query returns transactions rows and one token_transfers rows,
 * each file in the shape `assay import` reads.
 */
export function ethereumScript(spec: ExtractSpec): EthereumScript {
  const { txids, addresses } = splitSeeds(spec.from, ETHEREUM_SEEDS);
  const p = PHRASES[spec.dialect];
  const h = p.hash;
  const table = TABLES[spec.dialect];
  const time = timeBounds(spec, '');
  const where = (extra: string[]) => {
    const all = [...extra, ...time];
    return all.length === 0 ? '' : `\n    WHERE ${all.join(' AND ')}`;
  };
  // BigQuery's recursive terms take UNION ALL only; DuckDB's UNION also drops repeated (address, hop) rows on cycles.
  const recursiveUnion = spec.dialect === 'bigquery' ? 'UNION ALL' : 'UNION';
  // A seed's own transfers are always collected; the degree limit stops the walk only beyond it.
  const expandable = spec.maxDegree === null ? '' : ` AND (n.hop = 0 OR n.address NOT IN (SELECT address FROM busy))`;
  /** Where a walk starts: the seed addresses, and the far ends of the seed transactions. */
  const starts = (end: 'sender' | 'recipient') => [
    ...(addresses.length > 0 ? [`SELECT address FROM ${p.values(sqlList(addresses), 'address')}`] : []),
    ...(txids.length > 0 ? [`SELECT ${end} AS address FROM edges WHERE tx IN (${sqlList(txids)})`] : []),
  ];
  const walk = (name: string, near: 'sender' | 'recipient', far: 'sender' | 'recipient') => `  ${name} AS (
    SELECT address, 0 AS hop FROM (
      ${starts(far).join(`\n      ${p.union}\n      `)}
    ) AS s
    ${recursiveUnion}
    SELECT e.${far}, n.hop + 1 FROM ${name} AS n JOIN edges AS e ON e.${near} = n.address WHERE n.hop < ${spec.hops}${expandable}
  )`;
  const busy = spec.maxDegree === null
    ? ''
    : `
  busy AS (
    SELECT address FROM (SELECT sender AS address FROM edges UNION ALL SELECT recipient FROM edges) AS ends
    GROUP BY address HAVING COUNT(*) > ${spec.maxDegree}
  ),`;
  const reach = `CREATE TEMP TABLE reached AS
WITH RECURSIVE
  edges AS (
    SELECT ${h} AS tx, from_address AS sender, to_address AS recipient
    FROM ${table.transactions}${where(['to_address IS NOT NULL'])}
    UNION ALL
    SELECT transaction_hash, from_address, to_address
    FROM ${table.token_transfers}${where([])}
  ),${busy}
${walk('forward', 'sender', 'recipient')},
${walk('backward', 'recipient', 'sender')}
${txids.length > 0 ? `SELECT tx FROM edges WHERE tx IN (${sqlList(txids)})\n${p.union}\n` : ''}SELECT e.tx FROM forward AS n JOIN edges AS e ON e.sender = n.address WHERE n.hop < ${spec.hops}${expandable}
${p.union}
SELECT e.tx FROM backward AS n JOIN edges AS e ON e.recipient = n.address WHERE n.hop < ${spec.hops}${expandable};`;
  const selects = (['transactions', 'token_transfers'] as const).map((name) => {
    const rows = ROWS_OF(h)[name];
    const sql = `SELECT t.*
FROM ${table[name]} AS t
WHERE t.${rows.txid} IN (SELECT tx FROM reached)${timeBounds(spec, 't.').map((b) => `\n  AND ${b}`).join('')}
ORDER BY ${['block_timestamp', ...rows.order].map((c) => `t.${c}`).join(', ')};`;
    return { table: name, sql };
  });
  const text = `-- assay extract: the ${spec.hops}-hop neighbourhood (forward and backward) of ${spec.from.length} seed${spec.from.length === 1 ? '' : 's'} in crypto_ethereum transactions and token_transfers
-- seeds: ${[...txids, ...addresses].join(' ')}
-- A script of three statements: the reached transactions, then their transactions rows and their token_transfers rows.
-- Save each result as its own file (JSON lines or CSV) for \`assay import\`.
${reach}

-- 1 of 2: transactions rows
${selects[0]?.sql}

-- 2 of 2: token_transfers rows
${selects[1]?.sql}
`;
  return { text, reach, selects };
}
