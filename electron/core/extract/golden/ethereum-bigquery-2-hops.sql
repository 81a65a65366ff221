-- assay extract: the 2-hop neighbourhood (forward and backward) of 2 seeds in crypto_ethereum transactions and token_transfers
-- seeds: 0xeb107a40ba73a50c79a9f2026e902d758d1c5e5e211f7a7db1b294f88f118dd0 0x64a018b23b4d7a077dffa6723462bc722861c5ad
-- A script of three statements: the reached transactions, then their transactions rows and their token_transfers rows.
-- Save each result as its own file (JSON lines or CSV) for `assay import`.
CREATE TEMP TABLE reached AS
WITH RECURSIVE
  edges AS (
    SELECT `hash` AS tx, from_address AS sender, to_address AS recipient
    FROM `bigquery-public-data.crypto_ethereum.transactions`
    WHERE to_address IS NOT NULL AND block_timestamp >= TIMESTAMP_SECONDS(1683000000) AND block_timestamp <= TIMESTAMP_SECONDS(1683100000)
    UNION ALL
    SELECT transaction_hash, from_address, to_address
    FROM `bigquery-public-data.crypto_ethereum.token_transfers`
    WHERE block_timestamp >= TIMESTAMP_SECONDS(1683000000) AND block_timestamp <= TIMESTAMP_SECONDS(1683100000)
  ),
  busy AS (
    SELECT address FROM (SELECT sender AS address FROM edges UNION ALL SELECT recipient FROM edges) AS ends
    GROUP BY address HAVING COUNT(*) > 50
  ),
  forward AS (
    SELECT address, 0 AS hop FROM (
      SELECT address FROM UNNEST(['0x64a018b23b4d7a077dffa6723462bc722861c5ad']) AS address
      UNION DISTINCT
      SELECT recipient AS address FROM edges WHERE tx IN ('0xeb107a40ba73a50c79a9f2026e902d758d1c5e5e211f7a7db1b294f88f118dd0')
    ) AS s
    UNION ALL
    SELECT e.recipient, n.hop + 1 FROM forward AS n JOIN edges AS e ON e.sender = n.address WHERE n.hop < 2 AND (n.hop = 0 OR n.address NOT IN (SELECT address FROM busy))
  ),
  backward AS (
    SELECT address, 0 AS hop FROM (
      SELECT address FROM UNNEST(['0x64a018b23b4d7a077dffa6723462bc722861c5ad']) AS address
      UNION DISTINCT
      SELECT sender AS address FROM edges WHERE tx IN ('0xeb107a40ba73a50c79a9f2026e902d758d1c5e5e211f7a7db1b294f88f118dd0')
    ) AS s
    UNION ALL
    SELECT e.sender, n.hop + 1 FROM backward AS n JOIN edges AS e ON e.recipient = n.address WHERE n.hop < 2 AND (n.hop = 0 OR n.address NOT IN (SELECT address FROM busy))
  )
SELECT tx FROM edges WHERE tx IN ('0xeb107a40ba73a50c79a9f2026e902d758d1c5e5e211f7a7db1b294f88f118dd0')
UNION DISTINCT
SELECT e.tx FROM forward AS n JOIN edges AS e ON e.sender = n.address WHERE n.hop < 2 AND (n.hop = 0 OR n.address NOT IN (SELECT address FROM busy))
UNION DISTINCT
SELECT e.tx FROM backward AS n JOIN edges AS e ON e.recipient = n.address WHERE n.hop < 2 AND (n.hop = 0 OR n.address NOT IN (SELECT address FROM busy));

-- 1 of 2: transactions rows
SELECT t.*
FROM `bigquery-public-data.crypto_ethereum.transactions` AS t
WHERE t.`hash` IN (SELECT tx FROM reached)
  AND t.block_timestamp >= TIMESTAMP_SECONDS(1683000000)
  AND t.block_timestamp <= TIMESTAMP_SECONDS(1683100000)
ORDER BY t.block_timestamp, t.`hash`;

-- 2 of 2: token_transfers rows
SELECT t.*
FROM `bigquery-public-data.crypto_ethereum.token_transfers` AS t
WHERE t.transaction_hash IN (SELECT tx FROM reached)
  AND t.block_timestamp >= TIMESTAMP_SECONDS(1683000000)
  AND t.block_timestamp <= TIMESTAMP_SECONDS(1683100000)
ORDER BY t.block_timestamp, t.transaction_hash, t.log_index;
