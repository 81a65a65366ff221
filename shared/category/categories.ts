import { GRAPHSENSE_CONCEPTS } from './graphsense-concepts';

/**
 * The one category model: GraphSense's concept taxonomy (broader/narrower) plus Assay's own
 * `hash_rental_marketplace`, the display classes that colour a category on the canvas and in figures, and the
 * categories tracing stops at. Canvas, figures, analysis, trace and importers all read it from here.
 */
export interface Concept {
  id: string;
  label: string;
  /** The broader concept (null for the top concept). */
  broader: string | null;
  /** Assay's addition rather than GraphSense's. */
  assay: boolean;
}

export const HASH_RENTAL = 'hash_rental_marketplace';

/** Assay adds hash-rental marketplaces (NiceHash, Hashing24, MiningRigRentals), which the taxonomy lacks (DESIGN 4). */
const ASSAY_CONCEPTS: readonly Concept[] = [{ id: HASH_RENTAL, label: 'Hash-rental marketplace', broader: 'service', assay: true }];

export const CONCEPTS: ReadonlyMap<string, Concept> = new Map([
  ...GRAPHSENSE_CONCEPTS.map(([id, label, broader]): [string, Concept] => [id, { id, label, broader, assay: false }]),
  ...ASSAY_CONCEPTS.map((c): [string, Concept] => [c.id, c]),
]);

export const isConcept = (id: string): boolean => CONCEPTS.has(id);

/** The concept and its broader concepts up to the top, nearest first (an unknown id gives an empty list). */
export function broaderChain(id: string): string[] {
  const chain: string[] = [];
  for (let c = CONCEPTS.get(id); c && !chain.includes(c.id); c = c.broader === null ? undefined : CONCEPTS.get(c.broader)) chain.push(c.id);
  return chain;
}

/** The concepts directly narrower than `id` (derived from `broader`, which the taxonomy keeps consistently). */
export const narrower = (id: string): string[] => [...CONCEPTS.values()].filter((c) => c.broader === id).map((c) => c.id);

/** `id` and every concept below it. */
export function withNarrower(...ids: string[]): Set<string> {
  const out = new Set<string>();
  for (const c of CONCEPTS.values()) if (broaderChain(c.id).some((b) => ids.includes(b))) out.add(c.id);
  return out;
}

/** True when the category or one of its broader concepts is in `set` (stop at "defi" also stops at "defi_dex"). */
export const fallsUnder = (category: string | null | undefined, set: ReadonlySet<string>): boolean =>
  !!category && (set.has(category) || broaderChain(category).some((c) => set.has(c)));

/** The category as people read it: the taxonomy's preferred label, else the raw text. */
export const categoryName = (category: string): string => CONCEPTS.get(category)?.label ?? category;

// --- what analysis and tracing treat specially ---

export const SANCTION_CATEGORIES: ReadonlySet<string> = new Set(['sanction']);
/** Abuse concepts (the taxonomy's "abuse" and below) and the perpetrator entity: their funds are taint sources. */
export const ABUSE_CATEGORIES: ReadonlySet<string> = new Set([...withNarrower('abuse'), 'perpetrator']);
/**
 * Services whose addresses belong to one operator: two of them in one cluster is a conflict. GraphSense files mining
 * pools as "miner" (a user) and CoinJoin as behaviour; both are operated services for this purpose.
 */
export const SERVICE_CATEGORIES: ReadonlySet<string> = new Set([...withNarrower('service'), 'miner', 'coinjoin']);
/** The services tracing stops at by default (and the choices the trace form offers), in that order. */
export const TRACE_STOP_CATEGORIES = ['exchange', 'mixing_service', HASH_RENTAL, 'miner', 'mining_service'] as const;
