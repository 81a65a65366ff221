-- assay extract: the 2-hop neighbourhood (forward and backward) of 2 seeds in crypto_bitcoin.transactions
-- seeds: f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16 12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S
-- Output: whole transaction rows (every input and output), ready for `assay import`.
WITH RECURSIVE
  scope AS (
    SELECT `hash`, inputs, outputs
    FROM `bigquery-public-data.crypto_bitcoin.transactions`
    WHERE block_timestamp >= TIMESTAMP_SECONDS(1231006505)
      AND block_timestamp <= TIMESTAMP_SECONDS(1262304000)
      AND input_count + output_count <= 100
  ),
  spends AS (
    SELECT s.`hash` AS child, i.spent_transaction_hash AS parent
    FROM scope AS s, UNNEST(s.inputs) AS i
    WHERE i.spent_transaction_hash IS NOT NULL
  ),
  seeds AS (
    SELECT `hash` FROM scope WHERE `hash` IN ('f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16')
    UNION DISTINCT
    SELECT s.`hash` FROM scope AS s, UNNEST(s.outputs) AS o WHERE EXISTS (SELECT 1 FROM UNNEST(o.addresses) AS a WHERE a IN ('12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S'))
    UNION DISTINCT
    SELECT s.`hash` FROM scope AS s, UNNEST(s.inputs) AS i WHERE EXISTS (SELECT 1 FROM UNNEST(i.addresses) AS a WHERE a IN ('12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S'))
  ),
  forward AS (
    SELECT `hash`, 0 AS hop FROM seeds
    UNION ALL
    SELECT e.child AS `hash`, n.hop + 1 FROM forward AS n JOIN spends AS e ON e.parent = n.`hash` WHERE n.hop < 2
  ),
  backward AS (
    SELECT `hash`, 0 AS hop FROM seeds
    UNION ALL
    SELECT e.parent AS `hash`, n.hop + 1 FROM backward AS n JOIN spends AS e ON e.child = n.`hash` WHERE n.hop < 2
  ),
  reached AS (
    SELECT `hash` FROM forward
    UNION DISTINCT
    SELECT `hash` FROM backward
  )
SELECT t.*
FROM `bigquery-public-data.crypto_bitcoin.transactions` AS t
WHERE t.`hash` IN (SELECT `hash` FROM reached)
  AND t.block_timestamp >= TIMESTAMP_SECONDS(1231006505)
  AND t.block_timestamp <= TIMESTAMP_SECONDS(1262304000)
  AND t.input_count + t.output_count <= 100
ORDER BY t.block_timestamp, t.`hash`;
