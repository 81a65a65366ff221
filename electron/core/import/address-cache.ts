import type Database from 'better-sqlite3';

interface Entry {
  id: number;
  first: number | null;
  last: number | null;
  /** first/last widened in memory but not yet written. */
  dirty: boolean;
}

/** Entries kept before the cache is flushed and starts over; bounds memory on imports with millions of addresses. */
const MAX_ENTRIES = 50_000;

/**
 * Address ids for the writers. First/last-seen are widened in memory and written once per address when the cache is
 * flushed (full, or at the end of the import): an address seen in 1,000 transactions costs one UPDATE, not 1,000.
 * The cache mirrors the rows it wrote inside the one import transaction, so this is exact.
 */
export class AddressCache {
  private readonly entries = new Map<string, Entry>();
  /** Addresses this import has met (counted once each) and of those, how many were new to the case. */
  seen = 0;
  added = 0;
  /** Ids above this were inserted by this import; at or below it, one bit each marks the addresses already counted. */
  private readonly lastIdBefore: number;
  private readonly countedBefore: Uint8Array;
  private readonly stmt;

  constructor(db: Database.Database) {
    this.lastIdBefore = db.prepare('SELECT coalesce(max(id), 0) FROM addresses').pluck().get() as number;
    this.countedBefore = new Uint8Array((this.lastIdBefore >> 3) + 1);
    this.stmt = {
      insert: db.prepare(`INSERT INTO addresses (chain, address, script_type, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (chain, address) DO NOTHING RETURNING id`),
      find: db.prepare('SELECT id, first_seen AS first, last_seen AS last FROM addresses WHERE chain = ? AND address = ?'),
      widen: db.prepare('UPDATE addresses SET first_seen = ?, last_seen = ? WHERE id = ?'),
      scriptType: db.prepare('UPDATE addresses SET script_type = ? WHERE id = ? AND script_type IS NULL'),
    };
  }

  /** The id of `address` on `chain`, inserting its row if new; null for scripts without an address. */
  id(chain: string, address: string | null, scriptType: string | null, time: number | null): number | null {
    if (address === null) return null;
    const key = `${chain}:${address}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.load(chain, address, scriptType, time);
      if (this.entries.size >= MAX_ENTRIES) this.flush();
      this.entries.set(key, entry);
      this.countSighting(entry.id);
    }
    if (time !== null && (entry.first === null || time < entry.first || entry.last === null || time > entry.last)) {
      entry.first = entry.first === null ? time : Math.min(entry.first, time);
      entry.last = entry.last === null ? time : Math.max(entry.last, time);
      entry.dirty = true;
    }
    return entry.id;
  }

  /**
   * Counts an address once per import, in a bit per existing address rather than a set of ids (millions of addresses
   * would cost tens of MB). Only a cache miss can be a first sighting: hits were counted when first cached.
   */
  private countSighting(id: number): void {
    if (id > this.lastIdBefore) {
      // Inserted by this import: counted at its insert (added), or a re-load of one already counted.
      return;
    }
    const mask = 1 << (id & 7);
    const byte = this.countedBefore[id >> 3] as number;
    if ((byte & mask) === 0) {
      this.countedBefore[id >> 3] = byte | mask;
      this.seen += 1;
    }
  }

  /** Writes widened first/last-seen times and empties the cache; call before the import commits. */
  flush(): void {
    for (const entry of this.entries.values()) if (entry.dirty) this.stmt.widen.run(entry.first, entry.last, entry.id);
    this.entries.clear();
  }

  private load(chain: string, address: string, scriptType: string | null, time: number | null): Entry {
    const inserted = this.stmt.insert.get(chain, address, scriptType, time, time) as { id: number } | undefined;
    if (inserted) {
      this.added += 1;
      this.seen += 1;
      return { id: inserted.id, first: time, last: time, dirty: false };
    }
    const row = this.stmt.find.get(chain, address) as Omit<Entry, 'dirty'>;
    if (scriptType !== null) this.stmt.scriptType.run(scriptType, row.id);
    return { ...row, dirty: false };
  }
}
