/** The legend's categories, in legend order; tag categories from TagPacks and the demo map onto them. */
export const LEGEND = [
  { key: 'victim', label: 'Victim', color: '#2fb67c' },
  { key: 'perpetrator', label: 'Perpetrator', color: '#e5484d' },
  { key: 'exchange', label: 'Exchange', color: '#3e8ef7' },
  { key: 'mining_pool', label: 'Mining pool', color: '#e5a84b' },
  { key: 'hash_rental_marketplace', label: 'Hash-rental marketplace', color: '#c26df0' },
  { key: 'mixer', label: 'Mixer', color: '#8b6f47' },
  { key: 'sanctioned', label: 'Sanctioned', color: '#ff3b8b' },
  { key: 'unknown', label: 'Unknown', color: '#8c96a0' },
] as const;
export type LegendKey = (typeof LEGEND)[number]['key'];

/** Synonyms seen in GraphSense TagPacks, pool lists and the demo for the legend's keys. */
const ALIASES: Record<string, LegendKey> = {
  miner: 'mining_pool',
  mining: 'mining_pool',
  mining_service: 'mining_pool',
  sanction: 'sanctioned',
  sanctions: 'sanctioned',
  coinjoin: 'mixer',
  scam: 'perpetrator',
  ransomware: 'perpetrator',
  hacker: 'perpetrator',
  thief: 'perpetrator',
};

export function legendKey(category: string | null | undefined): LegendKey {
  if (!category) return 'unknown';
  const c = category.toLowerCase();
  return LEGEND.find((l) => l.key === c)?.key ?? ALIASES[c] ?? 'unknown';
}

/**
 * Edge width in model pixels from a base-unit amount: logarithmic, so 1 sat and 1,000 BTC differ visibly without
 * the big ones covering the graph (1 px up to 8 px).
 */
export function edgeWidth(value: string): number {
  const digits = value.replace(/^-/, '').replace(/^0+/, '').length;
  return Math.min(8, 1 + Math.max(0, digits - 4) * 0.6);
}
