import type { ElementDefinition } from 'cytoscape';
import { edgeAmountData } from '../graph-elements';

/**
 * Edges the canvas derives from ledger edges (folded boxes, the address-flow view): one per source and target, its
 * value the exact sum of what was added for that pair.
 */
export class DerivedEdges {
  private readonly sums = new Map<string, { source: string; target: string; value: bigint; chain: string }>();
  /** Off-chain links between the same ends: they move no coins, so they are redrawn as links, never summed. */
  private readonly links = new Map<string, { source: string; target: string; notes: string[] }>();

  add(source: string, target: string, value: bigint, chain: string): void {
    const key = `${source}>${target}`;
    const sum = this.sums.get(key) ?? { source, target, value: 0n, chain };
    sum.value += value;
    this.sums.set(key, sum);
  }

  /** An off-chain link (a rental order) between two ends; `amount` is its caption ("off-chain: order 12"). */
  addLink(source: string, target: string, amount: string): void {
    const key = `${source}>${target}`;
    const link = this.links.get(key) ?? { source, target, notes: [] };
    if (!link.notes.includes(amount)) link.notes.push(amount);
    this.links.set(key, link);
  }

  /** The summed edges as elements of one class, whose id names them after it ("flow:a>b"); links stay dashed links. */
  elements(kind: 'flow' | 'box-edge'): ElementDefinition[] {
    const sums = [...this.sums].map(([key, s]): ElementDefinition => ({
      group: 'edges',
      data: { id: `${kind}:${key}`, source: s.source, target: s.target, ...edgeAmountData(s.value.toString(), s.chain) },
      classes: kind,
    }));
    const links = [...this.links].map(([key, l]): ElementDefinition => ({
      group: 'edges',
      data: { id: `${kind}:offchain:${key}`, source: l.source, target: l.target, amount: l.notes.join('; ') },
      classes: `${kind} offchain`,
    }));
    return [...sums, ...links];
  }
}
