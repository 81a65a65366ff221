import { AppError } from '../../../shared/api/errors';
import type { Dialect, ExtractSpec } from '../../../shared/domain/extract';

export type { Dialect, ExtractSpec };

const TXID = /^[0-9a-f]{64}$/;
/** Base58 and bech32 addresses: letters and digits only, so a seed can never close its SQL string literal. */
const ADDRESS = /^[0-9A-Za-z]{14,100}$/;

/** Where each dialect finds crypto_bitcoin.transactions: BigQuery's public copy, or the view the DuckDB runner makes. */
const TABLE: Record<Dialect, string> = { bigquery: '`bigquery-public-data.crypto_bitcoin.transactions`', duckdb: 'transactions' };

interface Phrases {
  hash: string;
  /** FROM item unnesting a repeated field of alias `of` as `as`. */
  unnest(of: string, field: string, as: string): string;
  /** A condition: the repeated string field holds one of the listed values. */
  anyOf(list: string, values: string): string;
  time(seconds: number): string;
  union: string;
}

const PHRASES: Record<Dialect, Phrases> = {
  bigquery: {
    hash: '`hash`',
    unnest: (of, field, as) => `UNNEST(${of}.${field}) AS ${as}`,
    anyOf: (list, values) => `EXISTS (SELECT 1 FROM UNNEST(${list}) AS a WHERE a IN (${values}))`,
    time: (s) => `TIMESTAMP_SECONDS(${s})`,
    union: 'UNION DISTINCT',
  },
  duckdb: {
    hash: '"hash"',
    unnest: (of, field, as) => `UNNEST(${of}.${field}) AS u_${as}(${as})`,
    anyOf: (list, values) => `list_has_any(${list}, [${values}])`,
    time: (s) => `${s}`,
    union: 'UNION',
  },
};

/** Checks the seeds and splits them into txids and addresses (refusing anything else, with the seed named). */
export function splitSeeds(from: readonly string[]): { txids: string[]; addresses: string[] } {
  const txids: string[] = [];
  const addresses: string[] = [];
  for (const seed of from) {
    if (TXID.test(seed.toLowerCase())) txids.push(seed.toLowerCase());
    else if (ADDRESS.test(seed)) addresses.push(seed);
    else throw new AppError('VALIDATION', `--from: neither a txid nor an address: ${JSON.stringify(seed.slice(0, 100))}`, { field: 'from', seed: seed.slice(0, 100) });
  }
  if (txids.length + addresses.length === 0) throw new AppError('VALIDATION', '--from: at least one address or txid is needed.', { field: 'from' });
  return { txids, addresses };
}

/**
 * The SQL that collects the k-hop neighbourhood of the seeds in crypto_bitcoin.transactions: the seed transactions, then
 * up to `hops` steps forward (transactions spending their outputs) and backward (transactions whose outputs they spend),
 * each within the time and degree bounds. It returns whole rows (every input and output), the shape `assay import` reads.
 */
export function neighbourhoodSql(spec: ExtractSpec): string {
  const { txids, addresses } = splitSeeds(spec.from);
  const p = PHRASES[spec.dialect];
  const h = p.hash;
  const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
  /** The time and degree bounds on the columns of alias `t` (bare names when empty). */
  const bounds = (t: string): string[] =>
    [
      spec.since === null ? null : `${t}block_timestamp >= ${p.time(spec.since)}`,
      spec.until === null ? null : `${t}block_timestamp <= ${p.time(spec.until)}`,
      spec.maxDegree === null ? null : `${t}input_count + ${t}output_count <= ${spec.maxDegree}`,
    ].filter((b): b is string => b !== null);
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
