import type Database from 'better-sqlite3';
import { caseCurrency, fiatValueSql } from '../../fiat/prices';
import { hasTable } from '../../db/has-table';
import { scopeFilter, type ScopeFilter } from './row-scope';
import { amount, amountUnits, isoSql, num, sourceId, sourceIdSql, text, time, type AmountUnits, type CsvColumn } from './columns';

/** One CSV file: its columns in a fixed order and the query that yields them (selected in the same order). */
export interface CsvTable {
  name: string;
  about: string;
  columns: CsvColumn[];
  /** One query, or several whose rows follow each other (avoids sorting a large UNION). */
  sql: string | string[];
}


const txid = text('txid', 'transaction id (hex)');
const chain = text('chain', 'chain ticker (BTC, LTC, BCH, ETH, ETC)');

/** The transactions file's query, with extra columns appended after the fee. */
const transactionsSql = (f: ScopeFilter, extra: string): string => `SELECT t.chain, t.txid, t.block_hash, t.block_height, ${isoSql('t.block_time')}, t.is_coinbase,
  t.coinbase_script, t.input_count, t.output_count, t.input_value, t.input_value, t.output_value, t.output_value, t.fee, t.fee,
  ${sourceIdSql('t.id')}${extra} FROM transactions t WHERE ${f.tx('t.id')} ORDER BY t.chain, t.block_height, t.tx_index, t.txid`;

/** The findings file's query, with extra columns appended after the fingerprint. */
const findingsSql = (extra: string): string => `SELECT id, detector, severity, status, status_reason, title, explanation, subjects, evidence, params,
  ${isoSql('first_time')}, ${isoSql('last_time')}, fingerprint${extra} FROM findings f ORDER BY id`;

/** A finding's evidence amounts valued at its latest transaction's time ("taintHaircut=1234.56; ..."), in the chain its first txid names. */
function findingAmountsSql(currency: string): string {
  const evidence = "CASE WHEN json_valid(f.evidence) THEN f.evidence END";
  const chainOf = `coalesce((SELECT x.chain FROM transactions x WHERE x.txid = json_extract(${evidence}, '$.txids[0]') LIMIT 1), 'BTC')`;
  const value = fiatValueSql('j.value', chainOf, 'f.last_time', currency);
  return `(SELECT group_concat(j.key || '=' || printf('%.2f', ${value}), '; ') FROM json_each(${evidence}, '$.amounts') j WHERE ${value} IS NOT NULL)`;
}

/** The ledger's tables (schema v1): amounts in base units beside whole coins, times ISO 8601 UTC, each row's source. */
const ledgerTables = (u: AmountUnits, f: ScopeFilter): CsvTable[] => [
  {
    name: 'addresses',
    about: 'every address seen in the imported data',
    columns: [chain, text('address', 'address as encoded on chain'), text('script_type', 'output script type'),
      time('first_seen', 'first block time'), time('last_seen', 'last block time')],
    sql: `SELECT chain, address, script_type, ${isoSql('first_seen')}, ${isoSql('last_seen')} FROM addresses WHERE ${f.address('id')} ORDER BY chain, address`,
  },
  {
    name: 'transactions',
    about: 'every transaction',
    columns: [chain, txid, text('block_hash', 'block hash'), num('block_height', 'block height'), time('block_time', 'block time'),
      num('is_coinbase', '1 for a coinbase transaction'), text('coinbase_script', 'coinbase scriptSig (hex)'),
      num('input_count', 'number of inputs'), num('output_count', 'number of outputs'), ...amount('input_value', 'sum of input values', u),
      ...amount('output_value', 'sum of output values', u), ...amount('fee', 'fee', u), sourceId],
    sql: transactionsSql(f, ''),
  },
  {
    name: 'inputs',
    about: 'transaction inputs (UTXO chains)',
    columns: [chain, txid, num('vin', 'input index'), text('prev_txid', 'spent output: txid'), num('prev_vout', 'spent output: index'),
      text('address', 'address of the spent output, when known'), ...amount('value', 'value of the spent output, when known', u), sourceId],
    sql: `SELECT t.chain, t.txid, i.vin, i.prev_txid, i.prev_vout, a.address, i.value, i.value, ${sourceIdSql('t.id')} FROM tx_inputs i
      JOIN transactions t ON t.id = i.tx_id LEFT JOIN addresses a ON a.id = i.address_id WHERE ${f.tx('t.id')} ORDER BY t.chain, t.txid, i.vin`,
  },
  {
    name: 'outputs',
    about: 'transaction outputs (UTXO chains)',
    columns: [chain, txid, num('vout', 'output index'), text('address', 'receiving address (empty for non-standard scripts)'),
      ...amount('value', 'value', u), text('script_type', 'output script type'), text('spent_by_txid', 'txid that spends it, when imported'), sourceId],
    sql: `SELECT t.chain, t.txid, o.vout, a.address, o.value, o.value, o.script_type, s.txid, ${sourceIdSql('t.id')} FROM tx_outputs o
      JOIN transactions t ON t.id = o.tx_id LEFT JOIN addresses a ON a.id = o.address_id
      LEFT JOIN transactions s ON s.id = o.spent_by_tx_id WHERE ${f.tx('t.id')} ORDER BY t.chain, t.txid, o.vout`,
  },
  {
    name: 'transfers',
    about: 'value transfers on account chains (native and token)',
    columns: [chain, txid, num('log_index', 'log index (-1 for the native value)'), text('token', 'token contract, empty for the native coin'),
      text('from_address', 'sender'), text('to_address', 'receiver'),
      ...amount('value', 'value (a token\'s own base units; its coin column is empty: token decimals are not in the case)', u), sourceId],
    sql: `SELECT t.chain, t.txid, x.log_index, x.token, f.address, r.address, x.value, CASE WHEN coalesce(x.token, '') = '' THEN x.value END,
      ${sourceIdSql('t.id')} FROM transfers x JOIN transactions t ON t.id = x.tx_id LEFT JOIN addresses f ON f.id = x.from_address_id
      LEFT JOIN addresses r ON r.id = x.to_address_id WHERE ${f.tx('t.id')} ORDER BY t.chain, t.txid, x.log_index, x.token`,
  },
  {
    name: 'flows',
    about: 'the graph the figures draw: one edge per input (address -> tx), output (tx -> address) and transfer (address -> address); inputs first, then outputs, then transfers',
    columns: [chain, txid, text('kind', 'input, output or transfer'), num('position', 'vin, vout or log index'),
      text('from', 'source node (address or txid)'), text('to', 'target node (address or txid)'), ...amount('value', 'value', u),
      time('block_time', 'block time'), sourceId],
    sql: [
      `SELECT t.chain, t.txid, 'input', i.vin, a.address, t.txid, i.value, i.value, ${isoSql('t.block_time')}, ${sourceIdSql('t.id')} FROM transactions t
        JOIN tx_inputs i ON i.tx_id = t.id LEFT JOIN addresses a ON a.id = i.address_id WHERE i.prev_txid IS NOT NULL AND ${f.tx('t.id')}
        ORDER BY t.chain, t.txid, i.vin`,
      `SELECT t.chain, t.txid, 'output', o.vout, t.txid, a.address, o.value, o.value, ${isoSql('t.block_time')}, ${sourceIdSql('t.id')} FROM transactions t
        JOIN tx_outputs o ON o.tx_id = t.id LEFT JOIN addresses a ON a.id = o.address_id WHERE ${f.tx('t.id')}
        ORDER BY t.chain, t.txid, o.vout`,
      `SELECT t.chain, t.txid, 'transfer', x.log_index, f.address, r.address, x.value, CASE WHEN coalesce(x.token, '') = '' THEN x.value END,
        ${isoSql('t.block_time')}, ${sourceIdSql('t.id')} FROM transfers x
        JOIN transactions t ON t.id = x.tx_id LEFT JOIN addresses f ON f.id = x.from_address_id
        LEFT JOIN addresses r ON r.id = x.to_address_id WHERE ${f.tx('t.id')} ORDER BY t.chain, t.txid, x.log_index, x.token`,
    ],
  },
];

/** The analyst's work and the case's bookkeeping (schema v1), exported whole. */
const workTables = (f: ScopeFilter): CsvTable[] => [
  {
    name: 'tags',
    about: 'attribution tags with their origin',
    columns: [text('subject_type', 'address or tx'), chain, text('subject', 'address or txid'), text('label', 'label'),
      text('category', 'category (GraphSense taxonomy plus hash_rental_marketplace)'), text('actor', 'actor id'),
      text('source', 'where the tag says it comes from'), text('confidence', 'confidence level'), num('confidence_score', 'confidence 0-100'),
      text('origin_file', 'imported file the tag came from'), text('origin_sha256', 'SHA-256 of that file')],
    sql: `SELECT g.subject_type, g.chain, g.subject, g.label, g.category, g.actor, g.source, g.confidence, g.confidence_score,
      s.original_name, s.sha256 FROM tags g JOIN sources s ON s.id = g.origin_source_id
      WHERE CASE g.subject_type WHEN 'tx' THEN ${f.tx('(SELECT x.id FROM transactions x WHERE x.chain = g.chain AND x.txid = g.subject)')}
        ELSE ${f.address('(SELECT a.id FROM addresses a WHERE a.chain = g.chain AND a.address = g.subject)')} END
      ORDER BY g.chain, g.subject, g.label, g.origin_source_id`,
  },
  {
    name: 'mining_attributions',
    about: 'which pool mined each coinbase transaction, per pool list (lists may disagree; every answer is kept)',
    columns: [chain, text('txid', 'coinbase transaction id'), text('block_hash', 'block hash, empty when the block is not in the case'),
      text('pool', 'pool name, empty when unknown'), text('method', 'address, tag or unknown'),
      text('evidence', 'the matching address or coinbase tag'), text('list_file', 'pool list file'), text('list_sha256', 'SHA-256 of the pool list')],
    sql: `SELECT t.chain, t.txid, t.block_hash, p.name, c.method, c.evidence, s.original_name, s.sha256 FROM coinbase_attributions c
      JOIN transactions t ON t.id = c.tx_id JOIN sources s ON s.id = c.list_source_id LEFT JOIN pools p ON p.id = c.pool_id
      WHERE ${f.tx('t.id')} ORDER BY t.chain, t.txid, c.list_source_id`,
  },
  {
    name: 'findings',
    about: 'detector findings with their review status',
    columns: [num('id', 'finding id'), text('detector', 'detector and version'), text('severity', 'info, low, medium, high, critical'),
      text('status', 'new, accepted or dismissed'), text('status_reason', 'the analyst\'s reason'), text('title', 'title'),
      text('explanation', 'explanation'), text('subjects', 'subjects (JSON)'), text('evidence', 'evidence (JSON)'),
      text('params', 'detector parameters (JSON)'), time('first_time', 'earliest time'), time('last_time', 'latest time'),
      text('fingerprint', 'stable identity of the finding')],
    sql: findingsSql(''),
  },
  {
    name: 'annotations',
    about: 'the analyst\'s annotations (notes and typed annotations such as hash-rental deposits)',
    columns: [num('id', 'annotation id'), text('subject_type', 'address, tx, edge or cluster'), chain, text('subject', 'what it annotates'),
      text('kind', 'note or a typed kind'), text('note', 'note'), text('labels', 'labels (JSON array)'), text('data', 'typed fields (JSON)'),
      num('confidence', 'confidence 0-100'), text('created_at', 'created (ISO 8601)'), text('updated_at', 'updated (ISO 8601)')],
    sql: `SELECT id, subject_type, chain, subject, kind, note, labels, data, confidence, created_at, updated_at FROM annotations ORDER BY id`,
  },
  {
    name: 'offchain_links',
    about: 'links the analyst drew from off-chain evidence (e.g. a rental order pointing hash power at a payout address)',
    columns: [num('id', 'link id'), num('annotation_id', 'the annotation holding the evidence'), chain, text('from_address', 'from'),
      text('to_address', 'to'), num('confidence', 'confidence 0-100'), text('created_at', 'created (ISO 8601)')],
    sql: 'SELECT id, annotation_id, chain, from_address, to_address, confidence, created_at FROM offchain_links ORDER BY id',
  },
  {
    name: 'sources',
    about: 'every imported file with its SHA-256',
    columns: [num('id', 'source id'), text('kind', 'import, reference or paste'), text('original_name', 'file name as imported'),
      text('sha256', 'SHA-256 of the file'), num('size', 'bytes'), text('format', 'format'), text('importer_version', 'importer version'),
      text('imported_at', 'imported (ISO 8601)'), text('counts', 'rows read (JSON)'), num('rejected_count', 'rows rejected')],
    sql: `SELECT id, kind, original_name, sha256, size, format, importer_version, imported_at, counts, rejected_count FROM sources ORDER BY id`,
  },
  {
    name: 'rejected_rows',
    about: 'rows the importers refused, with file, line and reason',
    columns: [num('source_id', 'source id'), num('line', 'line'), num('byte_offset', 'byte offset'), text('field', 'field'), text('reason', 'reason')],
    sql: 'SELECT source_id, line, byte_offset, field, reason FROM rejected_rows ORDER BY source_id, line, byte_offset',
  },
  {
    name: 'audit_log',
    about: 'the complete audit log; each row\'s hash covers the previous row\'s hash (see VERIFY.txt)',
    columns: [num('seq', 'position'), text('at', 'time (ISO 8601)'), text('actor', 'actor'), text('action', 'action'),
      text('details', 'details (JSON)'), text('content_digest', 'evidence digest after this change (JSON; empty before schema 5)'),
      text('prev_hash', 'hash of the previous row'), text('hash', 'hash of this row')],
    sql: 'SELECT seq, at, actor, action, details, content_digest, prev_hash, hash FROM audit_log ORDER BY seq',
  },
];

/** Analysis tables (schema v2): exported when the case has them, with addresses and txids instead of internal ids. */
const analysisTables = (u: AmountUnits, f: ScopeFilter): (CsvTable & { requires: string })[] => [
  {
    name: 'clusters',
    requires: 'clusters',
    about: 'address clusters (an address in no merge is its own cluster and is not listed)',
    columns: [num('cluster_id', 'cluster id (the smallest member address id)'), num('size', 'member addresses'), text('label', 'strongest label'),
      text('label_category', 'its category'), text('label_actor', 'its actor'), text('conflicts', 'conflicting tags inside the cluster (JSON)')],
    sql: `SELECT id, size, label, label_category, label_actor, conflicts FROM clusters
      WHERE ${f.cluster('id')} ORDER BY id`,
  },
  {
    name: 'cluster_members',
    requires: 'cluster_members',
    about: 'which cluster each clustered address belongs to',
    columns: [num('cluster_id', 'cluster id'), chain, text('address', 'address')],
    sql: `SELECT m.cluster_id, a.chain, a.address FROM cluster_members m JOIN addresses a ON a.id = m.address_id
      WHERE ${f.address('a.id')} ORDER BY m.cluster_id, a.chain, a.address`,
  },
  {
    name: 'cluster_evidence',
    requires: 'cluster_evidence',
    about: 'the evidence of every merge (merged = 1) and heuristic results kept as evidence only (merged = 0)',
    columns: [text('heuristic', 'heuristic and version'), chain, txid, text('address_a', 'first address'), text('address_b', 'second address'),
      num('confidence', 'confidence 0-100'), num('merged', '1 when the heuristic merged the two addresses')],
    sql: `SELECT e.heuristic, t.chain, t.txid, a.address, b.address, e.confidence, e.merged FROM cluster_evidence e
      JOIN transactions t ON t.id = e.tx_id LEFT JOIN addresses a ON a.id = e.address_a LEFT JOIN addresses b ON b.id = e.address_b
      WHERE ${f.tx('t.id')} ORDER BY e.id`,
  },
  {
    name: 'output_lineage',
    requires: 'output_lineage',
    about: 'coinbase lineage: the share of an output that traces back (haircut, within k hops) to a pool\'s coinbase outputs',
    columns: [chain, txid, num('vout', 'output index'), text('pool', 'pool'), num('share', 'share of the output (0-1)'),
      ...amount('amount', 'amount', u), num('hops', 'hops from the coinbase')],
    sql: `SELECT t.chain, t.txid, l.vout, l.pool, l.share, l.amount, l.amount, l.hops FROM transactions t JOIN output_lineage l ON l.tx_id = t.id
      WHERE ${f.tx('t.id')} ORDER BY t.chain, t.txid, l.vout, l.pool`,
  },
  {
    name: 'pool_payouts',
    requires: 'pool_payouts',
    about: 'transactions recognised as mining-pool payouts (high coinbase lineage, wide fan-out)',
    columns: [chain, txid, text('pool', 'pool'), num('lineage', 'coinbase lineage share (0-1)'), num('fanout', 'number of outputs')],
    sql: `SELECT t.chain, t.txid, p.pool, p.lineage, p.fanout FROM pool_payouts p JOIN transactions t ON t.id = p.tx_id
      WHERE ${f.tx('t.id')} ORDER BY t.chain, t.txid`,
  },
];

/** The price series (schema v3): every quote with the file it came from. */
const PRICES: CsvTable & { requires: string } = {
  name: 'prices',
  requires: 'prices',
  about: 'imported price series: one quote per asset, currency and time',
  columns: [text('asset', 'asset ticker (BTC, ETH)'), text('currency', 'currency code (USD)'), time('at', 'quote time (00:00 UTC for a daily series)'),
    num('price', 'price of one coin, as the series gave it'), text('source', 'the imported file')],
  sql: `SELECT p.asset, p.currency, ${isoSql('p.at')}, p.price, s.original_name FROM prices p JOIN sources s ON s.id = p.origin_source_id ORDER BY p.asset, p.currency, p.at`,
};

/** Off-chain documents (schema v6): each file is in documents/ (manifest.json "documents" names its path). */
const DOCUMENTS: CsvTable & { requires: string } = {
  name: 'documents',
  requires: 'documents',
  about: 'off-chain documents kept in the case (subpoena returns, KYC replies, order records); the files are in documents/',
  columns: [num('id', 'document id'), text('file_name', 'file name as received'), text('sha256', 'SHA-256 of the file'), num('size', 'bytes'),
    text('received_at', 'the date the examiner received it (YYYY-MM-DD)'), text('description', 'what it is, its legal reference'),
    num('finding_id', 'the finding it supports'), text('added_at', 'added to the case (ISO 8601)'), text('added_by', 'added by')],
  sql: 'SELECT id, file_name, sha256, size, received_at, description, finding_id, added_at, added_by FROM documents ORDER BY id',
};

/**
 * With prices in the case: the transactions' output value at their block time, and the findings' evidence amounts at
 * the finding's latest transaction time, in the case's currency (named in the header).
 */
function withFiatValue(db: Database.Database, f: ScopeFilter, table: CsvTable): CsvTable {
  const currency = (table.name === 'transactions' || table.name === 'findings') && hasTable(db, 'prices') ? caseCurrency(db) : null;
  if (currency === null) return table;
  const ccy = currency.toLowerCase();
  if (table.name === 'findings') {
    const column = text(`amounts_${ccy}`, `evidence amounts in ${currency} at the finding's latest transaction time (name=value; empty where no imported price covers the day)`);
    return { ...table, columns: [...table.columns, column], sql: findingsSql(`, ${findingAmountsSql(currency)}`) };
  }
  const column = num(`output_value_${ccy}`, `output value in ${currency} at the block time (empty where no imported price covers the day)`);
  return {
    ...table,
    columns: [...table.columns, column],
    sql: transactionsSql(f, `, ${fiatValueSql('t.output_value', 't.chain', 't.block_time', currency)}`),
  };
}

/**
 * Every CSV the package holds for this case, in a stable order. Ledger and analysis tables hold every row with
 * `allRows`, else the rows in temp.scope_tx / temp.scope_address (prepareRowScope); the analyst's work is always whole.
 */
export function csvTablesFor(db: Database.Database, allRows = true): CsvTable[] {
  const units = amountUnits(db);
  const f = scopeFilter(allRows);
  return [
    ...[...ledgerTables(units, f), ...workTables(f)].map((t) => withFiatValue(db, f, t)),
    ...[...analysisTables(units, f), PRICES, DOCUMENTS].filter((t) => hasTable(db, t.requires)).map(({ requires: _r, ...table }) => table),
  ];
}
