import type Database from 'better-sqlite3';
import type { AddressDetails } from '../../../shared/domain/ledger';

/** The pool lists (pools-v2.json and the like) that name this address as a pool's payout address, list by list. */
export function poolListings(db: Database.Database, address: string): AddressDetails['pools'] {
  return db
    .prepare(`SELECT p.name AS pool, s.original_name AS list FROM pool_addresses pa JOIN pools p ON p.id = pa.pool_id
      JOIN sources s ON s.id = p.list_source_id WHERE pa.address = ? ORDER BY s.id, p.name`)
    .all(address) as AddressDetails['pools'];
}
