import type Database from 'better-sqlite3';

export interface AddressTag {
  label: string;
  category: string | null;
  actor: string | null;
  confidence: number;
}

/** Services whose addresses belong to one operator: two of them in one cluster is a conflict, and tracing stops there. */
export const SERVICE_CATEGORIES = new Set([
  'exchange', 'miner', 'mining_service', 'hash_rental_marketplace', 'mixing_service', 'coinjoin', 'gambling', 'market',
  'payment_processor', 'wallet_service', 'shop', 'atm', 'faucet', 'hosting', 'vpn',
]);
export const SANCTION_CATEGORIES = new Set(['sanction', 'sanctioned']);
/** Abuse concepts of the GraphSense taxonomy (plus the perpetrator entity): their funds are taint sources. */
export const ABUSE_CATEGORIES = new Set([
  ...SANCTION_CATEGORIES, 'perpetrator', 'abuse', 'scam', 'phishing', 'hacking', 'service_hack', 'account_hack', 'exploit',
  'data_breach', 'social_engineering', 'malware', 'ransomware', 'extortion', 'sextortion', 'money_laundering',
  'financial_crime', 'investment_fraud', 'ponzi_scheme', 'pyramid_scheme', 'terrorism', 'terrorism_financing',
  'payment_card_fraud', 'counterfeit', 'drugs', 'weapons', 'child_sexual_abuse', 'human_trafficking',
]);
export const DEFAULT_STOP_CATEGORIES = ['exchange', 'mixing_service', 'hash_rental_marketplace', 'miner', 'mining_service'];
export const HASH_RENTAL = 'hash_rental_marketplace';

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

export const hasCategory = (tags: readonly AddressTag[] | undefined, set: ReadonlySet<string>): boolean =>
  tags?.some((t) => t.category !== null && set.has(t.category)) ?? false;

/** Addresses (row ids) carrying any tag of the given categories. */
export function addressesWith(tags: Map<number, AddressTag[]>, set: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (const [id, list] of tags) if (hasCategory(list, set)) out.add(id);
  return out;
}
