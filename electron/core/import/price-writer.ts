import type Database from 'better-sqlite3';
import type { PriceRecord } from './records';

/**
 * Writes price quotes inside the caller's transaction. A quote for an instant the case already prices is replaced by the
 * newer source's (the row then names that source); an identical quote is left as it was.
 */
export class PriceWriter {
  seen = 0;
  added = 0;
  private readonly upsert;

  constructor(
    db: Database.Database,
    private readonly sourceId: number,
  ) {
    this.upsert = db.prepare(`INSERT INTO prices (asset, currency, at, price, origin_source_id) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (asset, currency, at) DO UPDATE SET price = excluded.price, origin_source_id = excluded.origin_source_id
      WHERE price IS NOT excluded.price`);
  }

  price(p: PriceRecord): void {
    this.seen += 1;
    this.added += this.upsert.run(p.asset, p.currency, p.at, p.price, this.sourceId).changes;
  }
}
