import type Database from 'better-sqlite3';

interface Entry {
  id: number;
  first: number | null;
  last: number | null;
}

/** Entries kept before the cache starts over; bounds memory on imports with many millions of addresses. */
const MAX_ENTRIES = 400_000;

/**
 * Address ids for the writers, with first/last-seen widened only when a time falls outside what is known.
 * The cache mirrors the rows it wrote inside the one import transaction, so skipping a redundant update is safe.
 */
export class AddressCache {
  private readonly entries = new Map<string, Entry>();
  /** Addresses this import has met (counted once each) and of those, how many were new to the case. */
  seen = 0;
  added = 0;
  private readonly seenKeys = new Set<string>();
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      find: db.prepare('SELECT id, first_seen AS first, last_seen AS last FROM addresses WHERE chain = ? AND address = ?'),
      insert: db.prepare('INSERT INTO addresses (chain, address, script_type, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)'),
      widen: db.prepare('UPDATE addresses SET first_seen = ?, last_seen = ?, script_type = coalesce(script_type, ?) WHERE id = ?'),
    };
  }

  /** The id of `address` on `chain`, inserting or widening its row; null for scripts without an address. */
  id(chain: string, address: string | null, scriptType: string | null, time: number | null): number | null {
    if (address === null) return null;
    const key = `${chain}:${address}`;
    let entry = this.entries.get(key);
    const isNewToImport = !this.seenKeys.has(key);
    if (isNewToImport && this.seenKeys.size < MAX_ENTRIES * 4) this.seenKeys.add(key);
    if (isNewToImport) this.seen += 1;
    if (!entry) {
      const row = this.stmt.find.get(chain, address) as Entry | undefined;
      if (row) entry = row;
      else {
        entry = { id: Number(this.stmt.insert.run(chain, address, scriptType, time, time).lastInsertRowid), first: time, last: time };
        this.added += 1;
      }
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, entry);
    }
    if (time !== null && (entry.first === null || time < entry.first || entry.last === null || time > entry.last)) {
      entry.first = entry.first === null ? time : Math.min(entry.first, time);
      entry.last = entry.last === null ? time : Math.max(entry.last, time);
      this.stmt.widen.run(entry.first, entry.last, scriptType, entry.id);
    }
    return entry.id;
  }
}
