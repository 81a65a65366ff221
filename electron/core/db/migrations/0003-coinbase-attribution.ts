import type { Migration } from '../migration';

/**
 * Version 3: pool attribution per coinbase transaction instead of per block, so a coinbase imported without its block
 * (raw hex, getrawtransaction JSON, an export row) is attributed too; and pool tags carry their syntax, because the
 * legacy pools.json lists literal text where pools-v2.json lists regular expressions. Existing block answers are kept
 * for the coinbases of those blocks; coinbases without one are attributed at the next analysis or list import.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'coinbase-attribution',
  up: `
    CREATE TABLE coinbase_attributions (
      tx_id          INTEGER NOT NULL REFERENCES transactions(id),
      list_source_id INTEGER NOT NULL REFERENCES sources(id),
      pool_id        INTEGER REFERENCES pools(id),
      method         TEXT NOT NULL CHECK (method IN ('address', 'tag', 'unknown')),
      evidence       TEXT,
      PRIMARY KEY (tx_id, list_source_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX coinbase_attributions_pool ON coinbase_attributions(pool_id);

    INSERT OR IGNORE INTO coinbase_attributions (tx_id, list_source_id, pool_id, method, evidence)
      SELECT t.id, b.list_source_id, b.pool_id, b.method, b.evidence FROM block_attributions b
      JOIN transactions t ON t.chain = b.chain AND t.block_hash = b.block_hash AND t.is_coinbase = 1;
    DROP TABLE block_attributions;

    ALTER TABLE pool_tags ADD COLUMN syntax TEXT NOT NULL DEFAULT 'regex' CHECK (syntax IN ('regex', 'literal'));
  `,
};
