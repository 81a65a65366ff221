import type { Migration } from '../migration';

/** Version 1: case metadata, sources, the audit chain, the ledger (UTXO and account), attribution and the analyst's work. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE case_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sources (
      id               INTEGER PRIMARY KEY,
      kind             TEXT NOT NULL CHECK (kind IN ('import', 'reference', 'paste')),
      original_name    TEXT NOT NULL,
      sha256           TEXT NOT NULL,
      size             INTEGER NOT NULL,
      format           TEXT NOT NULL,
      importer_version TEXT NOT NULL,
      imported_at      TEXT NOT NULL,
      counts           TEXT NOT NULL,
      rejected_count   INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE rejected_rows (
      source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      line        INTEGER,
      byte_offset INTEGER,
      field       TEXT,
      reason      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX rejected_rows_source ON rejected_rows(source_id);

    -- Append-only: each row's hash covers the previous row's hash, so any edit breaks the chain.
    CREATE TABLE audit_log (
      seq       INTEGER PRIMARY KEY,
      at        TEXT NOT NULL,
      actor     TEXT NOT NULL,
      action    TEXT NOT NULL,
      details   TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash      TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

    CREATE TABLE blocks (
      chain       TEXT NOT NULL,
      hash        TEXT NOT NULL,
      height      INTEGER,
      time        INTEGER,
      prev_hash   TEXT,
      merkle_root TEXT,
      tx_count    INTEGER,
      PRIMARY KEY (chain, hash)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX blocks_height ON blocks(chain, height);

    CREATE TABLE addresses (
      id          INTEGER PRIMARY KEY,
      chain       TEXT NOT NULL,
      address     TEXT NOT NULL,
      script_type TEXT,
      first_seen  INTEGER,
      last_seen   INTEGER,
      UNIQUE (chain, address)
    ) STRICT;

    CREATE TABLE transactions (
      id              INTEGER PRIMARY KEY,
      chain           TEXT NOT NULL,
      txid            TEXT NOT NULL,
      block_hash      TEXT,
      block_height    INTEGER,
      block_time      INTEGER,
      tx_index        INTEGER,
      is_coinbase     INTEGER NOT NULL DEFAULT 0,
      coinbase_script TEXT,
      version         INTEGER,
      locktime        INTEGER,
      size            INTEGER,
      vsize           INTEGER,
      input_count     INTEGER NOT NULL DEFAULT 0,
      output_count    INTEGER NOT NULL DEFAULT 0,
      -- UTXO chains: satoshi (fits an INTEGER); account chains keep wei in transfers as TEXT.
      input_value     INTEGER,
      output_value    INTEGER,
      fee             INTEGER,
      UNIQUE (chain, txid)
    ) STRICT;
    CREATE INDEX transactions_time ON transactions(block_time);
    CREATE INDEX transactions_block ON transactions(chain, block_hash);

    CREATE TABLE tx_outputs (
      tx_id          INTEGER NOT NULL REFERENCES transactions(id),
      vout           INTEGER NOT NULL,
      address_id     INTEGER REFERENCES addresses(id),
      value          INTEGER NOT NULL,
      script_type    TEXT NOT NULL,
      spent_by_tx_id INTEGER REFERENCES transactions(id),
      spent_by_vin   INTEGER,
      PRIMARY KEY (tx_id, vout)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX tx_outputs_address ON tx_outputs(address_id);

    CREATE TABLE tx_inputs (
      tx_id      INTEGER NOT NULL REFERENCES transactions(id),
      vin        INTEGER NOT NULL,
      prev_txid  TEXT,
      prev_vout  INTEGER,
      address_id INTEGER REFERENCES addresses(id),
      value      INTEGER,
      sequence   INTEGER,
      PRIMARY KEY (tx_id, vin)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX tx_inputs_prevout ON tx_inputs(prev_txid, prev_vout);
    CREATE INDEX tx_inputs_address ON tx_inputs(address_id);

    CREATE TABLE transfers (
      id              INTEGER PRIMARY KEY,
      tx_id           INTEGER NOT NULL REFERENCES transactions(id),
      log_index       INTEGER NOT NULL,
      token           TEXT NOT NULL DEFAULT '',
      from_address_id INTEGER REFERENCES addresses(id),
      to_address_id   INTEGER REFERENCES addresses(id),
      value           TEXT NOT NULL,
      UNIQUE (tx_id, log_index, token)
    ) STRICT;
    CREATE INDEX transfers_from ON transfers(from_address_id);
    CREATE INDEX transfers_to ON transfers(to_address_id);

    CREATE TABLE tx_sources (
      tx_id     INTEGER NOT NULL REFERENCES transactions(id),
      source_id INTEGER NOT NULL REFERENCES sources(id),
      PRIMARY KEY (tx_id, source_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE actors (
      id               TEXT PRIMARY KEY,
      label            TEXT NOT NULL,
      categories       TEXT NOT NULL DEFAULT '[]',
      uri              TEXT,
      origin_source_id INTEGER REFERENCES sources(id)
    ) STRICT;

    CREATE TABLE tags (
      id               INTEGER PRIMARY KEY,
      subject_type     TEXT NOT NULL CHECK (subject_type IN ('address', 'tx')),
      chain            TEXT NOT NULL,
      subject          TEXT NOT NULL,
      label            TEXT NOT NULL,
      category         TEXT,
      actor            TEXT,
      source           TEXT,
      confidence       TEXT,
      confidence_score INTEGER,
      origin_source_id INTEGER NOT NULL REFERENCES sources(id),
      UNIQUE (subject_type, chain, subject, label, origin_source_id)
    ) STRICT;
    CREATE INDEX tags_subject ON tags(chain, subject);

    CREATE TABLE pools (
      id               INTEGER PRIMARY KEY,
      list_source_id   INTEGER NOT NULL REFERENCES sources(id),
      slug             TEXT NOT NULL,
      name             TEXT NOT NULL,
      link             TEXT,
      UNIQUE (list_source_id, slug)
    ) STRICT;
    CREATE TABLE pool_addresses (
      pool_id INTEGER NOT NULL REFERENCES pools(id) ON DELETE CASCADE,
      address TEXT NOT NULL,
      PRIMARY KEY (pool_id, address)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX pool_addresses_address ON pool_addresses(address);
    CREATE TABLE pool_tags (
      pool_id INTEGER NOT NULL REFERENCES pools(id) ON DELETE CASCADE,
      pattern TEXT NOT NULL,
      PRIMARY KEY (pool_id, pattern)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE block_attributions (
      chain          TEXT NOT NULL,
      block_hash     TEXT NOT NULL,
      list_source_id INTEGER NOT NULL REFERENCES sources(id),
      pool_id        INTEGER REFERENCES pools(id),
      method         TEXT NOT NULL CHECK (method IN ('address', 'tag', 'unknown')),
      evidence       TEXT,
      PRIMARY KEY (chain, block_hash, list_source_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE annotations (
      id           INTEGER PRIMARY KEY,
      subject_type TEXT NOT NULL CHECK (subject_type IN ('address', 'tx', 'edge', 'cluster')),
      chain        TEXT NOT NULL,
      subject      TEXT NOT NULL,
      kind         TEXT NOT NULL,
      note         TEXT NOT NULL DEFAULT '',
      labels       TEXT NOT NULL DEFAULT '[]',
      data         TEXT NOT NULL DEFAULT '{}',
      confidence   INTEGER,
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annotations_subject ON annotations(chain, subject);

    CREATE TABLE offchain_links (
      id            INTEGER PRIMARY KEY,
      annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      chain         TEXT NOT NULL,
      from_address  TEXT NOT NULL,
      to_address    TEXT NOT NULL,
      confidence    INTEGER,
      created_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX offchain_links_from ON offchain_links(chain, from_address);
    CREATE INDEX offchain_links_to ON offchain_links(chain, to_address);

    CREATE TABLE findings (
      id            INTEGER PRIMARY KEY,
      detector      TEXT NOT NULL,
      fingerprint   TEXT NOT NULL UNIQUE,
      severity      TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high', 'critical')),
      title         TEXT NOT NULL,
      explanation   TEXT NOT NULL,
      subjects      TEXT NOT NULL,
      evidence      TEXT NOT NULL,
      params        TEXT NOT NULL,
      first_time    INTEGER,
      last_time     INTEGER,
      status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'dismissed')),
      status_reason TEXT,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE views (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE,
      data       TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
