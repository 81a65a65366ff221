import type Database from 'better-sqlite3';
import type { ImportCounts, RejectedRow } from '../../../shared/domain/source';
import { attributeCoinbases } from '../attribution/coinbase-attribution';
import { AttributionWriter } from './attribution-writer';
import { LedgerWriter } from './ledger-writer';
import { PriceWriter } from './price-writer';
import type { ImportRecord } from './records';

/** How many rejected rows a result carries inline; all of them are stored in the case. */
const INLINE_REJECTS = 200;

/** Routes one source's records to the writers and collects its rejects; everything inside the caller's transaction. */
export class RecordSink {
  readonly ledger: LedgerWriter;
  readonly attribution: AttributionWriter;
  readonly prices: PriceWriter;
  readonly rejected: RejectedRow[] = [];
  rejectedCount = 0;
  rows = 0;
  private readonly insertReject;

  constructor(
    private readonly db: Database.Database,
    readonly sourceId: number,
    private readonly fileName: string,
  ) {
    this.ledger = new LedgerWriter(db, sourceId);
    this.attribution = new AttributionWriter(db, sourceId);
    this.prices = new PriceWriter(db, sourceId);
    this.insertReject = db.prepare('INSERT INTO rejected_rows (source_id, line, byte_offset, field, reason) VALUES (?, ?, ?, ?, ?)');
  }

  write(record: ImportRecord): void {
    if (record.kind === 'reject') {
      const row: RejectedRow = { file: this.fileName, line: record.line, byteOffset: record.byteOffset, field: record.field, reason: record.reason };
      if (this.rejected.length < INLINE_REJECTS) this.rejected.push(row);
      this.insertReject.run(this.sourceId, row.line, row.byteOffset, row.field, row.reason);
      this.rejectedCount += 1;
      return;
    }
    this.rows += 1;
    switch (record.kind) {
      case 'block':
        return this.ledger.block(record);
      case 'utxo-tx':
        return this.ledger.utxoTx(record);
      case 'transfer':
        return this.ledger.transfer(record);
      case 'tag':
        return this.attribution.tag(record);
      case 'actor':
        return this.attribution.actor(record);
      case 'pool':
        return this.attribution.pool(record);
      case 'price':
        return this.prices.price(record);
    }
  }

  /**
   * Runs pool attribution for what this source brought (its coinbases, or its pool list) and returns the counts.
   * A pool list whose bytes (SHA-256) the case already holds is that list again: its pools stay the earlier import's,
   * so importing it twice adds no pool, address or pattern row.
   */
  finish(sha256: string): { seen: ImportCounts; added: ImportCounts } {
    const { seen, added } = this.ledger.finish();
    if (this.attribution.poolsSeen > 0 && this.sameListImported(sha256)) {
      this.db.prepare('DELETE FROM pools WHERE list_source_id = ?').run(this.sourceId);
      this.attribution.poolsAdded = 0;
    } else if (this.attribution.poolsSeen > 0) attributeCoinbases(this.db, { listSourceId: this.sourceId });
    if (this.ledger.seen.transactions > 0) attributeCoinbases(this.db, { ledgerSourceId: this.sourceId });
    const a = this.attribution;
    return {
      seen: { ...seen, tags: a.tagsSeen, actors: a.actorsSeen, pools: a.poolsSeen, prices: this.prices.seen },
      added: { ...added, tags: a.tagsAdded, actors: a.actorsAdded, pools: a.poolsAdded, prices: this.prices.added },
    };
  }

  private sameListImported(sha256: string): boolean {
    const sql = 'SELECT 1 FROM sources s WHERE s.sha256 = ? AND s.id <> ? AND EXISTS (SELECT 1 FROM pools p WHERE p.list_source_id = s.id)';
    return this.db.prepare(sql).pluck().get(sha256, this.sourceId) !== undefined;
  }
}
