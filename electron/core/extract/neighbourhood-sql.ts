import type { Dialect, ExtractSpec } from '../../../shared/domain/extract';
import { ethereumScript } from './ethereum-sql';
import { BITCOIN_SEEDS, PHRASES, splitSeeds, sqlList, timeBounds } from './sql-phrases';

export type { Dialect, ExtractSpec };

/** Where each dialect finds crypto_bitcoin.transactions: BigQuery's public copy, or the view the DuckDB runner makes. */
const TABLE: Record<Dialect, string> = { bigquery: '`bigquery-public-data.crypto_bitcoin.transactions`', duckdb: 'transactions' };

/**
 * The SQL that collects the k-hop neighbourhood of the seeds in crypto_bitcoin.transactions: the seed transactions, then
 * up to `hops` steps forward (transactions spending their outputs) and backward (transactions whose outputs they spend),
 * each within the time and degree bounds. It returns whole rows (every input and output), the shape `assay import` reads.
 */
export function neighbourhoodSql(spec: ExtractSpec): string {
  return spec.chain === 'ETH' ? ethereumScript(spec).text : bitcoinSql(spec);
}

function bitcoinSql(spec: ExtractSpec): string {
  const { txids, addresses } = splitSeeds(spec.from, BITCOIN_SEEDS);
  const p = PHRASES[spec.dialect];
  const h = p.hash;
  const list = sqlList;
  /** The time and degree bounds on the columns of alias `t` (bare names when empty). */
  const bounds = (t: string): string[] => [...timeBounds(spec, t), ...(spec.maxDegree === null ? [] : [`${t}input_count + ${t}output_count <= ${spec.maxDegree}`])];
  const scopeBounds = bounds('');
  const where = scopeBounds.length === 0 ? '' : `\n    WHERE ${scopeBounds.join('\n      AND ')}`;
  const seeds = [
    ...(txids.length > 0 ? [`SELECT ${h} FROM scope WHERE ${h} IN (${list(txids)})`] : []),
    ...(addresses.length > 0
      ? [
          `SELECT s.${h} FROM scope AS s, ${p.unnest('s', 'outputs', 'o')} WHERE ${p.anyOf('o.addresses', list(addresses))}`,
          `SELECT s.${h} FROM scope AS s, ${p.unnest('s', 'inputs', 'i')} WHERE ${p.anyOf('i.addresses', list(addresses))}`,
        ]
      : []),
  ];
  const step = (name: string, from: string, to: string) => `  ${name} AS (
    SELECT ${h}, 0 AS hop FROM seeds
    UNION ALL
    SELECT e.${to} AS ${h}, n.hop + 1 FROM ${name} AS n JOIN spends AS e ON e.${from} = n.${h} WHERE n.hop < ${spec.hops}
  )`;
  return `-- assay extract: the ${spec.hops}-hop neighbourhood (forward and backward) of ${spec.from.length} seed${spec.from.length === 1 ? '' : 's'} in crypto_bitcoin.transactions
-- seeds: ${[...txids, ...addresses].join(' ')}
-- Output: whole transaction rows (every input and output), ready for \`assay import\`.
WITH RECURSIVE
  scope AS (
    SELECT ${h}, inputs, outputs
    FROM ${TABLE[spec.dialect]}${where}
  ),
  spends AS (
    SELECT s.${h} AS child, i.spent_transaction_hash AS parent
    FROM scope AS s, ${p.unnest('s', 'inputs', 'i')}
    WHERE i.spent_transaction_hash IS NOT NULL
  ),
  seeds AS (
    ${seeds.join(`\n    ${p.union}\n    `)}
  ),
${step('forward', 'parent', 'child')},
${step('backward', 'child', 'parent')},
  reached AS (
    SELECT ${h} FROM forward
    ${p.union}
    SELECT ${h} FROM backward
  )
SELECT t.*
FROM ${TABLE[spec.dialect]} AS t
WHERE t.${h} IN (SELECT ${h} FROM reached)${bounds('t.').map((b) => `\n  AND ${b}`).join('')}
ORDER BY t.block_timestamp, t.${h};
`;
}
