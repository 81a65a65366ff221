import type Database from 'better-sqlite3';
import { fallsUnder } from '../../../shared/category/categories';

export interface AddressTag {
  label: string;
  category: string | null;
  actor: string | null;
  confidence: number;
}

/** Address tags of the case keyed by address row id (tags name addresses by text; the join finds their rows). */
export function loadAddressTags(db: Database.Database): Map<number, AddressTag[]> {
  const tags = new Map<number, AddressTag[]>();
  const rows = db
    .prepare(`SELECT a.id, t.label, t.category, t.actor, coalesce(t.confidence_score, 50) FROM tags t
      JOIN addresses a ON a.chain = t.chain AND a.address = t.subject WHERE t.subject_type = 'address'`)
    .raw()
    .iterate() as IterableIterator<[number, string, string | null, string | null, number]>;
  for (const [id, label, category, actor, confidence] of rows) {
    const list = tags.get(id) ?? [];
    list.push({ label, category, actor, confidence });
    tags.set(id, list);
  }
  return tags;
}

/** True when a tag's category is in `set` or narrower than one of its concepts (the shared category model). */
export const hasCategory = (tags: readonly AddressTag[] | undefined, set: ReadonlySet<string>): boolean =>
  tags?.some((t) => fallsUnder(t.category, set)) ?? false;

/** Addresses (row ids) carrying any tag of the given categories. */
export function addressesWith(tags: Map<number, AddressTag[]>, set: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (const [id, list] of tags) if (hasCategory(list, set)) out.add(id);
  return out;
}
