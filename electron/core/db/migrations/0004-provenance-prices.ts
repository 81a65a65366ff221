import type { Migration } from '../migration';

/**
 * Version 4: where a source came from beyond its bytes (the query that extracted it: text and SHA-256, JSON), and fiat
 * price series (one row per asset, currency and instant; a daily series is stamped 00:00 UTC). The price
 * is kept as the decimal text the file gave, so nothing is rounded on the way in; each row names the source it came from.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'provenance-and-prices',
  up: `
    ALTER TABLE sources ADD COLUMN provenance TEXT;

    CREATE TABLE prices (
      asset            TEXT NOT NULL CHECK (asset GLOB '[A-Z0-9]*' AND length(asset) BETWEEN 2 AND 10),
      currency         TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
      at               INTEGER NOT NULL,
      price            TEXT NOT NULL CHECK (price GLOB '[0-9]*' AND CAST(price AS REAL) > 0),
      origin_source_id INTEGER NOT NULL REFERENCES sources(id),
      PRIMARY KEY (asset, currency, at)
    ) STRICT, WITHOUT ROWID;
  `,
};
