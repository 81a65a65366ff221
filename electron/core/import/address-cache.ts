import type Database from 'better-sqlite3';

/** Addresses kept before the cache is written back and starts over: bounds memory (~100 bytes each) on huge imports. */
const MAX_ENTRIES = 100_000;
const DIRTY = 1;
/** The row has a script type: a later output paying the address need not set it. */
const TYPED = 2;

/**
 * Address ids for the writers. First/last-seen are widened in memory and written once per address when the cache is
 * flushed (full, or at the end of the import): an address seen in 1,000 transactions costs one UPDATE, not 1,000.
 * The cache mirrors the rows it wrote inside the one import transaction, so this is exact. Entries live in typed
 * arrays indexed by slot (a time of NaN is unknown), keyed per chain by the address string the record already holds.
 */
export class AddressCache {
  private readonly slots = new Map<string, Map<string, number>>();
  private size = 0;
  private readonly ids = new Float64Array(MAX_ENTRIES);
  private readonly first = new Float64Array(MAX_ENTRIES);
  private readonly last = new Float64Array(MAX_ENTRIES);
  private readonly flags = new Uint8Array(MAX_ENTRIES);
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
      // No RETURNING: it makes SQLite keep a statement journal, a copy of every page each insert touches.
      insert: db.prepare(`INSERT INTO addresses (chain, address, script_type, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (chain, address) DO NOTHING`),
      find: db.prepare(`SELECT id, first_seen AS first, last_seen AS last, script_type IS NOT NULL AS typed FROM addresses
        WHERE chain = ? AND address = ?`),
      widen: db.prepare('UPDATE addresses SET first_seen = ?, last_seen = ? WHERE id = ?'),
      scriptType: db.prepare('UPDATE addresses SET script_type = ? WHERE id = ? AND script_type IS NULL'),
    };
  }

  /** The id of `address` on `chain`, inserting its row if new; null for scripts without an address. */
  id(chain: string, address: string | null, scriptType: string | null, time: number | null): number | null {
    if (address === null) return null;
    let byAddress = this.slots.get(chain);
    if (!byAddress) this.slots.set(chain, (byAddress = new Map()));
    let slot = byAddress.get(address);
    if (slot === undefined) {
      if (this.size >= MAX_ENTRIES) this.flush();
      slot = this.load(chain, address, scriptType, time);
      byAddress.set(address, slot);
      this.countSighting(this.ids[slot] as number);
    } else if (scriptType !== null && !((this.flags[slot] as number) & TYPED)) {
      // First met as an input (no script type), now paid by an output that names it.
      this.stmt.scriptType.run(scriptType, this.ids[slot]);
      this.flags[slot] = (this.flags[slot] as number) | TYPED;
    }
    if (time !== null) {
      const first = this.first[slot] as number;
      const last = this.last[slot] as number;
      // NaN compares false both ways: an unknown time is widened by any known one.
      if (!(time >= first) || !(time <= last)) {
        this.first[slot] = first <= time ? first : time;
        this.last[slot] = last >= time ? last : time;
        this.flags[slot] = (this.flags[slot] as number) | DIRTY;
      }
    }
    return this.ids[slot] as number;
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
    for (let slot = 0; slot < this.size; slot += 1) {
      if ((this.flags[slot] as number) & DIRTY) this.stmt.widen.run(this.first[slot], this.last[slot], this.ids[slot]);
    }
    for (const byAddress of this.slots.values()) byAddress.clear();
    this.size = 0;
  }

  /** Fills the next slot from the case, inserting the address when it is new there. */
  private load(chain: string, address: string, scriptType: string | null, time: number | null): number {
    const slot = this.size;
    this.size += 1;
    const inserted = this.stmt.insert.run(chain, address, scriptType, time, time);
    if (inserted.changes > 0) {
      this.added += 1;
      this.seen += 1;
      this.set(slot, Number(inserted.lastInsertRowid), time, time, scriptType !== null);
      return slot;
    }
    const row = this.stmt.find.get(chain, address) as { id: number; first: number | null; last: number | null; typed: number };
    if (scriptType !== null && !row.typed) this.stmt.scriptType.run(scriptType, row.id);
    this.set(slot, row.id, row.first, row.last, scriptType !== null || row.typed === 1);
    return slot;
  }

  private set(slot: number, id: number, first: number | null, last: number | null, typed: boolean): void {
    this.ids[slot] = id;
    this.first[slot] = first ?? Number.NaN;
    this.last[slot] = last ?? Number.NaN;
    this.flags[slot] = typed ? TYPED : 0;
  }
}
