import type Database from 'better-sqlite3';

/** A transaction's input value and fee from its inputs' values: unknown while any input's value is. */
export const SETTLE_TOTALS = `
  input_value = CASE WHEN is_coinbase OR EXISTS (SELECT 1 FROM tx_inputs WHERE tx_id = transactions.id AND value IS NULL)
    THEN NULL ELSE (SELECT sum(value) FROM tx_inputs WHERE tx_id = transactions.id) END,
  fee = CASE WHEN is_coinbase OR EXISTS (SELECT 1 FROM tx_inputs WHERE tx_id = transactions.id AND value IS NULL)
    THEN NULL ELSE (SELECT sum(value) FROM tx_inputs WHERE tx_id = transactions.id) - output_value END`;

/**
 * Links the inputs an import wrote to the outputs they spend, once its rows have landed: a join per direction instead
 * of a lookup per input and per output. Transactions with an id above `txIdBefore` are the import's own (ids only grow),
 * so the order they arrived in is their id order, and the result is the one linking each row on arrival gave:
 *
 * - an input whose previous output was already in the case when the input arrived ("prev first") takes that output's
 *   address (when it has one) and value;
 * - an input that arrived before its previous output keeps what it carried and fills only what it lacked;
 * - either way the output is marked spent by the input (the latest "prev first" spender wins, else the latest other);
 * - the transactions whose inputs changed get their input value and fee again.
 *
 * Inputs of transactions already in the case (id <= txIdBefore) are linked to the import's new outputs the same way
 * as an input that came first. That join reads the prevout index, so it must exist again when this runs.
 */
export function linkSpends(db: Database.Database, txIdBefore: number): void {
  db.exec(`DROP TABLE IF EXISTS temp.import_links;
    CREATE TEMP TABLE import_links (itx INTEGER NOT NULL, ivin INTEGER NOT NULL, otx INTEGER NOT NULL, ovout INTEGER NOT NULL,
      prev_first INTEGER NOT NULL, address_id INTEGER, value INTEGER, changed INTEGER NOT NULL)`);
  // The final address and value of each linked input, and whether they differ from what it holds.
  const insert = (prevFirst: string, from: string) =>
    db.prepare(`INSERT INTO temp.import_links SELECT itx, ivin, otx, ovout, prev_first, a, v, a IS NOT iaddr OR v IS NOT ival FROM (
        SELECT *, CASE WHEN prev_first THEN coalesce(oaddr, iaddr) ELSE coalesce(iaddr, oaddr) END AS a,
          CASE WHEN prev_first THEN oval ELSE coalesce(ival, oval) END AS v
        FROM (SELECT i.tx_id AS itx, i.vin AS ivin, o.tx_id AS otx, o.vout AS ovout, ${prevFirst} AS prev_first,
          i.address_id AS iaddr, i.value AS ival, o.address_id AS oaddr, o.value AS oval ${from}))`);
  // CROSS JOIN fixes the loop order: the import's inputs in key order, each looking up its previous transaction.
  insert('o.tx_id <= @before OR o.tx_id < i.tx_id', `
      FROM tx_inputs i CROSS JOIN transactions t ON t.id = i.tx_id
      CROSS JOIN transactions p ON p.chain = t.chain AND p.txid = i.prev_txid
      CROSS JOIN tx_outputs o ON o.tx_id = p.id AND o.vout = i.prev_vout
      WHERE i.tx_id > @before AND p.id <> i.tx_id`).run({ before: txIdBefore });
  if (txIdBefore > 0) {
    // Earlier inputs spending the new outputs: from each new transaction through the prevout index.
    insert('0', `
        FROM transactions p CROSS JOIN tx_inputs i ON i.prev_txid = p.txid
        CROSS JOIN transactions t ON t.id = i.tx_id AND t.chain = p.chain
        CROSS JOIN tx_outputs o ON o.tx_id = p.id AND o.vout = i.prev_vout
        WHERE p.id > @before AND i.tx_id <= @before`).run({ before: txIdBefore });
  }
  db.exec(`
    UPDATE tx_inputs AS i SET address_id = l.address_id, value = l.value
      FROM temp.import_links l WHERE l.changed AND i.tx_id = l.itx AND i.vin = l.ivin;
    UPDATE tx_outputs AS o SET spent_by_tx_id = w.itx, spent_by_vin = w.ivin
      FROM (SELECT otx, ovout, itx, ivin,
          row_number() OVER (PARTITION BY otx, ovout ORDER BY prev_first DESC, itx DESC, ivin DESC) AS latest
        FROM temp.import_links) w
      WHERE w.latest = 1 AND o.tx_id = w.otx AND o.vout = w.ovout;
    UPDATE transactions SET ${SETTLE_TOTALS} WHERE id IN (SELECT itx FROM temp.import_links WHERE changed);
    DROP TABLE temp.import_links;`);
}
