import type { Migration } from '../migration';

/** Version 2: the analysis engine: settings, clusters with the evidence of every merge, coinbase lineage, pool payouts. */
export const migration0002: Migration = {
  version: 2,
  name: 'analysis',
  up: `
    CREATE TABLE analysis_settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    -- A cluster is named by its smallest member address id; addresses in no merge are their own (unstored) cluster.
    CREATE TABLE clusters (
      id             INTEGER PRIMARY KEY,
      size           INTEGER NOT NULL,
      label          TEXT,
      label_category TEXT,
      label_actor    TEXT,
      conflicts      TEXT NOT NULL DEFAULT []
    ) STRICT;
    CREATE TABLE cluster_members (
      address_id INTEGER PRIMARY KEY REFERENCES addresses(id),
      cluster_id INTEGER NOT NULL REFERENCES clusters(id)
    ) STRICT;
    CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);

    -- Every merge (merged = 1) and every heuristic result kept as evidence only (merged = 0): heuristic, tx, confidence.
    CREATE TABLE cluster_evidence (
      id         INTEGER PRIMARY KEY,
      heuristic  TEXT NOT NULL,
      tx_id      INTEGER NOT NULL REFERENCES transactions(id),
      address_a  INTEGER REFERENCES addresses(id),
      address_b  INTEGER REFERENCES addresses(id),
      confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
      merged     INTEGER NOT NULL CHECK (merged IN (0, 1))
    ) STRICT;
    CREATE INDEX cluster_evidence_a ON cluster_evidence(address_a);
    CREATE INDEX cluster_evidence_b ON cluster_evidence(address_b);
    CREATE INDEX cluster_evidence_tx ON cluster_evidence(tx_id);

    -- M2: the share of an output that traces back (haircut, within k hops) to coinbase outputs of a pool.
    CREATE TABLE output_lineage (
      tx_id  INTEGER NOT NULL REFERENCES transactions(id),
      vout   INTEGER NOT NULL,
      pool   TEXT NOT NULL,
      share  REAL NOT NULL CHECK (share >= 0 AND share <= 1),
      amount INTEGER NOT NULL,
      hops   INTEGER NOT NULL,
      PRIMARY KEY (tx_id, vout, pool)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE pool_payouts (
      tx_id   INTEGER PRIMARY KEY REFERENCES transactions(id),
      pool    TEXT NOT NULL,
      lineage REAL NOT NULL,
      fanout  INTEGER NOT NULL
    ) STRICT;

    CREATE INDEX findings_detector ON findings(detector, status);
  `,
};
