import type { ElementDefinition } from 'cytoscape';
import { edgeAmountData } from '../graph-elements';

/**
 * Edges the canvas derives from ledger edges (folded boxes, the address-flow view): one per source and target, its
 * value the exact sum of what was added for that pair.
 */
export class DerivedEdges {
  private readonly sums = new Map<string, { source: string; target: string; value: bigint; chain: string }>();

  add(source: string, target: string, value: bigint, chain: string): void {
    const key = `${source}>${target}`;
    const sum = this.sums.get(key) ?? { source, target, value: 0n, chain };
    sum.value += value;
    this.sums.set(key, sum);
  }

  /** The summed edges as elements of one class, whose id names them after it ("flow:a>b"). */
  elements(kind: 'flow' | 'box-edge'): ElementDefinition[] {
    return [...this.sums].map(([key, s]) => ({
      group: 'edges',
      data: { id: `${kind}:${key}`, source: s.source, target: s.target, ...edgeAmountData(s.value.toString(), s.chain) },
      classes: kind,
    }));
  }
}
